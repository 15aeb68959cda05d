"""True owners of the third-party destinations in set 21 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: each company's
own corporate / about page (AppLovin: Palo Alto; Unity: San Francisco; Pangle
is ByteDance's ad network; nend is run by Fan Communications, Tokyo; TRUSTDOCK
Inc., Tokyo; Nielsen: New York; Adjust: Berlin, owned by AppLovin since 2021).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Animaru"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "nend.net": ("Fan Communications", ("fan communications", "nend"), ("JP",)),
    "trustdock.io": ("TRUSTDOCK", ("trustdock",), ("JP",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "ne", "or", "ac", "go") and parts[-1] == "jp":
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


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
