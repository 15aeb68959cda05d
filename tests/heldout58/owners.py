"""True owners of the third-party destinations in set 58 (for the attribution score).

The apps and their backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: AppsFlyer (Israeli
company, HQ San Francisco), Adjust GmbH (Berlin; owned by AppLovin, US), AB180
Inc. (Airbridge, Seoul), Kakao Corp. (Jeju / Seongnam, KR: AdFit, kauth), NAVER
Corp. (Seongnam, KR; NAVER Cloud runs naveropenapi / ntruss.com), Samsung
Electronics (Suwon, KR: samsungacr, samsungcloudsolution, samsungads,
samsungapps; SmartThings Inc. is its US subsidiary), Google (US), Functional
Software (Sentry, US). From the companies' own about / imprint pages.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Pado"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "airbridge.io": ("AB180 (Airbridge)", ("ab180", "airbridge"), ("KR",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "daum.net": ("Kakao", ("kakao", "daum"), ("KR",)),
    "kakao.com": ("Kakao", ("kakao",), ("KR",)),
    "naver.com": ("NAVER", ("naver",), ("KR",)),
    "pstatic.net": ("NAVER", ("naver",), ("KR",)),
    "ntruss.com": ("NAVER Cloud", ("naver",), ("KR",)),
    "samsungacr.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloudsolution.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloudsolution.net": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungads.com": ("Samsung Electronics", ("samsung",), ("KR", "US")),
    "samsungapps.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsung.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "smartthings.com": (
        "Samsung Electronics (SmartThings)",
        ("samsung", "smartthings"),
        ("KR", "US"),
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
