"""True owners of the third-party destinations in set 158 (for the attribution score).

The clinic's practice-management system and the other in-house backends are
fictional (`*.example`) and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "VetoDesk"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "deezer.com": ("Deezer", ("deezer",), ("FR",)),
    "dzcdn.net": ("Deezer", ("deezer",), ("FR",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB",)),
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
