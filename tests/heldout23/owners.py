"""True owners of the third-party destinations in set 23 (for the attribution score).

The apps, their backends, the ACR vendor and the ad network are fictional and
not scored. Countries are headquarters, from each company's own site or annual
report: Amazon (Seattle, US; amazon-adsystem.com is Amazon Ads, api.amazon.com
is Login with Amazon), Meta Platforms (Menlo Park, US; graph.oculus.com),
Conviva (Foster City, US), Mux (San Francisco, US; litix.io is Mux Data's
beacon domain), Amplitude (San Francisco, US), Unity Software (San Francisco,
US), Functional Software / Sentry (San Francisco, US), OpenStreetMap
Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Loopline"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "amazon-adsystem.com": ("Amazon", ("amazon",), ("US",)),
    "amazon.com": ("Amazon", ("amazon",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "oculus.com": ("Meta", ("meta", "facebook", "oculus"), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
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
