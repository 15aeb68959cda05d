"""True owners of the third-party destinations in set 104 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Stimmwerk"

GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": GOOGLE,
    "googleapis.com": GOOGLE,
    "gstatic.com": GOOGLE,
    "app-measurement.com": GOOGLE,
    "googlesyndication.com": GOOGLE,
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "audioscrobbler.com": ("Last.fm (Paramount)", ("last.fm", "lastfm", "paramount"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "musicbrainz.org": ("MetaBrainz Foundation", ("metabrainz", "musicbrainz"), ("US",)),
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
