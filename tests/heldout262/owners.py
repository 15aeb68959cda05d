"""True owners of the third-party destinations in set 262 (for the attribution score).

The apps, the telco's middleware, the TV maker and the shops are fictional
(`*.example`) and not scored. Countries are headquarters; more than one where
the public record gives more than one.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Gakyil TV"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon", "aws"), ("US",)),
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
