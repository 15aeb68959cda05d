"""True owners of the third-party destinations in set 87 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters (company sites / Wikipedia "headquarters"); two where the public
record gives two. AT Internet (xiti.com) is Piano since 2021 (Piano: US); Onfido
was bought by Entrust (US) in 2024, HQ of Onfido itself London; Yoti: London;
Médiamétrie: Paris; Batch: Paris; Adjust: Berlin (AppLovin, US); MeteoSwiss: Zurich.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Ecran Public"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "app-measurement.com": ("Google", ("google", "alphabet"), ("US",)),
    "batch.com": ("Batch", ("batch",), ("FR",)),
    "estat.com": ("Médiamétrie", ("mediametrie", "médiamétrie"), ("FR",)),
    "xiti.com": ("Piano (AT Internet)", ("piano", "at internet"), ("US", "FR")),
    "onfido.com": ("Onfido (Entrust)", ("onfido", "entrust"), ("GB", "US")),
    "yoti.com": ("Yoti", ("yoti",), ("GB",)),
    "samsungacr.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloudsolution.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungads.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungiotcloud.com": ("Samsung Electronics", ("samsung",), ("KR",)),
    "samsungcloud.tv": ("Samsung Electronics", ("samsung",), ("KR",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "apple.com": ("Apple", ("apple",), ("US",)),
    "configcat.com": ("ConfigCat", ("configcat",), ("HU",)),
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
