"""True owners of the third-party destinations in set 93 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own "about" / imprint pages and annual
reports: Adjust GmbH (Berlin, part of AppLovin), AppsFlyer (Herzliya / San
Francisco), Braze (New York), comScore (Reston, VA), Onfido (London, acquired
by Entrust, US), Veriff (Tallinn), iProov (London), Samsung Electronics
(Suwon, KR), Amazon (Seattle), Sentry (Functional Software, San Francisco),
Google (Mountain View), OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Publica Play"

G = ("Google", ("google", "alphabet"), ("US",))
SAMSUNG = ("Samsung Electronics", ("samsung",), ("KR",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "scorecardresearch.com": ("comScore", ("comscore",), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "iproov.me": ("iProov", ("iproov",), ("GB",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "samsungacr.com": SAMSUNG,
    "samsungads.com": SAMSUNG,
    "samsungosp.com": SAMSUNG,
    "samsung.com": SAMSUNG,
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "doubleclick.net": G,
    "googleapis.com": G,
    "gstatic.com": G,
    "android.com": G,
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
