"""True owners of the third-party destinations in set 256 (for the attribution score).

The family's apps, the pay-TV operator, the watch maker and the local services
are fictional (`*.example`) and not scored. Countries are headquarters; two
where the public record gives two (AppsFlyer: Israeli company, HQ San
Francisco; Onfido: British company, owned by Entrust of the US since 2024).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "SaravaPlay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE",)),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "youboranqs01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "jumio.ai": ("Jumio", ("jumio",), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
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
