"""True owners of the third-party destinations in set 113 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Layarku"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "pangle.io": ("ByteDance (Pangle)", ("bytedance", "pangle"), ("CN", "SG")),
    "pangleglobal.com": ("ByteDance (Pangle)", ("bytedance", "pangle"), ("CN", "SG")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "bigossp.com": ("BIGO Technology", ("bigo", "joyy"), ("SG", "CN")),
    "vida.id": ("VIDA (PT Indonesia Digital Identity)", ("vida",), ("ID",)),
    "verihubs.com": ("Verihubs", ("verihubs",), ("ID",)),
    "advance.ai": ("ADVANCE.AI", ("advance.ai", "advance intelligence"), ("SG",)),
    "asliri.id": ("ASLI RI", ("asli ri", "asliri"), ("ID",)),
    "kemenperin.go.id": ("Kementerian Perindustrian RI", ("kemenperin",), ("ID",)),
    "bmkg.go.id": ("BMKG", ("bmkg",), ("ID",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "myquran.com": ("myQuran", ("myquran",), ("ID",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in ("go", "co") and parts[-1] == "id":
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
