"""True owners of the third-party destinations in set 250 (for the attribution score).

The family's apps (the streamer, the music / radio app, the wallet, the bank, the
satellite pay-TV operator, the football app, the watch vendor) and the local
services are fictional (`*.example`) and not scored. Countries are headquarters;
two where the public record gives two (AppsFlyer: Israeli company, HQ in San
Francisco; Adjust: Berlin, owned by AppLovin; Onfido: London, owned by Entrust;
CleverTap: Mountain View, built in Mumbai; Smile ID: incorporated in the US,
run from Lagos and Cape Town).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Lisano Plus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "smileidentity.com": ("Smile ID", ("smile",), ("US", "NG")),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
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
