"""True owners of the third-party destinations in set 86 (for the attribution score).

The station's tools, her streaming app, bank, wearable backend and games are
fictional and not scored. Countries are headquarters. Sources: company sites and
press (AppsFlyer: Herzliya IL / San Francisco; Unity Technologies: San
Francisco; Spreaker: owned by iHeartMedia (Voxnest acquisition, 2020);
Pocket Casts: acquired by Automattic in 2021; AssemblyAI: San Francisco;
Sentry: Functional Software Inc., San Francisco; ECB: Frankfurt).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Radio Scirocco"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "spreaker.com": ("iHeartMedia (Spreaker)", ("iheart", "spreaker"), ("US",)),
    "pocketcasts.com": ("Automattic (Pocket Casts)", ("automattic", "pocket casts"), ("US",)),
    "assemblyai.com": ("AssemblyAI", ("assemblyai",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "europa.eu": ("European Central Bank", ("european central bank", "ecb"), ("DE",)),
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
