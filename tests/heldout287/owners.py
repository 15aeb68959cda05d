"""True owners of the third-party destinations in set 287 (for the attribution score).

The apps, the ferry company, the cider house, the regional TV, the club and
the bank are fictional (`*.example`) and not scored. Countries are
headquarters; two where the public record gives two (Piano bought the French
AT Internet, whose collection domains it still serves).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Fighjà+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "pa-cd.com": ("Piano", ("piano", "at internet"), ("US", "FR")),
    "xiti.com": ("Piano", ("piano", "at internet"), ("US", "FR")),
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
