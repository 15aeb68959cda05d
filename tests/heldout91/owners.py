"""True owners of the third-party destinations in set 91 (for the attribution score).

The apps, the TV-box backend and the HiOS collector here are fictional stand-ins
and not scored. Countries are headquarters as given on each company's own site
or filings (AppsFlyer: Israeli company, HQ San Francisco; Adjust: Berlin, owned
by AppLovin since 2021; Smile ID: Smile Identity Inc., Delaware, offices in
Lagos / Nairobi, per usesmileid.com/about; Veriff: Tallinn, Estonia;
CleverTap: Mountain View / Mumbai; Unity: San Francisco; Sentry: Functional
Software Inc., San Francisco; Open-Meteo: Switzerland; OSM Foundation: UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kibanda Max"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "smileidentity.com": ("Smile ID", ("smile",), ("US", "NG")),
    "veriff.com": ("Veriff", ("veriff",), ("EE",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
