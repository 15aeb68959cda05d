"""True owners of the third-party destinations in set 282 (for the attribution score).

The streaming, music, surf, credit-union, hospital and keiki-tablet services
are fictional (`*.example`) and not scored. Countries are headquarters; two
where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Nana Oiwi"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "noaa.gov": ("NOAA", ("noaa", "national oceanic"), ("US",)),
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
