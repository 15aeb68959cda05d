"""True owners of the third-party destinations in set 69 (for the attribution score).

The apps' own backends (qiyu-video.cn, kuaipai.cn, yunyin-music.cn, tingshu-fm.cn,
huyu.tv, jinyunpay.com.cn, jiaju-cam.com.cn, xiaoyun-ai.cn) are fictional and not
scored. Sources (company sites / annual reports / Wikipedia): Tencent (Shenzhen),
Baidu (Beijing), Megvii (Beijing), Alibaba Cloud, AutoNavi (Alibaba) and Umeng
(Alibaba since 2013), Xiaomi (Beijing), Volcano Engine and Pangle (ByteDance,
Beijing), Sensors Data (神策数据, Beijing), GrowingIO (Beijing), Aurora Mobile /
JPush (极光, Shenzhen; Nasdaq JG), Getui (每日互动, Hangzhou), iFlytek (Hefei),
Sina (Beijing).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Qiyu Video"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "qq.com": ("Tencent", ("tencent",), ("CN",)),
    "tencentcloudapi.com": ("Tencent", ("tencent",), ("CN",)),
    "baidubce.com": ("Baidu", ("baidu",), ("CN",)),
    "megvii.com": ("Megvii", ("megvii", "kuangshi", "face++"), ("CN",)),
    "aliyuncs.com": ("Alibaba", ("alibaba", "aliyun"), ("CN",)),
    "alicdn.com": ("Alibaba", ("alibaba",), ("CN",)),
    "amap.com": ("Alibaba (AutoNavi)", ("alibaba", "autonavi", "amap"), ("CN",)),
    "autonavi.com": ("Alibaba (AutoNavi)", ("alibaba", "autonavi", "amap"), ("CN",)),
    "umeng.com": ("Alibaba (Umeng)", ("alibaba", "umeng"), ("CN",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "mi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "miui.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "volces.com": ("ByteDance (Volcano Engine)", ("bytedance", "volcano"), ("CN",)),
    "pangolin-sdk-toutiao.com": ("ByteDance (Pangle)", ("bytedance", "pangle"), ("CN",)),
    "sensorsdata.cn": ("Sensors Data", ("sensors",), ("CN",)),
    "growingio.com": ("GrowingIO", ("growingio",), ("CN",)),
    "jpush.cn": ("Aurora Mobile (JPush)", ("aurora", "jpush", "jiguang"), ("CN",)),
    "getui.com": ("Getui (Daily Interactive)", ("getui", "daily interactive", "meiri"), ("CN",)),
    "xf-yun.com": ("iFlytek", ("iflytek", "xunfei"), ("CN",)),
    "sinajs.cn": ("Sina", ("sina", "weibo"), ("CN",)),
}

_SECOND_LEVEL = ("com.cn", "net.cn", "org.cn")


def registrable(host: str) -> str:
    """The registrable domain, keeping China's second-level suffixes whole."""
    parts = host.split(":")[0].split(".")
    if ".".join(parts[-2:]) in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


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
