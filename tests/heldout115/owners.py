"""True owners of the third-party destinations in set 115 (for the attribution score).

The family's apps and their backends are fictional (`*.example`) and not scored.
Countries are headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Hikari Stream"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "reproio.com": ("Repro", ("repro",), ("JP",)),
    "karte.io": ("PLAID", ("plaid", "karte"), ("JP",)),
    "line.me": ("LY Corporation", ("line", "ly corporation"), ("JP",)),
    "adingo.jp": ("fluct", ("fluct", "voyage"), ("JP",)),  # fluct's ad server
    "fluct.jp": ("fluct", ("fluct", "voyage"), ("JP",)),
    "i-mobile.co.jp": ("i-mobile", ("i-mobile", "imobile"), ("JP",)),
    "trustdock.io": ("TRUSTDOCK", ("trustdock",), ("JP",)),
    "liquidinc.asia": ("Liquid", ("liquid",), ("JP",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "jma.go.jp": ("Japan Meteorological Agency", ("jma", "meteorological"), ("JP",)),
}


def registrable(host: str) -> str:
    parts = host.split(":")[0].split(".")
    if parts[-1] == "jp" and parts[-2] in ("co", "go", "ne", "or"):
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
