"""True owners of the third-party destinations in set 208 (for the attribution score).

The apps, the hotel's systems, the ad exchange and the KYC vendor at
`*.example` are fictional and not scored. Countries are headquarters; two where
the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tazama+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "smileidentity.com": ("Smile ID", ("smile id", "smile identity"), ("US", "NG")),
    "safaricom.co.ke": ("Safaricom", ("safaricom",), ("KE",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    if host.endswith(".co.ke"):
        return ".".join(host.split(".")[-3:])
    return ".".join(host.split(".")[-2:])


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
