"""True owners of the third-party destinations in set 247 (for the attribution score).

The apps, the cable operator, the TV maker and the watch maker are fictional
(`*.example`) and not scored. Countries are headquarters; two where the public
record gives two (Microblink: founded in Zagreb, headquartered in New York;
AppsFlyer: Israeli company, HQ San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "EkranPlus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "gemius.pl": ("Gemius", ("gemius",), ("PL",)),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "innovatrics.com": ("Innovatrics", ("innovatrics",), ("SK",)),
    "microblink.com": ("Microblink", ("microblink",), ("HR", "US")),
    "youboranqs01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
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
