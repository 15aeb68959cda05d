"""True owners of the third-party destinations in set 187 (for the attribution score).

The shop's tools and the personal apps' own backends are fictional (`*.example`)
and not scored. Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "FixDesk"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "auspost.com.au": ("Australia Post", ("australia post", "auspost"), ("AU",)),
    "bom.gov.au": ("Bureau of Meteorology", ("bureau of meteorology", "bom"), ("AU",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    labels = host.split(".")
    if host.endswith(".com.au") or host.endswith(".gov.au"):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


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
