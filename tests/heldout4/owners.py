"""True owners of the third-party destinations in set 4 (for the attribution score).

The nine apps and their own backends are fictional and not scored. Countries
are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kwik Video"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "audioscrobbler.com": (
        "Last.fm (Paramount)",
        ("last.fm", "lastfm", "paramount", "cbs"),
        ("GB", "US"),
    ),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "onesignal.com": ("OneSignal", ("onesignal",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "scorecardresearch.com": ("comScore", ("comscore",), ("US",)),
    "youborafds01.com": ("NPAW (Nice People at Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "edgekey.net": ("Akamai", ("akamai",), ("US",)),
    "akamaized.net": ("Akamai", ("akamai",), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "snapchat.com": ("Snap", ("snap",), ("US",)),
    "bitmoji.com": ("Snap", ("snap", "bitmoji"), ("US",)),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googlesyndication.com": ("Google", ("google", "alphabet"), ("US",)),
    "google.com": ("Google", ("google", "alphabet"), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "deepar.ai": ("DeepAR", ("deepar",), ("GB", "SI")),
    "perfectcorp.com": ("Perfect Corp.", ("perfect",), ("TW", "KY")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "rubiconproject.com": ("Magnite", ("magnite", "rubicon"), ("US",)),
    "pubmatic.com": ("PubMatic", ("pubmatic",), ("US",)),
    "criteo.com": ("Criteo", ("criteo",), ("FR",)),
    "ogury.io": ("Ogury", ("ogury",), ("GB", "FR")),
    "tapjoy.com": ("Tapjoy (Unity)", ("tapjoy", "unity"), ("US",)),
    "chartboost.com": ("Chartboost (Zynga)", ("chartboost", "zynga", "take-two"), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "mapbox.com": ("Mapbox", ("mapbox",), ("US",)),
    "samba.tv": ("Samba TV", ("samba",), ("US",)),
    "roku.com": ("Roku", ("roku",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
