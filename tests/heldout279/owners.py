"""True owners of the third-party destinations in set 279 (for the attribution score).

The apps, the TV maker, the clinic and the church are fictional (`*.example`)
and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "SuabNkauj"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "kochava.com": ("Kochava", ("kochava",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon", "aws"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "weather.gov": ("US National Weather Service", ("weather.gov", "nws", "noaa"), ("US",)),
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
