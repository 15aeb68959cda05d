"""True owners of the third-party destinations in set 45 (for the attribution score).

The apps and their own backends (*.example) are fictional and not scored.
Sources: Adjust GmbH, Berlin (adjust.com/company; acquired by AppLovin, US,
2021); Unity Software Inc., San Francisco (unity.com); FPT Corporation,
Hanoi (fpt.ai is FPT Smart Cloud, an FPT subsidiary); Last.fm Ltd, London
(last.fm/about; owned by Paramount, US); Functional Software Inc. (Sentry),
San Francisco; OpenStreetMap Foundation, UK; Apple Inc., Cupertino.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tsubame Pay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "fpt.ai": ("FPT Corporation", ("fpt",), ("VN",)),
    "audioscrobbler.com": ("Last.fm", ("last.fm", "lastfm", "paramount", "cbs"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
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
