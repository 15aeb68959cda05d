"""True owners of the third-party destinations in set 162 (for the attribution score).

The cinema's own systems (the theatre management system, the playout and signage
backends, the ticket scanners' hub) and the personal apps' backends are fictional
and live on `*.example`. Countries are headquarters; two where the public record
gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Reelhouse Cinema Systems"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "reelhouse.example": (FIRST_PARTY, ("reelhouse",), ("GB",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "audioscrobbler.com": ("Last.fm (Paramount)", ("last.fm", "lastfm", "paramount"), ("GB", "US")),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "themoviedb.org": ("TMDB", ("tmdb", "themoviedb"), ("US",)),
    "met.no": ("Norwegian Meteorological Institute", ("met.no", "meteorologisk"), ("NO",)),
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
