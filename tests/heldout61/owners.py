"""True owners of the third-party destinations in set 61 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two), from the vendors' own
"about" / legal pages: Adjust GmbH (Berlin; owned by AppLovin, US), AppsFlyer
(Herzliya / San Francisco), AppLovin (Palo Alto), Unity Technologies (San
Francisco), Mintegral (Mobvista, Guangzhou / Singapore), Huawei (Shenzhen),
uqudo (Dubai), NPAW (Barcelona), Conviva (Foster City), Microsoft (Redmond),
Amazon (Seattle), Google (Mountain View), Sentry (San Francisco),
OpenStreetMap Foundation (UK), Open-Meteo (Switzerland).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Dizigo"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "uqudo.io": ("uqudo", ("uqudo",), ("AE",)),
    "youborafds01.com": ("NPAW", ("npaw", "nice people at work", "youbora"), ("ES",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
