"""True owners of the third-party destinations in set 80 (for the attribution score).

The hotel, restaurant and staff apps and their backends are fictional and not
scored. Countries are headquarters as stated on each company's own site /
public filings (Adjust: Berlin, owned by AppLovin since 2021; AppLovin and
Unity: US SEC filings; Automattic: US; Sentry: San Francisco; Google: US; OSM
Foundation: UK registered company).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "HotelMar"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "pocketcasts.com": ("Automattic", ("automattic", "pocket casts"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
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
