"""Artel-like Smart TV companion (ACR), the family's own IPTV box, and the car app.

The TV's ACR reports (Russian keys) name the matched channel/programme and
seconds; the IPTV box logs channel tuning (`kanal_almashish`): both viewing
history. The car's telematics unit is the family's own car: its IMEI is a device id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rf, rid, ua

ACR = "https://acr.artel-smart.example"
IPTV = "https://iptv.uzonline-tv.example"
CAR = "https://api.mychevy-uz.example"
CHANNELS = ["O'zbekiston", "Sevimli", "Milliy TV", "ZO'R TV", "Sport UZ", "Первый канал"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "artel-acr", "POST", f"{ACR}/v1/распознавание/отчет")
    b.header("user-agent", "ArtelTV/9.0 (Android TV 11)")
    b.view("json совпадения[] канал + передача + секунды")
    b.json(
        {
            "серийный_номер": b.id("tv_serial", where="json серийный_номер"),
            "совпадения": [
                {
                    "канал": c.rng.choice(CHANNELS),
                    "передача": f"prg{c.rng.randint(1000, 9999)}",
                    "начало": iso(c),
                    "секунды": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "artel-acr", "POST", f"{ACR}/f")
    b.header("user-agent", "ArtelTV/9.0 (Android TV 11)")
    b.view("form p (gzip+base64 fingerprint match rows)", detectable=False)
    rows = [[c.rng.randint(0, 5), c.rng.randint(10**6, 10**7), ms(c)] for _ in range(4)]
    b.form([("p", b64(gz(jsb(rows)))), ("m", b.id("tv_mac", "nosep", "form m", detectable=False))])
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = FB(c, "artel", "GET", f"{ACR}/v1/tv/holat")
    b.header("user-agent", "ArtelTV/9.0 (Android TV 11)")
    b.header("x-tv-mac", b.id("tv_mac", where="header x-tv-mac"))
    b.ok_json({"yoqilgan": True, "ovoz": c.rng.randint(0, 40)})
    return b.build()


def iptv_tune(c: Context) -> Flow:
    b = FB(c, "iptv-box", "POST", f"{IPTV}/stb/log/kanal_almashish")
    b.header("user-agent", "IPTVBox/1.4 (Linux; STB)")
    b.view("json kanal + boshlandi + davomiylik (channel tuning log)")
    b.json(
        {
            "stb_mac": b.id("box_mac", where="json stb_mac"),
            "kanal": c.rng.choice(CHANNELS),
            "boshlandi": iso(c),
            "davomiylik": c.rng.randint(20, 4000),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def iptv_auth(c: Context) -> Flow:
    b = FB(c, "iptv-box", "GET", f"{IPTV}/stb/auth")
    b.header("user-agent", "IPTVBox/1.4 (Linux; STB)")
    b.header("x-stb-serial", b.id("box_serial", where="header x-stb-serial"))
    b.ok_json({"token": rid(c.rng), "kanallar": len(CHANNELS)})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "iptv-box", "GET", f"{IPTV}/stb/epg?kanal={c.rng.randint(1, 60)}")
    b.decoy("programme guide with start times (schedule, not what was watched)")
    b.ok_json({"dastur": [{"nomi": "Yangiliklar", "boshlanish": iso(c)} for _ in range(5)]})
    return b.build()


def car_status(c: Context) -> Flow:
    b = FB(c, "mychevy", "GET", f"{CAR}/v2/avto/holat")
    b.header("user-agent", ua("MyChevyUz", "2.0.1"))
    b.header("x-tcu-imei", b.id("car_imei", where="header x-tcu-imei (own car telematics)"))
    b.ok_json(
        {
            "yoqilgi": c.rng.randint(5, 100),
            "lat": rf(c.rng, 41.2, 41.4, 5),
            "lon": rf(c.rng, 69.1, 69.4, 5),
            "qulflangan": True,
        }
    )
    return b.build()


def car_trip(c: Context) -> Flow:
    b = FB(c, "mychevy", "GET", f"{CAR}/v2/safarlar?oy=11")
    b.header("user-agent", ua("MyChevyUz", "2.0.1"))
    b.decoy("trip list with coordinates and distances (location, no device id)")
    b.ok_json({"safarlar": [{"km": rf(c.rng, 2, 80, 1), "sana": iso(c)} for _ in range(4)]})
    return b.build()
