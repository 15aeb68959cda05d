"""True owners of the third-party destinations in set 156 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two (Adjust is
Berlin-based and owned by AppLovin, CleverTap is run from San Francisco and Mumbai).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "JaoPlay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "wzrkt.com": ("CleverTap", ("clevertap", "wizrocket"), ("US", "IN")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "pcd.go.th": ("Pollution Control Department (Thailand)", ("pollution control",), ("TH",)),
}

_SECOND_LEVEL = ("go.th", "co.th", "in.th", "or.th", "ac.th")


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
