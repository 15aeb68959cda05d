"""True owners of the third-party destinations in set 42 (for the attribution score).

The apps' own backends are fictional (example domains) and not scored.
Countries are headquarters, from the companies' own "about" / imprint pages and
annual reports: Google / Alphabet (Mountain View, US); Amazon (Seattle, US);
Microsoft (Redmond, US); Megvii (legal name Beijing Kuangshi Technology),
maker of Face++ (Beijing, CN); Unity
Software (San Francisco, US); SuperAwesome (London, GB; owned by Epic Games,
US, since 2020); Piano Software, which bought AT Internet (xiti.com) in 2021
(Philadelphia, US; AT Internet itself in Bordeaux, FR); Functional Software
(Sentry, San Francisco, US); Lenovo Group (Beijing CN / Hong Kong; ops HQ
Morrisville, US); OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Hoerfiguren"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "youtube.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "googlevideo.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "amazon.de": ("Amazon", ("amazon",), ("US",)),
    "amazon.com": ("Amazon", ("amazon",), ("US",)),
    "amazon-adsystem.com": ("Amazon", ("amazon",), ("US",)),
    "amazonalexa.com": ("Amazon", ("amazon",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "superawesome.tv": ("SuperAwesome", ("superawesome", "epic"), ("GB", "US")),
    "xiti.com": ("Piano (AT Internet)", ("piano", "at internet"), ("US", "FR")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "lenovo.com": ("Lenovo", ("lenovo",), ("CN", "HK", "US")),
    "openstreetmap.de": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB", "DE")),
}


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    entry = OWNERS.get(registrable(host))
    if entry is None:
        return None
    name, match, countries = entry
    return {
        "name": name,
        "match": list(match),
        "countries": list(countries),
        "party": "first" if name == FIRST_PARTY else "third",
    }
