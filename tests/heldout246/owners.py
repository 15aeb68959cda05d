"""True owners of the third-party destinations in set 246 (for the attribution score).

The family's apps, the bank, the TV maker, the DTH operator and the background
services are fictional (`*.example`) and not scored. Countries are
headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Chitram"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE",)),
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "youbora"), ("ES",)),
    "hyperverge.co": ("HyperVerge", ("hyperverge",), ("IN", "US")),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
}


def registrable(host: str) -> str:
    """The last two labels: enough for every domain this set sends to."""
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
