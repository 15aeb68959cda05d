"""True owners of the third-party destinations in set 16 (for the attribution score).

Sources: Google / YouTube / DoubleClick / Firebase / gstatic / googleusercontent
are Alphabet's (US); Amazon Rekognition is Amazon Web Services (US); Yoti Ltd is
headquartered in London (GB) per its own site; Sentry is Functional Software
Inc. (San Francisco, US). The apps and their backends are fictional and not scored.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Driftline"

_GOOGLE = ("Google", ("google", "alphabet"), ("US",))
OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "youtube.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "ytimg.com": ("Google", ("google", "alphabet", "youtube"), ("US",)),
    "doubleclick.net": _GOOGLE,
    "googleapis.com": _GOOGLE,
    "gstatic.com": _GOOGLE,
    "googleusercontent.com": _GOOGLE,
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
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
