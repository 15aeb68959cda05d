"""True owners of the third-party destinations in set 44 (for the attribution score).

The apps and their backends are fictional and not scored. Sources: Huawei
(Shenzhen, CN) owns hicloud.com / dbankcloud.com (HMS Core, Ads Kit);
ByteDance owns Pangle (pangle.io; Pangle's site names Bytedance Pte. Ltd.,
Singapore, parent in Beijing); Mintegral (rayjump.com) is Mobvista's,
HQ Guangzhou with Singapore operations; Unity Software (unity3d.com), San
Francisco; Megvii (faceplusplus.com; legal name Beijing Kuangshi Technology
Co., Ltd.), Beijing; Microsoft (Azure Face, cognitive.microsoft.com),
Redmond; NPAW (Youbora, youboranqs01.com), Barcelona.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Sahra"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "huawei.com": ("Huawei", ("huawei",), ("CN",)),
    "dbankcloud.com": ("Huawei", ("huawei",), ("CN",)),
    "dbankcloud.cn": ("Huawei", ("huawei",), ("CN",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "youboranqs01.com": ("NPAW", ("npaw", "nice people at work", "youbora"), ("ES",)),
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
