"""True owners of the third-party destinations in set 94 (for the attribution score).

The tour company's, museums', sites' and the guide's streaming app's backends
are fictional and not scored. Countries are headquarters, from the vendors' own
about / imprint pages: Adjust GmbH (Berlin; acquired by AppLovin, US), FaceTec
(Las Vegas), Automattic (Pocket Casts' owner since 2021, US), Google (US),
Functional Software / Sentry (San Francisco), Open-Meteo (Switzerland),
ExchangeRate-API (UK), OpenStreetMap Foundation (UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Horus Trails Tours"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "pocketcasts.com": ("Automattic (Pocket Casts)", ("automattic", "pocket casts"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googlesyndication.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "er-api.com": ("ExchangeRate-API", ("exchangerate-api",), ("GB",)),
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
