"""True owners of the third-party destinations in set 5 (for the attribution score).

The apps and their own backends are fictional and not scored. Countries are
headquarters; two where the public record gives two.
"""

from __future__ import annotations

from typing import Any

FIRST_PARTY = "Glint"

OWNERS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "live-video.net": ("Amazon (IVS)", ("amazon",), ("US",)),
    "bitmovin.com": ("Bitmovin", ("bitmovin",), ("AT", "US")),
    "doubleclick.net": ("Google", ("google", "alphabet"), ("US",)),
    "googleapis.com": ("Google", ("google", "alphabet"), ("US",)),
    "gstatic.com": ("Google", ("google", "alphabet"), ("US",)),
    "drmtoday.com": ("castLabs", ("castlabs",), ("DE",)),
    "sentry.io": ("Functional Software (Sentry)", ("sentry", "functional software"), ("US",)),
    "incodesmile.com": ("Incode Technologies", ("incode",), ("US",)),
    "withpersona.com": ("Persona Identities", ("persona",), ("US",)),
    "iproov.me": ("iProov", ("iproov",), ("GB",)),
    "twilio.com": ("Twilio", ("twilio",), ("US",)),
    "amplitude.com": ("Amplitude", ("amplitude",), ("US",)),
    "adjust.com": ("Adjust", ("adjust", "applovin"), ("DE", "US")),
    "pubnative.net": ("Verve Group", ("verve", "pubnative"), ("DE", "SE")),
    "yandexadexchange.net": ("Yandex", ("yandex",), ("RU", "NL")),
    "mail.ru": ("VK", ("vk", "mail.ru"), ("RU",)),
    "hicloud.com": ("Huawei", ("huawei",), ("CN",)),
    "amazon-adsystem.com": ("Amazon", ("amazon",), ("US",)),
    "inner-active.mobi": (
        "Digital Turbine",
        ("digital turbine", "fyber", "inneractive"),
        ("US", "IL"),
    ),
    "bidmachine.io": ("BidMachine (Appodeal)", ("bidmachine", "appodeal"), ("US",)),
    "moloco.com": ("Moloco", ("moloco",), ("US",)),
    "xiaomi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "mi.com": ("Xiaomi", ("xiaomi",), ("CN",)),
    "microsoft.com": ("Microsoft", ("microsoft",), ("US",)),
    "braze.eu": ("Braze", ("braze",), ("US",)),
    "mixpanel.com": ("Mixpanel", ("mixpanel",), ("US",)),
    "alphonso.tv": ("Alphonso (LG Ad Solutions)", ("alphonso", "lg"), ("US", "KR")),
    "lgsmartad.com": ("LG Ad Solutions (LG Electronics)", ("lg",), ("US", "KR")),
    "lgtvsdp.com": ("LG Electronics", ("lg",), ("KR",)),
    "lge.com": ("LG Electronics", ("lg",), ("KR",)),
    "tvinteractive.tv": ("Vizio (Inscape)", ("vizio", "inscape", "walmart"), ("US",)),
    "vizio.com": ("Vizio", ("vizio", "walmart"), ("US",)),
    "openstreetmap.org": ("OpenStreetMap Foundation", ("openstreetmap",), ("GB",)),
    "nr-data.net": ("New Relic", ("new relic",), ("US",)),
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
