"""True owners of the third-party destinations in set 255 (for the attribution score).

The apps, the decoder's pay-TV service, the bank, the wallet and the background
services are fictional (`*.example`) and not scored. Countries are
headquarters; two where the public record gives two (CleverTap: US company run
largely from Mumbai; Onfido: London, bought by Entrust of the US in 2024; Smile
ID: US-incorporated, run from Lagos).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Bona"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "smileidentity.com": ("Smile ID", ("smile id", "smile identity", "smileid"), ("US", "NG")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
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
