"""True owners of the third-party destinations in set 141 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Marquee+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "braze.com": ("Braze", ("braze", "appboy"), ("US",)),
    "mparticle.com": ("mParticle (Rokt)", ("mparticle", "rokt"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "kochava.com": ("Kochava", ("kochava",), ("US",)),
    "singular.net": ("Singular Labs", ("singular",), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "supersonicads.com": ("Unity (ironSource)", ("ironsource", "unity"), ("IL", "US")),
    "unityads.unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "scorecardresearch.com": ("Comscore", ("comscore", "scorecard"), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "onetrust.com": ("OneTrust", ("onetrust",), ("US",)),
    "cookielaw.org": ("OneTrust", ("onetrust", "cookielaw"), ("US",)),
    "roku.com": ("Roku", ("roku",), ("US",)),
    "samba.tv": ("Samba TV", ("samba",), ("US",)),
    "amazon-adsystem.com": ("Amazon", ("amazon",), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "weather.gov": ("US National Weather Service", ("weather.gov", "noaa", "nws"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
}


def registrable(host: str) -> str:
    host = host.split(":")[0]
    for suffix in ("unityads.unity3d.com",):
        if host.endswith(suffix):
            return suffix
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
