"""True owners of the third-party destinations in set 99 (for the attribution score).

Apps and their backends are fictional and not scored. Sources: company pages /
Wikipedia (Sumsub: London; Regula: Riga, Latvia with US office; AppsFlyer:
Herzliya / San Francisco; Adjust: Berlin, owned by AppLovin (US); AppMetrica:
Yandex (Russia); Meta: US; Google: US; Sentry: US; Open-Meteo: Switzerland).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "TvGeoPlay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "sumsub.com": ("Sumsub", ("sumsub", "sum and substance"), ("GB",)),
    "regulaforensics.com": ("Regula Forensics", ("regula",), ("LV", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
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
