"""True owners of the third-party destinations in set 151 (for the attribution score).

The apps and their own backends (`*.example`) are fictional and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kiwa Play"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "gstatic.com": _GOOGLE,
    "doubleclick.net": _GOOGLE,
    "app-measurement.com": _GOOGLE,
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "adobedc.net": ("Adobe", ("adobe",), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "mparticle.com": ("mParticle (Rokt)", ("mparticle", "rokt"), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "facebook.com": ("Meta Platforms", ("meta", "facebook"), ("US",)),
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "samsungacr.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungads.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloud.tv": ("Samsung Electronics", ("samsung",), ("KR",)),
    "smartthings.com": ("Samsung Electronics", ("samsung", "smartthings"), ("KR",)),
    "podtrac.com": ("Podtrac", ("podtrac",), ("US",)),
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
