"""True owners of the third-party destinations in set 135 (for the attribution score).

The apps and their own backends are fictional (*.example) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Minpo Catchup"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "reproio.com": ("Repro", ("repro",), ("JP",)),
    "nend.net": ("Fan Communications (nend)", ("nend", "fan communications"), ("JP",)),
    "i-mobile.co.jp": ("i-mobile", ("i-mobile", "imobile"), ("JP",)),
    "fluct.jp": ("fluct (CARTA HOLDINGS)", ("fluct", "carta"), ("JP",)),
    "cookielaw.org": ("OneTrust", ("onetrust",), ("US",)),
    "trustdock.io": ("TRUSTDOCK", ("trustdock",), ("JP",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    return ".".join(parts[-3:] if parts[-1] == "jp" and parts[-2] == "co" else parts[-2:])


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
