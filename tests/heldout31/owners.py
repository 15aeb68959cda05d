"""True owners of the third-party destinations in set 31 (for the attribution score).

The car maker, the streaming, music, podcast, kids', game and charging apps and
their backends are fictional and not scored. Countries are headquarters:
Mux Inc. (San Francisco, mux.com/about); Unity Software (San Francisco, 10-K);
Google / Alphabet (Mountain View); Functional Software dba Sentry (San
Francisco); OpenStreetMap Foundation (UK company limited by guarantee);
Meteorologisk institutt (Norwegian government agency, Oslo); Trafikverket
(Swedish Transport Administration, Borlänge).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Nordvagn"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "litix.io": ("Mux", ("mux",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "met.no": ("Norwegian Meteorological Institute", ("meteorolog", "met norway"), ("NO",)),
    "trafikverket.se": ("Trafikverket", ("trafikverket",), ("SE",)),
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
