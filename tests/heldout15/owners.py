"""True owners of the third-party destinations in set 15 (for the attribution score).

The eight apps and their backends are fictional and not scored. Countries are
headquarters (two where the public record gives two). Sources: the vendors'
own "about" / legal pages and filings: Conviva (Foster City, US), NPAW /
Youbora (Barcelona, ES), HyperVerge (Bengaluru, IN; US office, Palo Alto),
AppsFlyer (IL / US), Mixpanel (San Francisco), Unity (San Francisco), AppLovin
(Palo Alto), InMobi (Bengaluru, IN; Singapore holding), Amazon / AWS (US),
Google (US), Sentry (Functional Software, US), OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "StreamVeda"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "youborafds01.com": ("NPAW (Youbora)", ("npaw", "nice people at work", "youbora"), ("ES",)),
    "hyperverge.co": ("HyperVerge", ("hyperverge",), ("IN", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
