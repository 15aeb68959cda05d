"""True owners of the third-party destinations in set 251 (for the attribution score).

The resort, its internal systems, the drama, music, bank and watch apps are
fictional (`*.example`) and not scored. Countries are headquarters; two where
the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Lotus Bay Resort"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
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
