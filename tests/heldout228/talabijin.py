"""The smart TV in the Kano living room (a fictional Sahara brand) with automatic
content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched per programme), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's
own. The TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. An
older firmware sends positional rows keyed by a SHA-1 of the Wi-Fi MAC. The
home-screen rails, the app store and the "trending in Nigeria" shares are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.sahara-tv.example"
ACR = "https://acr.sahara-tv.example"
UA = "SaharaTV/5.1 (Linux; Android TV 11; SH-50QA)"
CHANNELS = ["Arewa24", "AIT", "NTA Kano", "Channels TV", "Africa Magic Hausa", "YouTube", "Kallo"]
PROGRAMMES = [
    "Dadin Kowa",
    "Labarina",
    "Kwana Casa'in",
    "Labaran Duniya",
    "Super Eagles vs Black Stars",
    "Gidan Badamasi",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahara-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "SH-50QA",
            "country": "NG",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing")
    b.header("x-acr-psid", b.id("tv_psid", where="header x-acr-psid"))
    b.view("json segments[] (ACR content matches with watch seconds)")
    b.json(
        {
            "segments": [
                {
                    "contentId": f"sx{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "start": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI2", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "sahara-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "sx-acr/1.4")
    k = b.id("tv_mac", "sha1", "json i", detectable=False)
    b.view("json f[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"i": k, "f": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/continue")
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
                for _ in range(4)
            ]
        }
    )
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "lower", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "wifi", "macAddress": mac, "ssid": "MTN-5G-KANO", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=ha")
    b.ok_json(
        {
            "rails": [
                {"title": "Shawarwari", "items": [f"app_{i}" for i in range(6)]},
                {
                    "title": "Fina-finai",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)],
                },
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=NG")
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


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "kallo", "showmax", "arewa24")
            ]
        }
    )
    return b.build()
