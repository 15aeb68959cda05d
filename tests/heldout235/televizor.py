"""The smart TV in the Bratislava living room (a fictional Tatravízia brand)
with automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched per programme), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's
own. The TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. An
older firmware sends positional rows keyed by a SHA-1 of the serial. Home
screen rails, the app store and "trending in Slovakia" shares are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.tatravizia-tv.example"
ACR = "https://acr.tatravizia-tv.example"
UA = "TatraviziaTV/5.1 (Linux; Android TV 12; TV-55Q9)"
CHANNELS = ["Markíza", "JOJ", "Jednotka", "Dvojka", "TA3", "Netflix", "YouTube", "Voyo"]
PROGRAMMES = [
    "Televízne noviny",
    "Krimi",
    "Milujem Slovensko",
    "Let's Dance",
    "Niké liga: Slovan - Spartak",
    "Reportéri",
    "Duel",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tatravizia-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "psid": b.id("smarttv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "TV-55Q9",
            "country": "SK",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("smarttv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-tv-psid", b.id("smarttv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR content matches)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"tv{c.rng.randint(10**6, 10**7)}",
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
    b = FB(c, "tatravizia-tv", "POST", f"{ACR}/f")
    b.header("user-agent", "tv-acr/3.0")
    k = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json f[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "f": rows})
    b.no_content()
    return b.build()


def recently(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/recent?days=7")
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


def network(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "Kovac-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=sk")
    b.ok_json(
        {
            "rails": [
                {"title": "Odporúčané", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Filmy", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=SK")
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
    b = _b(c, "GET", f"{API}/v2/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "voyo", "sledujto", "joj-play")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
