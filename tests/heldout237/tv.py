"""The smart TV in the Ludhiana living room (a fictional Chanan brand) with
automatic content recognition (ACR).

The TV fingerprints what is on screen (DTH input over HDMI, apps, the tuner)
and reports the matches (content id, channel, start, seconds watched), the
viewing information the FTC described for smart-TV ACR (FTC v. VIZIO, 2017);
field names are the vendor's own. The TV is identified by its ACR id, its
serial and its Wi-Fi MAC. An older firmware sends positional rows keyed by an
MD5 of the Wi-Fi MAC. Home rails, the app store and the "trending in Punjab"
shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.chanantv.example"
ACR = "https://acr.chanantv.example"
UA = "ChananTV/5.4 (Linux; Android TV 12; CH-50QX)"
CHANNELS = ["PTC Punjabi", "Zee Punjabi", "DD Punjabi", "PTC News", "Colors", "YouTube", "Netflix"]
PROGRAMMES = [
    "Gurbani Kirtan (live, Sri Harmandir Sahib)",
    "PTC Voice of Punjab",
    "Khabran 9 vaje",
    "Mitran Da Naa Chalda (film)",
    "Pro Kabaddi: Punjab vs Haryana",
    "Jatt & Juliet 3",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "chanan-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "CH-50QX",
            "country": "IN",
            "viewingDataConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/fingerprint/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"cn{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "chanan-tv", "POST", f"{ACR}/u")
    b.header("user-agent", "chanan-acr/1.6")
    k = b.id("tv_mac", "md5_of_nosep", "json h", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"h": k, "r": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/continue?days=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "SANDHU_5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=pa")
    b.ok_json(
        {
            "rails": [
                {"title": "Tuhade layi", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Filman", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?region=PB")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "share": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "INPUT"]), "t": ms(c)})
    b.no_content()
    return b.build()
