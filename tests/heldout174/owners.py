"""True owners of the third-party destinations in set 174 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two (a parent
abroad, or a company run from two countries).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tazama Plus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "smileidentity.com": (
        "Smile ID (Smile Identity)",
        ("smile id", "smile identity"),
        ("US", "NG"),
    ),
    "amazonaws.com": ("Amazon Web Services", ("amazon", "aws"), ("US",)),
    "voiceit.io": ("VoiceIt Technologies", ("voiceit",), ("US",)),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
