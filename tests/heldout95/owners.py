"""True owners of the third-party destinations in set 95 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, from the companies' own about / legal pages and filings:
CleverTap (Mountain View, US; founded in Mumbai, IN), MoEngage (San Francisco,
US / Bengaluru, IN), WebEngage (Mumbai, IN), AppsFlyer (IL / US), Adjust (Berlin,
DE; owned by AppLovin, US), InMobi (Bengaluru, IN / Singapore), HyperVerge
(Bengaluru, IN / US), IDfy (Baldor Technologies, Mumbai, IN), Xiaomi (Beijing, CN),
Google (US), Sentry (US), OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Chalchitra"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "webengage.com": ("WebEngage", ("webengage",), ("IN",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "hyperverge.co": ("HyperVerge", ("hyperverge",), ("IN", "US")),
    "idfy.com": ("IDfy (Baldor Technologies)", ("idfy", "baldor"), ("IN",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
