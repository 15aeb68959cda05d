"""True owners of the third-party destinations in set 73 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: the vendors'
own sites and filings (AppsFlyer: Israeli company, HQ San Francisco; Adjust:
Berlin, part of AppLovin since 2021; ADVANCE.AI: Advance Intelligence Group,
Singapore; FPT.AI: FPT Corporation, Hanoi; VNPT: Vietnam Posts and
Telecommunications Group, Hanoi; Pangle: ByteDance, Beijing (Pangle run from
Singapore); Samsung Electronics: Suwon; OPPO / HeyTap: Guangdong OPPO Mobile
Telecommunications, Dongguan; Zalo / Adtima: VNG Corporation, Ho Chi Minh
City; Sentry: Functional Software, San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "PhimViet+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "advance.ai": ("Advance Intelligence Group", ("advance",), ("SG",)),
    "fpt.ai": ("FPT Corporation", ("fpt",), ("VN",)),
    "vnpt.vn": ("VNPT", ("vnpt", "vietnam posts"), ("VN",)),
    "samsungacr.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloudsolution.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloudsolution.net": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungads.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungqbe.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "heytapmobile.com": ("OPPO", ("oppo", "heytap", "bbk"), ("CN",)),
    "coloros.com": ("OPPO", ("oppo", "heytap", "bbk"), ("CN",)),
    "adtimaserver.vn": ("VNG Corporation", ("vng", "zalo", "adtima"), ("VN",)),
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
