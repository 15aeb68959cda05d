"""True owners of the third-party destinations in set 171 (for the attribution score).

The apps and their own backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Dalbit TV"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
_SAMSUNG = ("Samsung Electronics", ("samsung",), ("KR",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "airbridge.io": ("AB180 (Airbridge)", ("ab180", "airbridge"), ("KR",)),
    "hackle.io": ("Hackle", ("hackle",), ("KR",)),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "youtube.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "ytimg.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "ntruss.com": ("NAVER Cloud", ("naver",), ("KR",)),
    "naver.com": ("NAVER", ("naver",), ("KR",)),
    "pstatic.net": ("NAVER", ("naver",), ("KR",)),
    "kakao.com": ("Kakao", ("kakao",), ("KR",)),
    "kakaocdn.net": ("Kakao", ("kakao",), ("KR",)),
    # Samsung TV ACR is run by Samsung Ads, Samsung Electronics' ad unit based in the US
    "samsungacr.com": ("Samsung Electronics (Samsung Ads)", ("samsung",), ("KR", "US")),
    "samsungcloudsolution.com": _SAMSUNG,
    # SmartThings, Inc. (Mountain View) is Samsung Electronics' subsidiary since 2014
    "smartthings.com": (
        "SmartThings (Samsung Electronics)",
        ("smartthings", "samsung"),
        ("US", "KR"),
    ),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
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
