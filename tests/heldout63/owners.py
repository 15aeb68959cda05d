"""True owners of the real third-party destinations in set 63 (attribution score).

The apps and their own backends (hoso-catchup.jp, linearjp.io, ...) are
fictional and not scored. Countries are headquarters, from the vendors'
corporate pages / press releases: Adjust GmbH (Berlin; owned by AppLovin
since 2021, so either name is accepted), AppsFlyer (Herzliya / San Francisco),
AppLovin (Palo Alto), F@N Communications (nend, Tokyo), i-mobile Co., Ltd.
(Tokyo), FIVE Inc. (Tokyo; LINE / LY Corporation group since 2017), Repro
Inc. (Tokyo), TRUSTDOCK Inc. (Tokyo), LY Corporation (LINE, Tokyo), Google,
Functional Software (Sentry, San Francisco).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "HosoCatchup"

GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "nend.net": ("F@N Communications (nend)", ("nend", "f@n", "fan communications"), ("JP",)),
    "i-mobile.co.jp": ("i-mobile", ("i-mobile", "imobile"), ("JP",)),
    "fivecdm.com": ("FIVE (LY Corporation)", ("five", "line", "ly corp"), ("JP",)),
    "reproio.com": ("Repro", ("repro",), ("JP",)),
    "trustdock.io": ("TRUSTDOCK", ("trustdock",), ("JP",)),
    "line.me": ("LY Corporation (LINE)", ("line", "ly corp"), ("JP",)),
    "doubleclick.net": GOOGLE,
    "googleapis.com": GOOGLE,
    "gstatic.com": GOOGLE,
    "android.com": GOOGLE,
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
}

_SECOND_LEVEL = {"co.jp", "ne.jp", "or.jp", "go.jp", "ac.jp"}


def registrable(host: str) -> str:
    labels = host.split(":")[0].split(".")
    n = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL else 2
    return ".".join(labels[-n:])


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
