"""True owners of the third-party destinations in set 143 (for the attribution score).

The apps and their backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tontonku"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "onesignal.com": ("OneSignal", ("onesignal",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "verihubs.com": ("Verihubs", ("verihubs",), ("ID",)),
    "vida.id": ("VIDA (PT Indonesia Digital Identity)", ("vida",), ("ID",)),
    "privy.id": ("Privy (PT Privy Identitas Digital)", ("privy",), ("ID",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "bmkg.go.id": ("BMKG (Indonesian Meteorology Agency)", ("bmkg",), ("ID",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    if len(parts) >= 3 and parts[-1] == "id" and parts[-2] in ("go", "co", "or"):
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
