"""True owners of the third-party destinations in set 98 (for the attribution score).

The festival apps, streaming, podcast, bank, wearable and game backends are
fictional (example-style domains) and not scored. Countries are headquarters
(company sites / annual reports): Adjust GmbH, Berlin; Braze Inc., New York;
Segment, acquired by Twilio (San Francisco); Amazon (Seattle); Google (Mountain
View); NAVER Cloud (Seongnam, KR); Functional Software / Sentry (San Francisco);
Apple (Cupertino); NAVER Corp (map.pstatic.net is NAVER's static CDN).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Seaside Film Festival"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "braze.com": ("Braze", ("braze",), ("US",)),
    "segment.io": ("Twilio (Segment)", ("segment", "twilio"), ("US",)),
    "amazonaws.com": ("Amazon", ("amazon",), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "ntruss.com": ("NAVER Cloud", ("naver",), ("KR",)),
    "ncloud.com": ("NAVER Cloud", ("naver",), ("KR",)),
    "pstatic.net": ("NAVER", ("naver",), ("KR",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
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
