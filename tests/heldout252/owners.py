"""True owners of the third-party destinations in set 252 (for the attribution score).

The family's apps, the TV maker, the ACR and speaker-verification vendors, the
DTH operator and the everyday services are fictional (`*.example`) and not
scored. Countries are headquarters; two where the public record gives two
(AppsFlyer: Israeli company, HQ San Francisco; Adjust: Berlin, owned by
AppLovin of Palo Alto).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "RangaPlay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.net.in": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "webengage.com": ("WebEngage", ("webengage",), ("IN",)),
    "idfy.com": ("IDfy", ("idfy", "baldor"), ("IN",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
}

_SECOND_LEVEL = ("net.in", "co.in", "com.sg")


def registrable(host: str) -> str:
    labels = host.split(":")[0].split(".")
    if ".".join(labels[-2:]) in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


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
