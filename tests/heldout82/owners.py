"""True owners of the third-party destinations in set 82 (for the attribution score).

The apps and their own backends (kalingacx.ph, serye-plus.com, himig-audio.com,
bayanbank.com.ph, kainan-delivery.ph, sakay-ride.ph, isla-tycoon.games,
soundpeak-audio.com, relo-wear.in, accentpro-coach.in) are fictional and not
scored. Countries are headquarters, two where the public record gives two.
Sources: adjust.com/company (Adjust GmbH, Berlin; parent AppLovin),
appsflyer.com/company (Israel-founded, HQ San Francisco), unity.com/our-company
(San Francisco), segment.com is Twilio (San Francisco), amplitude.com/about
(San Francisco), aws.amazon.com (Seattle), microsoft.com (Redmond), Speechace
(speechace.com, Seattle), sentry.io (Functional Software, San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kalinga CX"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "unity3dusercontent.com": ("Unity Technologies", ("unity",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("twilio", "segment"), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "speechace.co": ("Speechace", ("speechace",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    n = 3 if parts[-1] == "ph" and parts[-2] in ("com", "net", "org") else 2
    return ".".join(parts[-n:])


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
