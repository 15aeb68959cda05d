"""True owners of the third-party destinations in set 249 (for the attribution score).

The family's apps, the TV maker, the cable operator and the local services are
fictional (`*.example`) and not scored. Countries are headquarters; two where
the public record gives two (MoEngage: founded in Bengaluru, incorporated and
headquartered in San Francisco; HyperVerge: US company, engineering in India).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Rangmanch Plus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE",)),  # AppLovin owns it since 2021
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "hyperverge.co": ("HyperVerge", ("hyperverge",), ("US", "IN")),
    "signzy.tech": ("Signzy", ("signzy",), ("IN",)),
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
