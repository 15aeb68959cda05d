"""True owners of the third-party destinations in set 192 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Paho"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "nice264.com": (
        "NPAW (Nice People At Work)",
        ("npaw", "nice people at work", "youbora"),
        ("ES",),
    ),
    "audioscrobbler.com": ("Last.fm", ("last.fm", "lastfm", "audioscrobbler"), ("GB",)),
    "podtrac.com": ("Podtrac", ("podtrac",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
