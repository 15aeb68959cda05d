"""True owners of the third-party destinations in set 59 (for the attribution score).

The apps and their backends are fictional and not scored. Countries are
headquarters, two where the public record gives two. Sources: the vendors'
own "about" / imprint pages and annual reports (AppsFlyer: Herzliya and San
Francisco; Adjust: Berlin, owned by AppLovin since 2021 but still named Adjust
GmbH; InMobi: Bengaluru and Singapore; Pangle: ByteDance; Kwai: Kuaishou
Technology, Beijing; unico / Acesso Digital: São Paulo; idwall: São Paulo;
CAF (Combate à Fraude): Porto Alegre; NPAW (Youbora): Barcelona; Microsoft:
Redmond; Google: Mountain View; Sentry: San Francisco; OSM Foundation: UK).
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Tela+"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "appsflyer.com": ("AppsFlyer", ("appsflyer",), ("IL", "US")),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "inmobi.com": ("InMobi", ("inmobi",), ("IN", "SG")),
    "pangle.io": ("ByteDance", ("bytedance", "pangle"), ("CN", "SG")),
    "kwai.com": ("Kuaishou", ("kuaishou", "kwai"), ("CN",)),
    "acesso.io": ("unico (Acesso Digital)", ("unico", "acesso"), ("BR",)),
    "idwall.co": ("idwall", ("idwall",), ("BR",)),
    "combateafraude.com": ("CAF", ("caf", "combate"), ("BR",)),
    "nice264.com": ("NPAW", ("npaw", "nice people", "youbora"), ("ES",)),
    "azure.com": ("Microsoft", ("microsoft",), ("US",)),
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
