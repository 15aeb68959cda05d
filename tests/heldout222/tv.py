"""The smart TV in the Tehran living room (a fictional Snowa-like brand, "Sahand")
with automatic content recognition (ACR).

The TV fingerprints what is on screen and reports the matches (content id,
channel, title, start, seconds watched) -- the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017). It is identified by an ACR
`acrId`, its serial and Wi-Fi MAC. An older firmware sends positional rows
keyed by an MD5 of the serial. Home rails, the "popular in Iran" shares and
remote-key events are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

API = "https://api.sahand-tv.example"
ACR = "https://acr.sahand-tv.example"
UA = "SahandTV/5.4 (Linux; Android TV 11; SHD-55QU)"
CHANNELS = ["IRIB 3", "IRIB Nasim", "IRIB Varzesh", "IRIB 1", "Namayesh", "YouTube", "Netflix"]
PROGRAMMES = ["خندوانه", "فوتبال برتر", "اخبار ساعت ۲۱", "نود", "عصر جدید", "پایتخت"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahand-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "SHD-55QU",
            "country": "IR",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"sh{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(PROGRAMMES),
                    "matchedAt": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI2", "DVB-T2", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "sahand-tv", "POST", f"{ACR}/u")
    b.header("user-agent", "shd-acr/1.7")
    k = b.id("tv_serial", "md5", "json s", detectable=False)
    b.view("json p[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 6), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": k, "p": rows})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
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


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/network")
    mac = b.id("tv_mac", "lower", "response json mac", direction="response")
    b.ok_json({"type": "wifi", "mac": mac, "ssid": "Shatel-5G", "rssi": -c.rng.randint(40, 80)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=fa")
    b.ok_json(
        {
            "rails": [
                {"title": "پیشنهادی", "items": [f"app_{i}" for i in range(6)]},
                {"title": "فیلم", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/popular?country=IR")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "popular": [
                {"title": t, "channel": ch, "share": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/key")
    b.json({"key": c.rng.choice(["VOL_DOWN", "CH_UP", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()
