"""True owners of the third-party destinations in set 89 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from each company's own "about" / legal notice pages and its
Wikipedia entry (AppsFlyer: Herzliya IL / San Francisco; Adjust: Berlin, part of
AppLovin US; OneSignal: San Mateo; Onfido: London, part of Entrust US; iProov:
London; FaceTec: Las Vegas; comScore: Reston VA; Nielsen: New York; Sentry:
San Francisco; AWS: Seattle; OpenStreetMap Foundation: UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "ReteUno Play"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "onesignal.com": ("OneSignal", ("onesignal",), ("US",)),
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "app-measurement.com": _GOOGLE,
    "doubleclick.net": _GOOGLE,
    "google-analytics.com": _GOOGLE,
    "googleusercontent.com": _GOOGLE,
    "google.com": _GOOGLE,
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "iproov.me": ("iProov", ("iproov",), ("GB",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "scorecardresearch.com": ("comScore", ("comscore", "scorecard"), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "amazonaws.com": ("Amazon Web Services", ("amazon", "aws"), ("US",)),
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
