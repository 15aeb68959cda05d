"""True owners of the third-party destinations in set 172 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "PhimNha"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "googlevideo.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "facebook.com": ("Meta Platforms", ("facebook", "meta"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "vnpt.vn": ("VNPT", ("vnpt",), ("VN",)),
    "fpt.ai": ("FPT Corporation", ("fpt",), ("VN",)),
    "zalo.me": ("VNG Corporation", ("vng", "zalo"), ("VN",)),
    "zadn.vn": ("VNG Corporation", ("vng", "zalo"), ("VN",)),
    "openweathermap.org": ("OpenWeather", ("openweather",), ("GB",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "vietcombank.com.vn": ("Vietcombank", ("vietcombank",), ("VN",)),
    "vnexpress.net": ("FPT Corporation", ("fpt", "vnexpress"), ("VN",)),
    "firebasedatabase.app": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "youboranqs01.com": ("NPAW (Nice People At Work)", ("npaw", "youbora"), ("ES",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    if len(parts) >= 3 and parts[-2] in ("com", "net", "org") and parts[-1] == "vn":
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
