"""True owners of the third-party destinations in set 13 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company sites / filings); two where the public record gives two:
Google (Alphabet, Mountain View), Amazon (Seattle; Twitch Interactive runs the
IVS video network live-video.net), Microsoft (Redmond), Liftoff / Vungle
(Redwood City), ByteDance (Pangle; Beijing, with Pangle run from Singapore),
Digital Turbine (Austin; acquired Fyber / Inneractive, Israel, 2021), Mux (San
Francisco), Conviva (Foster City), Twilio / Segment (San Francisco), Sentry
(Functional Software, San Francisco), OpenStreetMap Foundation (UK), Open-Meteo
(Switzerland).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Flashpix"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "android.com": ("Google", ("google", "alphabet"), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "live-video.net": ("Amazon (Twitch Interactive)", ("amazon", "twitch"), ("US",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "pangle.io": ("ByteDance", ("bytedance", "pangle", "tiktok"), ("CN", "SG")),
    "inner-active.mobi": (
        "Digital Turbine (Fyber)",
        ("digital turbine", "fyber", "inneractive", "inner-active"),
        ("US", "IL"),
    ),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "open-meteo.com": ("Open-Meteo", ("open-meteo", "open meteo"), ("CH",)),
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
