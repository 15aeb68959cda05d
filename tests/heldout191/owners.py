"""True owners of the third-party destinations in set 191 (for the attribution score).

The café's systems, Ji-woo's apps and their backends are fictional (`*.example`)
and not scored. Countries are headquarters.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "PCzone Hub"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
_NAVER = ("Naver", ("naver",), ("KR",))
_RIOT = ("Riot Games", ("riot",), ("US",))

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "airbridge.io": ("AB180", ("ab180", "airbridge"), ("KR",)),
    "kakao.com": ("Kakao", ("kakao",), ("KR",)),
    "naver.com": _NAVER,
    "pstatic.net": _NAVER,
    "twitch.tv": ("Twitch Interactive (Amazon)", ("twitch", "amazon"), ("US",)),
    "steampowered.com": ("Valve", ("valve", "steam"), ("US",)),
    "riotgames.com": _RIOT,
    "riotcdn.net": _RIOT,
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo",), ("CH",)),
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
