"""True owners of the third-party destinations in set 199 (for the attribution score).

The apps, the school and their backends are fictional (`*.example`) and not
scored. Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Taputapu"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googlesyndication.com": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "amazonaws.com": ("Amazon Web Services", ("amazon", "aws"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "metlink.org.nz": (
        "Greater Wellington Regional Council",
        ("metlink", "greater wellington"),
        ("NZ",),
    ),
}

_SECOND_LEVEL = frozenset({"co.nz", "org.nz", "govt.nz", "ac.nz", "co.uk", "com.au"})


def registrable(host: str) -> str:
    labels = host.split(":")[0].split(".")
    if ".".join(labels[-2:]) in _SECOND_LEVEL:
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
