"""True owners of the third-party destinations in set 47 (for the attribution score).

The apps' own backends (rail, transit, shop, bank, tax, news, streaming...) are
fictional or first-party and not scored. Sources: company imprints / about
pages (Adjust GmbH, Berlin; Unity Software Inc., San Francisco; FaceTec Inc.,
Las Vegas; Functional Software Inc. (Sentry), San Francisco; Google LLC;
OpenStreetMap Foundation, UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "StreamHub"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
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
