"""True owners of the third-party destinations in set 81 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two). Sources: the vendors'
own "about" / legal pages and their Wikipedia entries: Google (Mountain View),
AppsFlyer (Israeli company, HQ San Francisco), Adjust (Berlin; owned by
AppLovin since 2021), Comscore (Reston VA), Mixpanel (San Francisco), CleverTap
(Mountain View; founded in Mumbai), Incode Technologies (San Francisco),
Amazon Web Services (Seattle), Sentry / Functional Software (San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Butaca"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "scorecardresearch.com": ("Comscore", ("comscore",), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "wzrkt.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "incodesmile.com": ("Incode Technologies", ("incode",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
}

_SECOND_LEVEL = ("com", "net", "org", "gob", "gov", "edu", "co")


def registrable(host: str) -> str:
    """The registrable domain, ccSLD-aware for .com.ar / .com.co / .cl (enough here)."""
    parts = host.split(":")[0].split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL:
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
