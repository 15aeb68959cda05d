"""True owners of the third-party destinations in set 25 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from each company's own about / investor pages: Amazon (Seattle),
Google (Mountain View), Amplitude (San Francisco), AppLovin (Palo Alto),
Unity Software (San Francisco), Apple (Cupertino), Functional Software /
Sentry (San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Pado Media"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
