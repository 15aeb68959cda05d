"""True owners of the third-party destinations in set 54 (for the attribution score).

The apps and their own backends (example.* hosts) are fictional and not scored.
Countries are headquarters, two where the public record gives two. Sources:
the companies' own "about" / legal pages and their privacy policies (data
controller addresses): Incode Technologies (San Francisco; founded in Mexico),
MetaMap (San Francisco), Truora Inc. (founded in Bogota; US parent), NPAW /
Nice People At Work (Barcelona), Conviva (Foster City), Kochava (Sandpoint,
Idaho), Branch Metrics (Mountain View), Unity Technologies (San Francisco),
Mintegral (Mobvista group: Guangzhou / Singapore), Pangle (ByteDance),
InMobi (Bengaluru / Singapore), Alphonso Inc. (LG Ad Solutions, LG
Electronics' US subsidiary), LG Electronics (Seoul).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Golazo"

LG = ("LG Electronics", ("lg electronics", "lg "), ("KR",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "incodesmile.com": ("Incode Technologies", ("incode",), ("US", "MX")),
    "metamap.com": ("MetaMap", ("metamap", "mati"), ("US", "MX")),
    "truora.com": ("Truora", ("truora",), ("CO", "US")),
    "youboranqs01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "youborafds01.com": ("NPAW (Nice People At Work)", ("npaw", "nice people", "youbora"), ("ES",)),
    "conviva.com": ("Conviva", ("conviva",), ("US",)),
    "kochava.com": ("Kochava", ("kochava",), ("US",)),
    "branch.io": ("Branch Metrics", ("branch",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "rayjump.com": ("Mintegral", ("mintegral", "mobvista"), ("CN", "SG")),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "alphonso.tv": ("Alphonso (LG Ad Solutions)", ("alphonso", "lg"), ("US", "KR")),
    "lgsmartad.com": LG,
    "lgtvsdp.com": LG,
    "lge.com": LG,
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
