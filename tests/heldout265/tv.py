"""The smart TV in the Minsk living room (a fictional Zorka brand) with
automatic content recognition (ACR).

The TV matches what is on screen and reports matches (content, channel,
start, seconds watched) keyed by its `acrId`; registration sends the serial
and the Wi-Fi MAC, the status poll puts them in the query. An older firmware
posts protobuf rows (channel, start, seconds) keyed by an MD5 of the MAC.
Home rails, the app store and remote key presses are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, rid

API = "https://api.zorka-tv.example"
ACR = "https://acr.zorka-tv.example"
UA = "ZorkaTV/5.1 (Linux; Android TV 12; ZR-50U7)"
CHANNELS = ["Беларусь 1", "ОНТ", "СТВ", "Belsat", "YouTube", "HDMI2"]
TITLES = ["Панарама", "Клуб рэдактараў", "Хакей: Дынама Мінск - СКА", "Вечерний Минск", "Кухня"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zorka-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wlanMac": b.id("tv_mac", where="json wlanMac"),
            "model": "ZR-50U7",
            "country": "BY",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/status")
    b.param("mac", b.id("tv_mac", "urlenc", "query mac"))
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.param("fw", "T5.1.204")
    b.ok_json({"update": False, "ts": iso(c)})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("gzip json matches[] (ACR)")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"zk{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "title": c.rng.choice(TITLES),
                    "matchedAt": iso(c),
                    "watchedSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/f1")
    key = b.id("tv_mac", "md5", "protobuf field 1 (md5 MAC)", detectable=False)
    b.view("protobuf rows (channel, start, sec)", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_bytes(1, c.rng.choice(CHANNELS)),
                pb_varint(2, int(c.now)),
                pb_varint(3, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(pb_bytes(1, key) + b"".join(rows), "application/octet-stream")
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails")
    b.param("lang", "be")
    b.decoy("home screen rails (catalogue)")
    b.ok_json({"rails": [{"title": "Папулярнае", "items": TITLES[:3]}], "req": rid(c.rng)})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps/top")
    b.decoy("app store list")
    b.ok_json(
        {
            "apps": [
                {"pkg": "by.efir.tv", "rating": 4.1},
                {"pkg": "com.google.youtube.tv", "rating": 4.5},
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/remote/event")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "HOME", "OK"]), "req": rid(c.rng)})
    b.no_content()
    return b.build()
