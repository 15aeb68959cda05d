"""True owners of the third-party destinations in set 96 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (from each company's site / imprint): Adjust GmbH is in Berlin
(adjust.com/imprint, AppLovin-owned since 2021 but still its own brand and
GmbH); Unity Software is in San Francisco; NPAW (Nice People At Work, Youbora)
in Barcelona; SolarEdge in Herzliya, Israel; Functional Software (Sentry) in
San Francisco; the OpenStreetMap Foundation in the UK; (Open-Meteo is left out:
no sourced HQ); NBP is Poland's central bank;
ČNB the Czech one; jsDelivr is run by Prospect One (PL); Apple in Cupertino.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kinoteka"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "solaredge.com": ("SolarEdge Technologies", ("solaredge",), ("IL",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "nbp.pl": ("Narodowy Bank Polski", ("nbp", "narodowy bank"), ("PL",)),
    "cnb.cz": ("Česká národní banka", ("cnb", "česká národní", "ceska narodni"), ("CZ",)),
    "jsdelivr.net": ("jsDelivr (Prospect One)", ("jsdelivr", "prospect one"), ("PL",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
