"""True owners of the third-party destinations in set 83 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company "About" pages / annual filings); two where the public record
gives two. Megvii (Face++), legally Beijing Kuangshi Technology Co., Ltd.: Beijing
(megvii.com). Unity Software: San Francisco (10-K). AppLovin: Palo Alto (10-K).
AppsFlyer: Herzliya / San Francisco. Meta: Menlo Park. Microsoft (Azure Face):
Redmond. Sentry: San Francisco. Open-Meteo is run by Open-Meteo GmbH, Switzerland
(open-meteo.com/en/terms). Walton Hi-Tech Industries PLC: Gazipur, Bangladesh
(Dhaka Stock Exchange listing; its TV-box endpoints here are invented). Project
OSRM is an open-source project, not scored.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Chobighor"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "waltonbd.com": ("Walton Hi-Tech Industries", ("walton",), ("BD",)),
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
