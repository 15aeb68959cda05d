"""True owners of the third-party destinations in set 88 (for the attribution score).

The apps' own backends (*-example.ae / .com) are fictional and not scored.
Countries are headquarters. Sources: AppsFlyer "About" page (founded in Israel,
HQ San Francisco); Amazon Web Services (Amazon.com, Inc., Seattle, US);
Google / Alphabet (Mountain View, US); Sentry = Functional Software, Inc.
(San Francisco, US, sentry.io/about); OpenStreetMap Foundation (UK company
no. 05912761); Matterport, Inc. (Sunnyvale, US; acquired by CoStar Group, US,
2025); gpodder.net is run by the gPodder open-source project (no company: not
scored); Open-Meteo (a Swiss open-source project: not scored).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "AgentPro"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "matterport.com": ("Matterport", ("matterport", "costar"), ("US",)),
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
