"""True owners of the third-party destinations in set 144 (for the attribution score).

The apps and their backends are fictional (`*.example`) and not scored. Countries
are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Dramaon"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adbrix.io": ("IGAWorks", ("igaworks", "adbrix"), ("KR",)),
    "airbridge.io": ("AB180", ("ab180", "airbridge"), ("KR",)),
    "app-measurement.com": ("Google", ("google", "alphabet", "firebase"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "kakao.com": ("Kakao", ("kakao",), ("KR",)),
    "pstatic.net": ("NAVER", ("naver",), ("KR",)),
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
