"""True owners of the third-party destinations in set 169 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "VivaNovelas"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "scorecardresearch.com": ("comScore", ("comscore", "scorecard"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "mparticle.com": ("mParticle (Rokt)", ("mparticle", "rokt"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "roku.com": ("Roku", ("roku",), ("US",)),
    "amazon.com": ("Amazon", ("amazon",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "weather.gov": ("US National Weather Service", ("national weather service", "noaa"), ("US",)),
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
