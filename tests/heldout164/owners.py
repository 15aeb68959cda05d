"""True owners of the third-party destinations in set 164 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tengyun Video"

_BYTEDANCE = ("ByteDance", ("bytedance", "pangle", "oceanengine", "toutiao"), ("CN",))
_TENCENT = ("Tencent", ("tencent",), ("CN",))
_GETUI = ("Getui (Zhejiang Meiri Interactive)", ("getui", "meiri", "每日互动"), ("CN",))
_ALIBABA = ("Alibaba Group", ("alibaba", "umeng", "amap", "autonavi"), ("CN",))

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "umeng.com": _ALIBABA,
    "amap.com": _ALIBABA,
    "getui.com": _GETUI,
    "igexin.com": _GETUI,
    "sensorsdata.cn": ("Sensors Data", ("sensors data", "sensorsdata", "神策"), ("CN",)),
    "talkingdata.com": (
        "TalkingData (Beijing Tendcloud Tianxia)",
        ("talkingdata", "tendcloud"),
        ("CN",),
    ),
    "pangolin-sdk-toutiao.com": _BYTEDANCE,
    "oceanengine.com": _BYTEDANCE,
    "qq.com": _TENCENT,
    "tencentcloudapi.com": _TENCENT,
    "alipay.com": ("Ant Group", ("ant group", "alipay", "ant financial"), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "qweather.com": ("QWeather", ("qweather", "和风"), ("CN",)),
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
