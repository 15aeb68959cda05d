"""True owners of the third-party destinations in set 284 (for the attribution score).

The apps, the radio, the resort, the cooperative, the school and the museum are
fictional (`*.example`) and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ràdio Lenga d'Òc"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "xiti.com": ("Piano (AT Internet)", ("piano", "at internet", "xiti"), ("FR", "US")),
    "pa-cd.com": ("Piano (AT Internet)", ("piano", "at internet"), ("FR", "US")),
    "privacy-center.org": ("Didomi", ("didomi",), ("FR",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
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
