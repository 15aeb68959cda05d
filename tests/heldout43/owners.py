"""True owners of the third-party destinations in set 43 (for the attribution score).

The apps and their own backends are fictional and not scored. Sources:
Adjust GmbH, Berlin (adjust.com/company, part of AppLovin since 2021);
AppsFlyer Ltd., Herzliya, HQ San Francisco (appsflyer.com/company);
Unity Software Inc., San Francisco (unity.com/our-company);
Microsoft Azure Face API (azure.com, Microsoft, Redmond);
Firebase / Google (googleapis.com, gstatic.com: Google LLC, Mountain View);
Functional Software Inc. (Sentry), San Francisco (sentry.io/about);
OpenStreetMap Foundation, UK (osmfoundation.org); Empresa Brasileira de
Correios e Telégrafos, Brasília (correios.com.br).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Viajaya"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "correios.com.br": ("Correios", ("correios",), ("BR",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("com", "co") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


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
