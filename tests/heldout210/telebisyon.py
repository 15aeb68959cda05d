"""The smart TV in the Quezon City living room (a fictional Kalye TV brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports the matches (content id, channel,
start, seconds watched per programme), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017); field names are the vendor's
own. The TV is identified by an ACR id, its serial and its Wi-Fi MAC. An older
firmware sends positional rows keyed by a SHA-1 of the serial. The home screen
rails, the app store and the screensaver images are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf

API = "https://api.kalyetv.example"
ACR = "https://acr.kalyetv.example"
UA = "KalyeTV/5.1 (Linux; Android TV 11; KT-50UQ)"
PROGRAMMES = [
    ("GMA", "24 Oras"),
    ("Kapamilya Channel", "FPJ's Batang Quiapo"),
    ("TV5", "Frontline Pilipinas"),
    ("One Sports", "PBA: Ginebra vs San Miguel"),
    ("Netflix", "Hello, Love, Again"),
    ("YouTube", "Eat Bulaga! Replay"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kalyetv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "KT-50UQ",
            "country": "PH",
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "channel": ch,
                    "programme": prog,
                    "start": iso(c),
                    "watchedSeconds": c.rng.randint(30, 1800),
                    "confidence": rf(c.rng, 0.8, 0.99, 2),
                }
                for ch, prog in c.rng.sample(PROGRAMMES, c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/r")
    b.view("json r[] positional rows (programme index, start, seconds)", detectable=False)
    b.json(
        {
            "s": b.id("tv_serial", "sha1", "json s", detectable=False),
            "r": [
                [c.rng.randint(0, 5), ms(c) // 1000, c.rng.randint(30, 1800)]
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def status_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/status?mac={c.phone.tv_mac}&fw=5.1.7")
    b.id("tv_mac", where="query mac")
    b.ok_json({"ok": True})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?region=PH")
    b.decoy("editorial 'Para sa Iyo' rail (the vendor's list, not the household's)")
    b.ok_json({"rails": [{"title": "Para sa Iyo", "items": [p for _c, p in PROGRAMMES[:3]]}]})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps?cat=video")
    b.ok_json({"apps": ["Netflix", "YouTube", "iWantTFC", "GMA Pinoy TV", "Viu"]})
    return b.build()


def screensaver(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/screensaver?tz=Asia/Manila")
    b.ok_json({"images": ["https://img.kalyetv.example/ss/boracay.jpg"]})
    return b.build()
