"""The smart TV in the Cairo living room (a fictional Nour brand) with automatic
content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched per programme), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own. The TV is identified by an ACR id, its serial
and its Wi-Fi MAC. An older firmware sends positional rows under an MD5 of the
MAC. The home rails, the app store and the "trending in Egypt" shares are
content fetches; the remote's key presses are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.nour-tv.example"
ACR = "https://acr.nour-tv.example"
UA = "NourTV/5.1 (Linux; Android TV 11; NR-55Q7)"
CHANNELS = ["MBC Masr", "ON", "CBC", "DMC", "Nile Drama", "Netflix", "YouTube", "beIN Sports"]
PROGRAMMES = [
    "El Hekaya ma3a Amr Adib",
    "Al Hashashin - الحلقة 12",
    "Ramez Gawa El Sendou2",
    "Al Ahly x Zamalek",
    "Sahebet El Sa3ada",
    "Nashrat El Akhbar",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nour-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "NR-55Q7",
            "country": "EG",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"nr{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "HDMI2", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "nour-tv", "POST", f"{ACR}/m")
    b.header("user-agent", "nr-acr/1.3")
    k = b.id("tv_mac", "md5", "json h", detectable=False)
    b.view("json v[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"h": k, "v": rows})
    b.no_content()
    return b.build()


def watched_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/viewing/recent?days=7")
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


def network_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "WE_F8A2C1", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=ar")
    b.ok_json(
        {
            "rails": [
                {"title": "مقترح لك", "items": [f"app_{i}" for i in range(6)]},
                {"title": "أفلام", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=EG")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.decoy("app catalogue with product serials / version codes")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1), "versionCode": c.rng.randint(100, 9000)}
                for a in ("youtube", "netflix", "watchit", "shahid", "mosalsalaty")
            ],
            "firmwareSerialRange": "NR55Q7-2024-A",
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
