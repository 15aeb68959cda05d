"""True owners of the third-party destinations in set 46 (for the attribution score).

The apps and their own backends (Pantalla+, Hinchada, Rádio Onda, Banco
Meridiano, Saúde Já, Vigía, Espelho Fit) are fictional and not scored.
Countries are headquarters, from the companies' own sites / public filings:
Samsung Electronics (Suwon, KR); Google (Mountain View, US); Unity Software
(San Francisco, US); AppLovin (Palo Alto, US); Veridas (Pamplona, ES,
veridas.com); NPAW / Nice People
At Work (Barcelona, ES); Last.fm (London, GB; owned by Paramount, US);
Functional Software (Sentry, San Francisco, US); OSM Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Pantalla+"

_SAMSUNG = ("Samsung Electronics", ("samsung",), ("KR",))
_GOOGLE = ("Google", ("google", "alphabet"), ("US",))

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "samsungcloudsolution.com": _SAMSUNG,
    "samsungacr.com": _SAMSUNG,
    # Samsung Ads is run by Samsung Electronics America (New York): two countries
    "samsungads.com": ("Samsung Electronics", ("samsung",), ("KR", "US")),
    "samsungapps.com": _SAMSUNG,
    "doubleclick.net": _GOOGLE,
    "googlesyndication.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "veridas.com": ("Veridas", ("veridas",), ("ES",)),
    "youboranqs01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people"), ("ES",)),
    "audioscrobbler.com": ("Last.fm", ("last.fm", "lastfm", "paramount", "cbs"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
