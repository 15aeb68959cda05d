"""True owners of the third-party destinations in set 130 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "TelaPlay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "onesignal.com": ("OneSignal", ("onesignal",), ("US",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "youbora", "nice people"), ("ES",)),
    "streamtheworld.com": ("Triton Digital", ("triton",), ("US", "CA")),
    "idwall.co": ("idwall", ("idwall",), ("BR",)),
    "clearsale.com.br": ("ClearSale", ("clearsale",), ("BR",)),
    "alphonso.tv": ("LG Ad Solutions (Alphonso)", ("alphonso", "lg"), ("US", "KR")),
    "lgappstv.com": ("LG Electronics", ("lg",), ("KR",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "viacep.com.br": ("ViaCEP", ("viacep",), ("BR",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    parts = host.split(".")
    if len(parts) > 2 and parts[-2] in ("com", "net", "org") and len(parts[-1]) == 2:
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
