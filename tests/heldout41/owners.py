"""True owners of the third-party destinations in set 41 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters as the companies' own "about" / investor pages and annual reports
state them; two where the public record gives two (Unity: San Francisco, with
its ads business founded in Copenhagen as Unity Technologies ApS; Gemius:
Warsaw; Kantar: London; Mux: San Francisco; Triton Digital: Los Angeles, owned
by iHeartMedia since 2021; Liftoff (merged with Vungle 2021): Redwood City).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Kanal Nord"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US", "DK")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "vungle.com": ("Liftoff (Vungle)", ("vungle", "liftoff"), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "litix.io": ("Mux", ("mux",), ("US",)),
    "gemius.pl": ("Gemius", ("gemius",), ("PL",)),
    "tns-cs.net": ("Kantar", ("kantar", "tns"), ("GB",)),
    "streamtheworld.com": ("Triton Digital", ("triton", "iheart"), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "met.no": ("Norwegian Meteorological Institute", ("meteorolog", "met norway"), ("NO",)),
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
