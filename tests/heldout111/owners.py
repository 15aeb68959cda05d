"""True owners of the third-party destinations in set 111 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Marquee+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "socure.com": ("Socure", ("socure",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "withpersona.com": ("Persona Identities", ("persona",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon", "aws"), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "kochava.com": ("Kochava", ("kochava",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "weather.gov": ("US National Weather Service", ("weather service", "noaa"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "doubleverify.com": ("DoubleVerify", ("doubleverify",), ("US",)),
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
