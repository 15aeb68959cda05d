"""True owners of the third-party destinations in set 26 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (two where the public record gives two): Google, Amazon,
Microsoft, Unity, Sentry (US) from their annual reports / sites; AppsFlyer
(founded in Israel, HQ San Francisco); ironSource (Israeli, merged into Unity
in 2022); Mintegral (Mobvista, listed in Hong Kong, HQ Guangzhou / Singapore);
Pangle (ByteDance, Beijing).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Shashat"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "ironsrc.mobi": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
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
