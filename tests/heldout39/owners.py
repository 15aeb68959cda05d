"""True owners of the third-party destinations in set 39 (for the attribution score).

The apps, the TV maker and their backends are fictional and not scored.
Countries are headquarters; two where the public record gives two. Sources:
Google / Alphabet (abc.xyz, Mountain View US); Unity Software (10-K, San
Francisco US); Mintegral (subsidiary of Mobvista, listed in Hong Kong, offices
Guangzhou CN and Singapore); Pangle (ByteDance, Beijing CN); AppsFlyer (founded
in Israel, HQ San Francisco); Smile ID / Smile Identity (incorporated in the US,
operating HQ Lagos NG per its own site); VoiceIt Technologies (Raleigh, North
Carolina US); Amazon Web Services (Seattle US); Functional Software / Sentry (San
Francisco US); OpenStreetMap Foundation (UK company).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "KalloTV"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "smileidentity.com": ("Smile ID", ("smile",), ("US", "NG")),
    "voiceit.io": ("VoiceIt Technologies", ("voiceit",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
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
