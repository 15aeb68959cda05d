"""True owners of the third-party destinations in set 51 (for the attribution score).

The apps' own backends are fictional and not scored. Sources: Unity Software
10-K (San Francisco, US); Ocean Engine is ByteDance's ad platform (ByteDance
Ltd., Beijing, CN); Bugly is Tencent's (Shenzhen, CN); io.mi.com, miui.com and
xiaomi.com are Xiaomi (Beijing, CN); autonavi.com is AutoNavi / Amap (Alibaba, CN).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "HaoBang"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "oceanengine.com": (
        "ByteDance (Ocean Engine)",
        ("bytedance", "oceanengine", "ocean engine"),
        ("CN",),
    ),
    "qq.com": ("Tencent", ("tencent",), ("CN",)),
    "mi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "autonavi.com": ("AutoNavi (Alibaba)", ("autonavi", "alibaba", "amap"), ("CN",)),
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
