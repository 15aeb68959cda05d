"""True owners of the third-party destinations in set 253 (for the attribution score).

The family's apps, the IPTV operator's own servers, the TV maker, the car
maker's cloud and the background services are fictional (`*.example`) and not
scored. Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "EfirPlay"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "gemius.pl": ("Gemius", ("gemius",), ("PL",)),
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "streamtheworld.com": ("Triton Digital", ("triton",), ("US", "CA")),
    "kaltura.com": ("Kaltura", ("kaltura",), ("US", "IL")),
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
