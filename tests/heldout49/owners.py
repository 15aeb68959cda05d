"""True owners of the third-party destinations in set 49 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the vendors' own about / legal pages: Adjust (Berlin, owned by
AppLovin, US), AppsFlyer (Herzliya IL / San Francisco), Unity (San Francisco),
Megvii / Face++ (Beijing), Smile ID (Smile Identity, San Francisco / Lagos),
Google (Mountain View), Sentry (San Francisco), OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Safari Mobility"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "faceplusplus.com": (
        "Megvii (Face++)",
        ("megvii", "kuangshi", "face++", "faceplusplus"),
        ("CN",),
    ),
    "smileidentity.com": ("Smile Identity", ("smile",), ("US", "NG")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
