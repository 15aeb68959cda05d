"""True owners of the third-party destinations in set 190 (for the attribution score).

The apps and their backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "TontonKita"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "dbankcloud.com": ("Huawei", ("huawei",), ("CN",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "e-solat.gov.my": ("JAKIM (Government of Malaysia)", ("jakim", "malaysia"), ("MY",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    if len(parts) >= 3 and parts[-2] in ("gov", "com", "org") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


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
