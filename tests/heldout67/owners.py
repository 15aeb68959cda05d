"""True owners of the third-party destinations in set 67 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters as the vendors' own sites / annual reports state them (AppsFlyer:
San Francisco and Herzliya; AU10TIX: Hod HaSharon, Israel; Onfido: London,
acquired by Entrust, Minneapolis, in 2024; iProov: London; FaceTec: Las Vegas;
Jumio: Sunnyvale; Adjust: Berlin, owned by AppLovin, Palo Alto; Taboola: New
York and Tel Aviv; Outbrain (now Teads): New York; NPAW: Barcelona; Sentry:
San Francisco; GrowthBook: San Francisco; OpenStreetMap Foundation: UK;
Open-Meteo: Switzerland).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "MasachPlus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "taboola.com": ("Taboola", ("taboola",), ("US", "IL")),
    "outbrain.com": ("Outbrain (Teads)", ("outbrain", "teads"), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "iproov.me": ("iProov", ("iproov",), ("GB",)),
    "au10tixservices.com": ("AU10TIX", ("au10tix",), ("IL",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "jumio.ai": ("Jumio", ("jumio",), ("US",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "growthbook.io": ("GrowthBook", ("growthbook",), ("US",)),
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
