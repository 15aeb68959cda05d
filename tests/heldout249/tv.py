"""The smart TV in the Ahmedabad living room (a fictional Akash brand, Android
TV based) with automatic content recognition (ACR).

The TV fingerprints what is on screen, whatever the input (the cable box on
HDMI, its own apps), and reports the matches: channel, programme, when, and
seconds watched, the viewing information the FTC described for smart-TV ACR
(FTC v. VIZIO, 2017). Field names are the vendor's own. The TV is known to
its cloud by an ACR id, its serial, its Wi-Fi MAC and a resettable TV
advertising id (`ifa`, with `ifa_type`), which its ad server also receives.
An older ACR client sends positional rows keyed by a SHA-1 of the serial. The
home rails, the app store, "trending in Gujarat" audience shares and key
presses of the remote are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ist, ms, rf, rid

API = "https://cloud.akashtv.example"
ACR = "https://acr.akashtv.example"
ADS = "https://ads.akashtv.example"
UA = "AkashTV/5.4 (Linux; Android TV 12; AK-55QU7)"
CHANNELS = [
    "Colors Gujarati",
    "TV9 Gujarati",
    "GSTV",
    "DD Girnar",
    "Zee 24 Kalak",
    "ABP Asmita",
    "Star Sports 1 Hindi",
]
PROGRAMMES = [
    "Garba Mahotsav Live - Vadodara",
    "Aapni Vaat",
    "Samachar 9 PM",
    "Gujarati Film: Kevi Rite Jaish",
    "Rangilo Gujarat",
    "IPL Highlights",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "akash-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "ifa": b.id("tv_ifa", where="json ifa"),
            "ifaType": "akif",
            "model": "AK-55QU7",
            "country": "IN",
            "viewingDataConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_matches(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("gzip json matches[] channel / programme / watchedSec (ACR)")
    b.json(
        {
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "source": c.rng.choice(["HDMI1", "HDMI1", "APP"]),
                    "startedAt": ist(c.now - 1200),
                    "watchedSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
            "fw": "5.4.118",
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "akash-tv", "POST", f"{ACR}/x")
    b.header("user-agent", "akacr/1.3")
    k = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json r[] positional rows", detectable=False)
    rows = [
        [c.rng.randint(100, 999), ms(c) - c.rng.randint(0, 10**6), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "r": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/recent?days=7")
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    b.view("response json recentlyWatched[]", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "programme": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": ist(c.now - c.rng.randint(3600, 6 * 86400)),
                    "minutes": c.rng.randint(5, 150),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def ad_request(c: Context) -> Flow:
    b = _b(c, "GET", f"{ADS}/v1/home-banner")
    b.param("ifa", b.id("tv_ifa", where="query ifa"))
    b.param("ifa_type", "akif")
    b.param("lmt", "0")
    b.param("model", "AK-55QU7")
    b.param("cb", str(c.rng.randint(10**8, 10**9)))
    b.ok_json({"creative": f"https://ads.akashtv.example/c/{new_hex(c.rng, 16)}.jpg", "ttl": 600})
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "PATEL-HOME-5G", "rssi": -c.rng.randint(40, 75)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=gu")
    b.ok_json(
        {
            "rails": [
                {"title": "ભલામણ", "items": [f"app_{i}" for i in range(6)]},
                {
                    "title": "ગુજરાતી ફિલ્મો",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?region=GJ")
    b.decoy("aggregate audience shares per programme (not one household)")
    b.ok_json(
        {
            "trending": [
                {"programme": p, "channel": ch, "audienceShare": rf(c.rng, 1, 25, 1)}
                for p, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "rangmanchplus", "jiocinema", "dhun", "prime")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ota/check?model=AK-55QU7&fw=5.4.118")
    b.decoy("firmware checksum and request id")
    b.ok_json({"latest": "5.4.121", "sha256": new_hex(c.rng, 64), "request": rid(c.rng)})
    return b.build()
