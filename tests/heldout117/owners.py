"""True owners of the third-party destinations in set 117 (for the attribution score).

The apps' own backends are fictional (`*.example`) and not scored. Countries
are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Reachflix"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "app-measurement.com": _GOOGLE,
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "pglstatp-toutiao.com": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "rayjump.com": ("Mintegral (Mobvista)", ("mintegral", "mobvista"), ("CN", "SG")),
    "onesignal.com": ("OneSignal", ("onesignal",), ("US",)),
    "advance.ai": ("ADVANCE.AI", ("advance.ai", "advance ai", "advancegroup"), ("SG",)),
    "openweathermap.org": ("OpenWeather", ("openweather",), ("GB",)),
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
