"""True owners of the third-party destinations in set 32 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company sites / annual reports): Google, Unity (San Francisco),
AppLovin (Palo Alto), Chartboost (San Francisco; owned by Zynga, now Take-Two,
US), AppsFlyer (Israeli company, HQ San Francisco), NPAW / Youbora (Nice People
At Work, Barcelona, ES), Functional Software (Sentry, San Francisco),
OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kesher Plus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "chartboost.com": ("Chartboost", ("chartboost", "zynga", "take-two"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "youboranqs01.com": ("NPAW", ("npaw", "nice people at work", "youbora"), ("ES",)),
    "youborafds01.com": ("NPAW", ("npaw", "nice people at work", "youbora"), ("ES",)),
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
