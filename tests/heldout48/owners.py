"""True owners of the third-party destinations in set 48 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters as given on each vendor's own site / public company record
(Google: abc.xyz; Unity: unity.com; Pangle: ByteDance, pangleglobal.com (SG
entity), Mintegral: Mobvista filings (CN); Vungle / Liftoff: liftoff.io (US);
ADVANCE.AI: advance.ai (SG); Sentry: sentry.io; OpenStreetMap Foundation).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "NontonKu"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "google-analytics.com": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity Technologies", ("unity",), ("US",)),
    "pangle.io": ("ByteDance (Pangle)", ("bytedance", "pangle"), ("SG", "CN")),
    "rayjump.com": ("Mintegral (Mobvista)", ("mintegral", "mobvista"), ("CN", "SG")),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "advance.ai": ("ADVANCE.AI", ("advance.ai", "advance intelligence"), ("SG",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
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
