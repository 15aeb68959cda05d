"""True owners of the third-party destinations in set 62 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own sites / filings: Google (Alphabet, Mountain
View); Onfido (London; acquired by Entrust, Minneapolis, in 2024); Netatmo (Boulogne-
Billancourt, part of Legrand since 2018); Rachio (Denver); NPAW / Youbora
(Nice People At Work, Barcelona); Sentry (Functional Software, San Francisco);
Open-Meteo (open-meteo.com imprint: Patrick Zippenfenig, Switzerland); OpenStreetMap
Foundation (registered in England and Wales).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "NonniApps"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "netatmo.com": ("Netatmo (Legrand)", ("netatmo", "legrand"), ("FR",)),
    "rach.io": ("Rachio", ("rachio",), ("US",)),
    "nice264.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
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
