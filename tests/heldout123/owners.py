"""True owners of the third-party destinations in set 123 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Heather Player"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "google.com": _GOOGLE,
    "doubleclick.net": _GOOGLE,
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
    "adswizz.com": ("AdsWizz (SiriusXM)", ("adswizz", "siriusxm", "sirius xm"), ("US",)),
    "xiti.com": ("Piano (AT Internet)", ("piano", "at internet", "xiti"), ("FR", "US")),
    "podtrac.com": ("Podtrac", ("podtrac",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo", "open meteo"), ("CH",)),
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
