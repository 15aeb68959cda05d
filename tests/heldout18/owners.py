"""True owners of the third-party destinations in set 18 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two. Sources: Piano acquired
AT Internet (Bordeaux, FR) in 2021, Piano Software HQ Philadelphia (piano.io
press release); Braze Inc. New York (braze.com/company); Segment is Twilio
(San Francisco); Nielsen Holdings New York; ironSource (Tel Aviv) merged into
Unity (San Francisco) in 2022; Mintegral is Mobvista's (Guangzhou / Singapore);
Sentry: Functional Software, San Francisco.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Fernsehmediathek"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "xiti.com": ("Piano (AT Internet)", ("piano", "at internet", "atinternet"), ("US", "FR")),
    "imrworldwide.com": ("Nielsen", ("nielsen",), ("US",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "supersonicads.com": ("ironSource", ("ironsource", "unity"), ("IL", "US")),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
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
