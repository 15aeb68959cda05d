"""True owners of the third-party destinations in set 52 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own about / legal pages: Google (Mountain
View, US); AppLovin (Palo Alto, US); Liftoff Mobile, which merged with Vungle
(Redwood City, US); ironSource, now part of Unity Software (US; ironSource from
Tel Aviv, IL); Kantar (London, GB); Yoti (London, GB); Sentry (San Francisco, US).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Beebview"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "vungle.com": ("Liftoff Mobile (Vungle)", ("liftoff", "vungle"), ("US",)),
    "ironsrc.mobi": ("ironSource (Unity Software)", ("ironsource", "unity"), ("IL", "US")),
    "2cnt.net": ("Kantar", ("kantar",), ("GB",)),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
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
