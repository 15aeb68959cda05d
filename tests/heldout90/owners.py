"""True owners of the third-party destinations in set 90 (for the attribution score).

The airline, airport, hotel, language, game, bank, streaming and gear backends
are fictional and not scored. Countries are headquarters as stated on each
company's site / public filings: Adjust (Berlin; owned by AppLovin, Palo Alto),
AppLovin (Palo Alto), Onfido (London; acquired by Entrust, US, 2024), Google
(Mountain View), Sentry (Functional Software, San Francisco), OpenStreetMap
Foundation (UK), OpenSky Network (association, Switzerland), Open-Meteo (Switzerland).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Safwa Crew"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "opensky-network.org": ("OpenSky Network", ("opensky",), ("CH",)),
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
