"""True owners of the third-party destinations in set 66 (for the attribution score).

The apps' own backends are fictional and not scored. Headquarters from each
company's own site / annual report (AppsFlyer: Israeli company, HQ San
Francisco; Adjust: Berlin, part of AppLovin; Unity: San Francisco; Amazon
Web Services: Seattle; Microsoft: Redmond; Conviva: Foster City; Sentry:
San Francisco; Google: Mountain View; iProov: London).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kopi Super"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "iproov.app": ("iProov", ("iproov",), ("GB",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
