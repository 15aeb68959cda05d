"""True owners of the third-party destinations in set 12 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company sites / annual reports); two where the public record
gives two. Alphonso is LG Electronics' US subsidiary (majority stake 2021),
renamed LG Ad Solutions, which runs lgsmartad.com; Chartboost belongs to Zynga,
itself part of Take-Two; Fyber is part of Digital Turbine (Austin, Texas);
OverDrive (Cleveland, Ohio) runs Libby.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Owlet Reads"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "omtrdc.net": ("Adobe", ("adobe",), ("US",)),
    "scorecardresearch.com": ("Comscore", ("comscore", "scorecard"), ("US",)),
    "applovin.com": ("AppLovin", ("applovin",), ("US",)),
    "unity3d.com": ("Unity", ("unity",), ("US",)),
    "chartboost.com": ("Chartboost", ("chartboost", "zynga", "take-two"), ("US",)),
    "inner-active.mobi": (
        "Digital Turbine (Fyber)",
        ("digital turbine", "fyber", "inneractive"),
        ("US", "IL"),
    ),
    "moloco.com": ("Moloco", ("moloco",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "lgappstv.com": ("LG Electronics", ("lg",), ("KR",)),
    "lgsmartad.com": ("LG Ad Solutions (LG Electronics)", ("lg",), ("US", "KR")),
    "alphonso.tv": ("Alphonso (LG Electronics)", ("alphonso", "lg"), ("US", "KR")),
    "samba.tv": ("Samba TV", ("samba",), ("US",)),
    "libbyapp.com": ("OverDrive", ("overdrive", "libby"), ("US",)),
    "overdrive.com": ("OverDrive", ("overdrive",), ("US",)),
    "od-cdn.com": ("OverDrive", ("overdrive",), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "mzstatic.com": ("Apple", ("apple",), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
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
