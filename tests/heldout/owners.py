"""Who really owns each destination the session talks to (major vendors only).

`match`: lower-case words of which one must appear in the finding's owner (or
parent) name; `countries`: acceptable headquarters countries (two where the
public record gives two, e.g. AppsFlyer: Israeli company, HQ San Francisco).
Hosts not listed here (the made-up example.com-style benign services, ad
exchanges without a clear owner) are not scored for attribution.
"""

from __future__ import annotations

from typing import Any

# registrable domain -> (owner, match words, acceptable HQ countries)
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "tiktokv.com": ("ByteDance", ("bytedance", "tiktok"), ("CN",)),
    "tiktokcdn.com": ("ByteDance", ("bytedance", "tiktok"), ("CN",)),
    "ibytedtos.com": ("ByteDance", ("bytedance", "tiktok"), ("CN",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "tiktok.com": ("ByteDance", ("bytedance", "tiktok"), ("CN",)),
    "facebook.com": ("Meta", ("meta", "facebook"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "youtube.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "ytimg.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "mparticle.com": ("mParticle", ("mparticle", "rokt"), ("US", "AU")),
    "omtrdc.net": ("Adobe", ("adobe",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "samba.tv": ("Samba TV", ("samba",), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
}

FIRST_PARTY = "ByteDance"


def registrable(host: str) -> str:
    parts = host.split(".")
    two = ".".join(parts[-2:])
    return two


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


OWNERS.update(
    {
        "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
        "yandex.net": ("Yandex", ("yandex",), ("RU", "NL")),
        "kochava.com": ("Kochava", ("kochava",), ("US",)),
        "singular.net": ("Singular", ("singular",), ("US",)),
    }
)
