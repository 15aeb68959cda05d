"""True owners of the third-party destinations in set 57 (for the attribution score).

The apps and their own backends (*.example) are fictional and not scored.
Countries are headquarters (company about pages / annual reports): AppsFlyer
(Israeli company, HQ San Francisco), Unity Software (San Francisco), AppLovin
(Palo Alto), Amazon (Seattle), Twilio/Segment (San Francisco), Functional
Software/Sentry (San Francisco), LaunchDarkly (Oakland), Mapbox (Washington DC),
Apple (Cupertino), Open-Meteo (open-meteo.com imprint: Patrick Zippenfenig,
Switzerland).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kainga"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "launchdarkly.com": ("LaunchDarkly", ("launchdarkly", "catamorphic"), ("US",)),
    "mapbox.com": ("Mapbox", ("mapbox",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
