"""True owners of the third-party destinations in set 68 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company filings / the vendors' own about pages): Google and Amazon
(US), Adjust (Berlin, DE; owned by AppLovin, US), Conviva (Foster City, US),
AppLovin (Palo Alto, US), Sentry / Functional Software (San Francisco, US),
OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Solaria"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
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
