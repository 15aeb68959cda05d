"""True owners of the third-party destinations in set 138 (for the attribution score).

The apps' own backends are fictional (`*.example`) and not scored. Countries are
headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Veillée+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "frame.io": ("Adobe (Frame.io)", ("adobe", "frame.io", "frameio"), ("US",)),
    "blackmagicdesign.com": ("Blackmagic Design", ("blackmagic",), ("AU",)),
    "transistor.fm": ("Transistor", ("transistor",), ("US",)),
    "deepgram.com": ("Deepgram", ("deepgram",), ("US",)),
    "pond5.com": ("Pond5 (Shutterstock)", ("pond5", "shutterstock"), ("US",)),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "adjust.com": ("Adjust", ("adjust",), ("DE",)),
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
