"""True owners of the third-party destinations in set 14 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters, two where the public record gives two. Sources: the companies'
own "about" / investor pages and annual reports (Amazon, Seattle; Twilio,
which bought Segment in 2020, San Francisco; Roku, San Jose; Megvii, Beijing,
owner of Face++; ironSource, Tel Aviv, merged into Unity, San Francisco, in
2022; Akamai, Cambridge MA; Functional Software (Sentry), San Francisco; the
OpenStreetMap Foundation, UK). a2z.com and media-amazon.com are registered to
Amazon Technologies (WHOIS).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Huddlecam"

_AMAZON = ("Amazon", ("amazon",), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "amazon.com": _AMAZON,
    "amazon-adsystem.com": _AMAZON,
    "amazonaws.com": _AMAZON,
    "media-amazon.com": _AMAZON,
    "a2z.com": _AMAZON,
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "roku.com": ("Roku", ("roku",), ("US",)),
    "faceplusplus.com": ("Megvii", ("megvii", "kuangshi", "face++", "faceplusplus"), ("CN",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "akamaihd.net": ("Akamai", ("akamai",), ("US",)),
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
