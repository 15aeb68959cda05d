"""True owners of the third-party destinations in set 77 (for the attribution score).

The apps and their backends are fictional and not scored; Innovatrics DIS runs
on the bank's own domain (self-hosted), so it is not scored either. Countries
are headquarters, two where the public record gives two (company "about" pages
and press: Adjust, Berlin; AppsFlyer, Herzliya / San Francisco; CleverTap,
Mountain View / Mumbai; MoEngage, San Francisco / Bengaluru; Huawei, Shenzhen;
Uqudo, Dubai).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Mashahid"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "clevertap-prod.com": ("CleverTap", ("clevertap",), ("US", "IN")),
    "moengage.com": ("MoEngage", ("moengage",), ("US", "IN")),
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "uqudo.io": ("Uqudo", ("uqudo",), ("AE",)),
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
