"""True owners of the third-party destinations in set 105 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Nollyflix"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "shalltry.com": ("Transsion Holdings", ("transsion",), ("CN",)),
    "smileidentity.com": ("Smile Identity", ("smile identity", "smile id"), ("US", "NG")),
    "youverify.co": ("Youverify", ("youverify",), ("NG",)),
    "prembly.com": ("Prembly", ("prembly", "identitypass"), ("NG",)),
    "dojah.io": ("Dojah", ("dojah",), ("NG",)),
    "amazonaws.com": ("Amazon", ("amazon", "aws"), ("US",)),
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
