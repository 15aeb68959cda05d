"""True owners of the third-party destinations in set 108 (for the attribution score).

The referee's federation app, the club's and school's systems and his bank are
fictional backends on `*.example`; the third parties are real. Countries are
headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Diaitisia (referee app)"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "audioscrobbler.com": ("Last.fm", ("last.fm", "lastfm"), ("GB",)),
    "garmin.com": ("Garmin", ("garmin",), ("CH", "US")),
    "lgtvsdp.com": ("LG Electronics", ("lg electronics", "lge"), ("KR",)),
    "ertflix.gr": ("ERT (Hellenic Broadcasting Corporation)", ("ert", "ertflix"), ("GR",)),
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
