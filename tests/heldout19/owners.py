"""True owners of the third-party destinations in set 19 (for the attribution score).

The six apps and their backends are fictional and not scored. Sources: company
pages / annual reports (Comscore: Reston, VA; Kantar Media: London; Unity
Software: San Francisco; AppLovin: Palo Alto; Google: Mountain View;
Functional Software (Sentry): San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Telly"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "scorecardresearch.com": ("comScore", ("comscore",), ("US",)),
    "2cnt.net": ("Kantar Media", ("kantar",), ("GB",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
