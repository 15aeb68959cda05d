"""True owners of the third-party destinations in set 30 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, two where the public record gives two: FaceTec Inc. (Las Vegas,
US; facetec.com/about), ADVANCE.AI (Advance Intelligence Group, Singapore;
advance.ai), Amazon Web Services (Seattle, US), Tencent Cloud (Shenzhen, CN),
AppLovin (Palo Alto, US), Pangle (ByteDance, Beijing, CN), Mintegral (Mobvista,
Guangzhou CN / Singapore), Liftoff-Vungle (Redwood City, US), AppsFlyer (Herzliya
IL / San Francisco US), NPAW Youbora (Barcelona, ES; npaw.com), Sentry (San
Francisco, US), OpenStreetMap Foundation (GB).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "LakornPlus"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "facetec.com": ("FaceTec", ("facetec",), ("US",)),
    "advance.ai": ("ADVANCE.AI", ("advance",), ("SG",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "tencentcloudapi.com": ("Tencent", ("tencent",), ("CN",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "youborafds01.com": ("NPAW (Youbora)", ("npaw", "youbora", "nice people"), ("ES",)),
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
