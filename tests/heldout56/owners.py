"""True owners of the third-party destinations in set 56 (for the attribution score).

The VR apps and their backends are fictional and not scored. Countries are
headquarters (company sites / annual reports); two where the public record
gives two. Meta Platforms (Menlo Park, US) owns graph.oculus.com,
securecdn.oculus.com and graph.facebook.com (Oculus VR was acquired in 2014);
Yoti Ltd is in London (yoti.com/about); Unity Software is in San Francisco;
AppsFlyer was founded in Israel, HQ San Francisco; Google owns Firebase.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kinosaal VR"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "oculus.com": ("Meta", ("meta", "facebook", "oculus"), ("US",)),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
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
