"""Lumio TV: the smart TV in the Chisinau flat (Russian UI) and its companion app.

The TV's ACR client posts what it recognised on screen: readable JSON from the
current firmware (`acr_matches`, `prosmotr` history in the app), protobuf from
the older one (content id, offset and seconds as bare field numbers, which say
nothing). The TV's Wi-Fi MAC and serial are the household's device ids. The
remote's key presses, the app store and the TV's weather widget are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, ua

API = "https://api.lumio-tv.example"
ACR = "https://acr.lumio-tv.example"
UA = ua("LumioRemote", "3.9.1")
TV_UA = "LumioTV/2024.3 (Linux; webOS-like; 55UQ)"
PROGS = ["Новости", "Вечерний Ургант", "Моя прекрасная няня", "Știrile Jurnal TV", "Maşa şi Ursul"]
CHANNELS = ["Jurnal TV", "Moldova 1", "RTR Moldova", "Pro TV Chișinău", "YouTube", "Netflix"]


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumio-remote", method, url)
    b.header("user-agent", UA)
    b.header("x-client-id", b.id("aid_tv", where="header x-client-id"))
    return b


def acr_json(c: Context) -> Flow:
    b = FB(c, "lumio-acr", "POST", f"{ACR}/v1/acr/matches")
    b.header("user-agent", TV_UA)
    b.view("json acr_matches[] (content, channel, seconds)")
    matches = [
        {
            "content_id": f"ru{c.rng.randint(10**5, 10**6)}",
            "kanal": c.rng.choice(CHANNELS),
            "nazvanie": c.rng.choice(PROGS),
            "nachalo": iso(c),
            "sekundy": c.rng.randint(30, 3600),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"tv_serial": b.id("tv_serial", where="json tv_serial"), "acr_matches": matches}, "gzip")
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = FB(c, "lumio-acr", "POST", f"{ACR}/a2")
    b.header("user-agent", TV_UA)
    b.view("protobuf repeated field 2 {1: content, 2: offset, 3: seconds}", detectable=False)
    serial = b.id("tv_serial", "protobuf", "protobuf field 1", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(10**5, 10**6)),
                pb_varint(2, ms(c) // 1000),
                pb_varint(3, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(pb_bytes(1, serial) + b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v2/prosmotr/istoriya?dney=7")
    b.view("response json istoriya[] (viewed programmes)", direction="response")
    b.ok_json(
        {
            "istoriya": [
                {
                    "nazvanie": c.rng.choice(PROGS),
                    "kanal": c.rng.choice(CHANNELS),
                    "data": iso(c),
                    "minut_prosmotreno": c.rng.randint(5, 120),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def pair(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/pair")
    b.json(
        {
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "tvSerial": b.id("tv_serial", where="json tvSerial"),
            "pin": str(c.rng.randint(1000, 9999)),
            "lang": "ru",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def tv_ping(c: Context) -> Flow:
    b = FB(c, "lumio-tv", "GET", f"{API}/v1/fw/check")
    b.header("user-agent", TV_UA)
    b.param("m", b.id("tv_mac", "nosep_upper", "query m (MAC, no separators)"))
    b.param("fw", "2024.3.11")
    b.ok_json({"update": False})
    return b.build()


def keypress(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/remote")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()


def weather_widget(c: Context) -> Flow:
    b = FB(c, "lumio-tv", "GET", f"{API}/v1/widget/pogoda?gorod=Chisinau")
    b.header("user-agent", TV_UA)
    b.decoy("city temperature series (a price-series-like float list)")
    b.ok_json({"gorod": "Кишинёв", "temp": [rf(c.rng, -5, 12, 1) for _ in range(12)]})
    return b.build()
