"""The smart TV in the Lagos living room (a fictional Ìràwọ̀ brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched), the viewing information the FTC described for
smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own English.
The TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. An older
firmware sends positional rows keyed by an MD5 of the serial. Home rails, the
app store and "trending in Nigeria" shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.irawo-tv.example"
ACR = "https://acr.irawo-tv.example"
UA = "IrawoTV/6.4 (Linux; Android TV 11; IRW-50Q)"
CHANNELS = [
    "Africa Magic Yoruba",
    "Galaxy TV",
    "Channels TV",
    "TVC",
    "NTA",
    "SuperSport",
    "YouTube",
]
PROGRAMMES = [
    "Channels Newsnight",
    "Big Brother Naija",
    "Jenifa's Diary",
    "Ìṣẹ̀lẹ̀ Òde Òní",
    "Super Eagles vs Black Stars",
    "Owo Blow",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "irawo-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "IRW-50Q",
            "country": "NG",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/fingerprint/matches")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"ir{c.rng.randint(10**6, 10**7)}",
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
    b = FB(c, "irawo-tv", "POST", f"{ACR}/u")
    b.header("user-agent", "irw-acr/1.8")
    k = b.id("tv_serial", "md5", "json s", detectable=False)
    b.view("json m[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "m": rows})
    b.no_content()
    return b.build()


def insights(c: Context) -> Flow:
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


def status_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "Spectranet-4G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=yo")
    b.ok_json(
        {
            "rails": [
                {"title": "A dábàá fún ọ", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Fíìmù", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
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
                {"title": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def store_demo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/retail/demo-units?city=lagos")
    b.decoy("the showroom's demo TVs with their serials (a shop's equipment, not this TV)")
    b.ok_json(
        {
            "showrooms": [
                {
                    "store": s,
                    "demoSerial": f"0{c.rng.randint(10, 99)}RC{rid(c.rng)[:7].upper()}",
                    "model": "IRW-65Q",
                }
                for s in ("Ikeja City Mall", "The Palms Lekki", "Jabi Lake Mall")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
