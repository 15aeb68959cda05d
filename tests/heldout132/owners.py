"""True owners of the third-party destinations in set 132 (for the attribution score).

The practice's own systems, the dentist's apps and their backends are fictional
(`*.example`) and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Clínica Dental Ribera"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "vimeocdn.com": ("Vimeo", ("vimeo",), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "aemet.es": ("Agencia Estatal de Meteorología", ("aemet",), ("ES",)),
    "whatsapp.net": ("Meta Platforms", ("meta", "whatsapp", "facebook"), ("US",)),
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
