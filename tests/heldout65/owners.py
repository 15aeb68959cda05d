"""True owners of the third-party destinations in set 65 (for the attribution score).

The apps and their backends (Kykmax, Gidiball, Vibez, Grace FM, Ubuntu Bank,
Kudipay, MyConnect, Gidi Rides) are fictional and not scored. Sources: company
"about" / legal pages and public filings (AppsFlyer: Tel Aviv / San Francisco;
Adjust: Berlin, part of AppLovin (US) since 2021; Unity Software: San Francisco;
Pangle: ByteDance, Beijing / Singapore entity; Smile ID (Smile Identity Inc.):
US-incorporated, Lagos / Cape Town ops; Youverify: Lagos; Dojah: Lagos;
Hisense: Qingdao; Sentry: San Francisco; Samsung: Suwon).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kykmax"

GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust (AppLovin)", ("adjust", "applovin"), ("DE", "US")),
    "unity3d.com": ("Unity Software", ("unity",), ("US",)),
    "pangle.io": ("Pangle (ByteDance)", ("pangle", "bytedance"), ("CN", "SG")),
    "doubleclick.net": GOOGLE,
    "gstatic.com": GOOGLE,
    "google-analytics.com": GOOGLE,
    "smileidentity.com": ("Smile ID", ("smile",), ("US", "NG")),
    "youverify.co": ("Youverify", ("youverify",), ("NG",)),
    "dojah.io": ("Dojah", ("dojah",), ("NG",)),
    "hismarttv.com": ("Hisense", ("hisense", "vidaa"), ("CN",)),
    "vidaahub.com": ("Hisense", ("hisense", "vidaa"), ("CN",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "samsungapps.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
}


def registrable(host: str) -> str:
    return ".".join(host.split(":")[0].split(".")[-2:])


def owner_label(host: str) -> dict[str, Any] | None:
    entry = OWNERS.get(registrable(host))
    if entry is None:
        return None
    name, match, countries = entry
    return {"name": name, "match": list(match), "countries": list(countries),
            "party": "first" if name == FIRST_PARTY else "third"}  # fmt: skip
