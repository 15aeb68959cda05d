"""True owners of the third-party destinations in set 103 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two (Onfido:
London company, owned by Entrust, US, since 2024; Last.fm: London, owned by
Paramount, US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Gwylio"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "app-measurement.com": _GOOGLE,
    "doubleclick.net": _GOOGLE,
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "audioscrobbler.com": (
        "Last.fm (Paramount)",
        ("last.fm", "lastfm", "paramount", "cbs"),
        ("GB", "US"),
    ),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo", "open meteo"), ("CH",)),
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
