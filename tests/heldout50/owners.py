"""True owners of the third-party destinations in set 50 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters as given on each company's site / public filings: Comscore
(Reston, US), AppLovin (Palo Alto, US), FaceTec (Las Vegas, US), Roku
(San Jose, US), Google, Sentry (San Francisco), OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Cineflux"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "scorecardresearch.com": ("Comscore", ("comscore", "scorecard"), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "roku.com": ("Roku", ("roku",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
