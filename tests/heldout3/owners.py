"""True owners of the third-party destinations in set 3 (for the attribution score).

The eight apps and the `.example` services are fictional and not scored.
Countries are headquarters; two where the public record gives two (e.g.
ironSource: Israeli company merged into Unity of San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tumbletoons Media"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "wzrkt.com": ("CleverTap", ("clevertap", "wizrocket"), ("US", "IN")),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "kochava.com": ("Kochava", ("kochava",), ("US",)),
    "singular.net": ("Singular", ("singular",), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "amazon-adsystem.com": ("Amazon", ("amazon",), ("US",)),
    "mapbox.com": ("Mapbox", ("mapbox",), ("US",)),
    "kaltura.com": ("Kaltura", ("kaltura",), ("US", "IL")),
    "kidoz.net": ("Kidoz", ("kidoz",), ("AI", "CA", "IL")),
    "jwpltx.com": ("JW Player (JWP)", ("jw player", "jwplayer", "jwp", "longtail"), ("US",)),
    "brightcove.com": ("Brightcove", ("brightcove",), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "adobedc.net": ("Adobe", ("adobe",), ("US",)),
    "supersonicads.com": (
        "ironSource (Unity)",
        ("ironsource", "unity", "supersonic"),
        ("IL", "US"),
    ),
    "ironsrc.mobi": ("ironSource (Unity)", ("ironsource", "unity"), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "gameanalytics.com": ("GameAnalytics", ("gameanalytics", "mobvista"), ("DK", "CN")),
    "luxand.cloud": ("Luxand", ("luxand",), ("US",)),
    "sumsub.com": ("Sumsub", ("sumsub", "sum and substance"), ("GB", "CY")),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "podtrac.com": ("Podtrac", ("podtrac",), ("US",)),
    "akamaihd.net": ("Akamai", ("akamai",), ("US",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(".")[-2:])


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
