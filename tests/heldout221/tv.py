"""The smart TV in the Kyiv flat (a fictional Zoria brand) with automatic content
recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, programme, seconds watched); the viewing information the FTC described
for smart-TV ACR (FTC v. VIZIO, 2017). It is identified by an ACR `psid`, its
serial and its Wi-Fi MAC. An older ACR module sends positional rows keyed by a
SHA-1 of the serial. The home screen rails, the app store and the "popular in
Ukraine" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.zoria-tv.example"
ACR = "https://acr.zoria-tv.example"
UA = "ZoriaTV/5.1 (Linux; Android TV 12; ZR-55Q7)"
CHANNELS = ["1+1 Україна", "ICTV2", "СТБ", "Суспільне", "Рада", "Netflix", "YouTube"]
PROGRAMMES = [
    "Єдині новини. Телемарафон",
    "Холостяк",
    "Маскарад",
    "Дизель шоу",
    "Україна – Англія. Кваліфікація",
    "Кохання на виживання",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zoria-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tv/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "ZR-55Q7",
            "country": "UA",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/matches")
    b.header("x-tv-psid", b.id("tv_psid", where="header x-tv-psid"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"zr{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "zoria-tv", "POST", f"{ACR}/r2")
    b.header("user-agent", "zr-acr/3.0")
    k = b.id("tv_serial", "sha1", "json k", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"k": k, "r": rows})
    b.no_content()
    return b.build()


def insights(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/history?days=7")
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


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tv/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json(
        {"type": "wifi", "mac": mac, "ssid": "Kyivstar-5G-38", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=uk")
    b.ok_json(
        {
            "rails": [
                {"title": "Рекомендовані", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Фільми", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/popular?country=UA")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "popular": [
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
                for a in ("youtube", "netflix", "megogo", "kinodim", "sweet.tv")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/key")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()
