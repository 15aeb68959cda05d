"""True owners of the real third-party destinations in set 159.

The family's apps (Snipz, Lootcast, Vibeloop, Otakuflix, PuckDrop, Loonie, Gymrat)
are fictional and live on `*.example`; only the SDK and vendor hosts are scored.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Snipz"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "snapar.com": ("Snap Inc.", ("snap",), ("US",)),
    "snapchat.com": ("Snap Inc.", ("snap",), ("US",)),
    "tiktok.com": ("ByteDance (TikTok)", ("bytedance", "tiktok"), ("CN", "SG")),
    "twitch.tv": ("Twitch (Amazon)", ("twitch", "amazon"), ("US",)),
    "ttvnw.net": ("Twitch (Amazon)", ("twitch", "amazon"), ("US",)),
    "youtube.com": _GOOGLE,
    "doubleclick.net": _GOOGLE,
    "googleapis.com": _GOOGLE,
    "google-analytics.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "app-measurement.com": _GOOGLE,
    "braze.com": ("Braze", ("braze",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "bitmovin.com": ("Bitmovin", ("bitmovin",), ("AT", "US")),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
    "roku.com": ("Roku", ("roku",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "appsflyersdk.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "gc.ca": ("Government of Canada", ("canada", "environment"), ("CA",)),
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
