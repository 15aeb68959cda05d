"""The smart TV in the Durban lounge (a fictional Khanya brand) with automatic
content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, start, seconds watched), the viewing information the FTC described
for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's own. The
TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. An older
firmware sends positional rows keyed by a SHA-1 of the serial. Home-screen
rails, "trending in South Africa" counts and the app store are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.khanya-tv.example"
ACR = "https://acr.khanya-tv.example"
UA = "KhanyaTV/6.4 (Linux; VIDAA-like 7; KH-55A7)"
CHANNELS = ["SABC 1", "e.tv", "Mzansi Magic", "SuperSport PSL", "Moja Love", "Netflix", "YouTube"]
PROGRAMMES = [
    "Uzalo",
    "Scandal!",
    "Isidingo",
    "Izindaba zesiZulu",
    "Kaizer Chiefs v Orlando Pirates",
    "Gomora",
    "Generations: The Legacy",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khanya-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "KH-55A7",
            "country": "ZA",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def status_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/status")
    b.param("mac", b.id("tv_mac", "nosep", "query mac"))
    b.param("fw", "6.4.19")
    b.ok_json({"update": False, "t": ms(c)})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR content matches with seconds watched)")
    matches = [
        {
            "contentId": f"za-{c.rng.randint(10**5, 10**6)}",
            "title": c.rng.choice(PROGRAMMES),
            "channel": c.rng.choice(CHANNELS),
            "input": c.rng.choice(["HDMI1", "TUNER", "APP"]),
            "start": iso(c),
            "watchedSeconds": c.rng.randint(30, 1800),
            "confidence": rf(c.rng, 0.8, 0.99, 2),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"matches": matches, "tz": "Africa/Johannesburg"})
    b.no_content()
    return b.build()


def insights(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing-sessions")
    b.view("json viewingSessions[] (programme + duration)")
    b.json(
        {
            "deviceSerial": b.id("tv_serial", where="json deviceSerial"),
            "viewingSessions": [
                {
                    "programme": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "durationSec": c.rng.randint(120, 3600),
                    "endedAt": iso(c),
                }
                for _ in range(c.rng.randint(2, 4))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/r")
    b.param("i", b.id("tv_serial", "sha1", "query i", detectable=False))
    b.view("json r[] positional rows", detectable=False)
    rows = [[c.rng.randint(10**5, 10**6), c.rng.randint(1, 7), c.rng.randint(30, 1800), ms(c)]]
    b.json({"r": rows})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?region=ZA")
    b.decoy("home-screen rails (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Okuthandwayo",
                    "items": [{"title": p, "id": rid(c.rng)} for p in PROGRAMMES[:4]],
                }
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=ZA")
    b.decoy("trending counts (aggregate)")
    b.ok_json(
        {"trending": [{"title": p, "viewers": c.rng.randint(10**4, 10**6)} for p in PROGRAMMES]}
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps?category=video")
    b.ok_json(
        {"apps": [{"pkg": "za.co.bukela.tv", "v": "3.9"}, {"pkg": "com.showmax.tv", "v": "5.1"}]}
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "HOME", "OK"]), "t": ms(c)})
    b.no_content()
    return b.build()
