"""True owners of the third-party destinations in set 17 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own sites / public filings: Meta (Menlo Park),
Adobe (San Jose), Onfido (London; acquired by Entrust, US, 2024), Veriff
(Tallinn), SuperAwesome (London; owned by Epic Games, US), Apple (Cupertino),
Sentry (San Francisco), Statsig (Bellevue), OpenStreetMap Foundation (UK), Google.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Lumo"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "omtrdc.net": ("Adobe", ("adobe",), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "superawesome.tv": ("SuperAwesome", ("superawesome", "epic games"), ("GB", "US")),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "featuregates.org": ("Statsig", ("statsig",), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
