"""True owners of the third-party destinations in set 60 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own about / imprint pages and annual reports:
Google (Mountain View, US); AppsFlyer (Tel Aviv, IL, with US offices); Onfido
(London, GB; acquired by Entrust, Minneapolis, US, in 2024); Unity Technologies
(San Francisco, US); Microsoft (Redmond, US); NPAW / Nice People At Work
(Barcelona, ES); Sentry / Functional Software (San Francisco, US); Entur AS
(Oslo, NO, owned by the Norwegian state); Digitransit (HSL, Helsinki, FI);
Finnish Meteorological Institute (Helsinki, FI); MET Norway (Oslo, NO);
OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Reissu"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "onfido.com": ("Onfido", ("onfido", "entrust"), ("GB", "US")),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "youborafds01.com": (
        "NPAW (Nice People At Work)",
        ("npaw", "nice people at work", "youbora"),
        ("ES",),
    ),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "entur.io": ("Entur", ("entur",), ("NO",)),
    "digitransit.fi": ("Helsinki Region Transport (HSL)", ("hsl", "digitransit"), ("FI",)),
    "fmi.fi": ("Finnish Meteorological Institute", ("fmi", "ilmatieteen"), ("FI",)),
    "met.no": ("Norwegian Meteorological Institute", ("met norway", "meteorologisk"), ("NO",)),
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
