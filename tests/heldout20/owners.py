"""True owners of the third-party destinations in set 20 (for the attribution score).

The apps and their backends are fictional and not scored. Countries are
headquarters (company sites / annual reports: FaceTec Inc., Las Vegas, US;
Microsoft, Redmond, US; Google, Mountain View, US; Functional Software, San
Francisco, US; OpenStreetMap Foundation, UK; Apple, Cupertino, US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "TelaMais"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    if host.endswith("cognitive.microsoft.com"):
        host = "microsoft.com"
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
