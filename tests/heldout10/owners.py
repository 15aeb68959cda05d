"""True owners of the third-party destinations in set 10 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: company pages and
annual reports (ByteDance: Beijing; Volcengine is ByteDance's cloud arm; Megvii
Face++: Beijing; Yandex: Moscow, formerly Yandex N.V. in the Netherlands;
Mintegral: Mobvista group, Guangzhou / Singapore; Conviva: Foster City, CA;
Segment: Twilio, San Francisco; Google: Mountain View; Xiaomi: Beijing;
Sentry: Functional Software Inc., San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kuaibo"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "volceapplog.com": ("ByteDance", ("bytedance", "volcengine"), ("CN",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "yandexadexchange.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "autonavi.com": ("Alibaba (AutoNavi)", ("alibaba", "autonavi", "amap"), ("CN",)),
    "aliyuncs.com": ("Alibaba", ("alibaba", "aliyun"), ("CN",)),
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
