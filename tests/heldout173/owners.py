"""True owners of the third-party destinations in set 173 (for the attribution score).

The venue's operations app, the music, streaming and bank apps and their
backends are fictional (`*.example`) and not scored. Countries are headquarters;
two where the public record gives two (parent company and operating company).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Scenkoll"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "audioscrobbler.com": ("Last.fm (Paramount)", ("last.fm", "lastfm", "paramount"), ("GB", "US")),
    "biocatch.com": ("BioCatch", ("biocatch",), ("IL",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "smhi.se": ("SMHI", ("smhi", "sveriges meteorologiska"), ("SE",)),
    "sl.se": (
        "Region Stockholm (SL)",
        ("storstockholms lokaltrafik", "region stockholm", "sl"),
        ("SE",),
    ),
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
