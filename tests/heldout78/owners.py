"""True owners of the third-party destinations in set 78 (for the attribution score).

The apps' own backends (*-example.*) are fictional and not scored. Countries are
headquarters, from the companies' own about / investor pages: Google (Mountain View,
US); Unity Software (San Francisco, US); OverDrive (Cleveland, US; owned by KKR
since 2020, headquarters unchanged); Audible (Newark, US; an Amazon company);
PurpleAir (Draper, Utah, US); JW Player / JWP (New York, US); OpenStreetMap
Foundation (UK registered company); Open-Meteo (Open-Meteo.com, Patrick Zippenfenig, CH).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "MaisonFamille"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity Software", ("unity",), ("US",)),
    "overdrive.com": ("OverDrive", ("overdrive",), ("US",)),
    "audible.ca": ("Audible (Amazon)", ("audible", "amazon"), ("US",)),
    "purpleair.com": ("PurpleAir", ("purpleair",), ("US",)),
    "jwplayer.com": ("JW Player (JWP)", ("jw player", "jwp", "longtail"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
