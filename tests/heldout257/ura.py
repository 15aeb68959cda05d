"""Koraki: the companion app of a smartwatch on the mother's Xiaomi in Maribor.

The app pairs the watch by its BLE MAC and serial, sends the MAC in a header
on every sync and relays the watch's raw dump as protobuf (no field names).
Remote config keys on an MD5 of the ANDROID_ID under a one-letter form field.
Heart rate (`srčni utrip`), SpO2, sleep and steps are health data but none of
the three categories here; watch faces (`številčnica`) are not faces, the
wrist-raise angles are not a head pose, and the firmware's MD5 is a file hash.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.koraki-watch.example"
UA = ua("Koraki", "3.2.5", "mama")
STEVILCNICE = ["Klasika", "Pohorje", "Šport", "Minimal", "Lipov list"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "koraki", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-namestitev", b.id("watch_install", where="header x-namestitev (install id)"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ura/seznanitev")
    b.json(
        {
            "uporabnik": b.acct("watch_user"),
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serijskaStevilka": b.id("watch_serial", where="json serijskaStevilka"),
            "androidId": b.id("aid_koraki", where="json androidId"),
            "model": "Koraki Watch 3",
            "firmware": "3.0.118",
        }
    )
    b.ok_json({"koda": 0, "sporocilo": "seznanjeno"})
    return b.build()


def info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ura/podatki")
    mac = b.id("watch_mac", "nosep", "response json ura.mac", direction="response")
    b.ok_json(
        {
            "koda": 0,
            "ura": {"mac": mac, "baterija": c.rng.randint(5, 100), "sinhronizirano": iso(c)},
        }
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sinhronizacija", install=False)
    b.header("x-ura-mac", b.id("watch_mac", "nosep_upper", "header x-ura-mac"))
    b.decoy("heart rate / SpO2 / steps (health data, none of the three categories)")
    b.json(
        {
            "koraki": [c.rng.randint(0, 300) for _ in range(24)],
            "srcniUtrip": [c.rng.randint(55, 140) for _ in range(24)],
            "spo2": [c.rng.randint(93, 99) for _ in range(6)],
            "spanecMin": c.rng.randint(300, 520),
            "zacetek": ms(c),
        },
        "gzip",
    )
    b.ok_json({"koda": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/r", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 3) for _ in range(12)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k", install=False)
    b.form(
        [
            ("p", "si.koraki.app"),
            ("q", b.id("aid_koraki", "md5", "form q", detectable=False)),
            ("v", "3.2.5"),
        ]
    )
    b.ok_json({"f": {"ekg": False, "vreme": True}})
    return b.build()


def stevilcnica(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/stevilcnice/namesti", install=False)
    b.decoy("watch face (številčnica), not a face")
    b.json(
        {
            "stevilcnicaId": c.rng.randint(100, 999),
            "ime": c.rng.choice(STEVILCNICE),
            "barvaOzadja": c.rng.choice(["#00a651", "#ffffff", "#1c1c1c"]),
        }
    )
    b.ok_json({"koda": 0})
    return b.build()


def dvig_zapestja(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/nastavitve/dvig-zapestja", install=False)
    b.decoy("wrist-raise pitch / roll / yaw angles (not a head pose)")
    b.json(
        {
            "vklopljeno": True,
            "pitch": rf(c.rng, 10, 45, 1),
            "roll": rf(c.rng, -30, 30, 1),
            "yaw": rf(c.rng, -10, 10, 1),
        }
    )
    b.ok_json({"koda": 0})
    return b.build()


def dan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podatki/dan?datum=danes", install=False)
    b.ok_json(
        {
            "koraki": c.rng.randint(1000, 18000),
            "km": rf(c.rng, 0.5, 13, 2),
            "kcal": c.rng.randint(100, 900),
            "mirovniUtrip": c.rng.randint(50, 72),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota?model=KW3&ver=3.0.118", install=False)
    b.decoy("firmware md5 (file hash)")
    b.ok_json({"najnovejsa": "3.0.124", "md5": rid(c.rng).replace("-", ""), "velikost": 412000})
    return b.build()
