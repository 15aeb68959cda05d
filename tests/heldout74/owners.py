"""True owners of the third-party destinations in set 74 (for the attribution score).

The company's own backends (cnoc-systems.example), the streaming, bank, game and
fitness apps are fictional and not scored. Countries are headquarters, from the
companies' own sites / filings: Microsoft (Redmond, US), Unity Technologies
(San Francisco, US), GameAnalytics (Copenhagen, DK; ApS), Samsara (San
Francisco, US), Envoy (San Francisco, US), Freshworks (Freshservice; San Mateo,
US, founded in Chennai, IN), Google (US), Functional Software / Sentry (US),
OpenStreetMap Foundation (GB), Automattic (Pocket Casts; San Francisco, US),
Samsung Electronics (KR).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Cnoc Systems"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "gameanalytics.com": ("GameAnalytics", ("gameanalytics",), ("DK",)),
    "samsara.com": ("Samsara", ("samsara",), ("US",)),
    "envoy.com": ("Envoy", ("envoy",), ("US",)),
    "freshservice.com": ("Freshworks", ("freshworks", "freshservice"), ("US", "IN")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "pocketcasts.com": ("Automattic", ("automattic", "pocket casts"), ("US",)),
    "samsungcloudsolution.com": ("Samsung Electronics", ("samsung",), ("KR",)),
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
