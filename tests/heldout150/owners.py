"""True owners of the third-party destinations in set 150 (for the attribution score).

The hotel's own systems and the fictional apps live on `*.example` (first party, not
scored); countries are headquarters (two where the public record gives two).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Miradouro Hotels"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon", "aws"), ("US",)),
    "regulaforensics.com": ("Regula Forensics", ("regula",), ("LV", "US")),
    "pocketcasts.com": ("Automattic", ("automattic", "pocket casts"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
