"""True owners of the real third-party destinations in set 72 (attribution score).

The school apps, the streaming app, the credit union and the assistant are
fictional (example-*.com / .org) and not scored. Countries are headquarters,
from each company's own about / investor pages; two where the record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "ClassPilot"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "adobedc.net": ("Adobe", ("adobe",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "instructure.com": ("Instructure", ("instructure",), ("US",)),
    "jamfcloud.com": ("Jamf", ("jamf",), ("US",)),
    "remove.bg": ("Canva (remove.bg, Kaleido AI)", ("canva", "kaleido", "remove.bg"), ("AU", "AT")),
    "cloudinary.com": ("Cloudinary", ("cloudinary",), ("US", "IL")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "weather.gov": ("US National Weather Service (NOAA)", ("weather service", "noaa"), ("US",)),
    "jsdelivr.net": ("jsDelivr (Prospect One)", ("jsdelivr", "prospect one"), ("PL",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    host = host.split(":")[0]
    entry = OWNERS.get(registrable(host))
    return None if entry is None else _label(entry)


def _label(entry: tuple[str, tuple[str, ...], tuple[str, ...]]) -> dict[str, Any]:
    name, match, countries = entry
    return {
        "name": name,
        "match": list(match),
        "countries": list(countries),
        "party": "first" if name == FIRST_PARTY else "third",
    }
