"""Pulso W3: her watch and its companion app. Binding sends the watch's BLE
MAC and serial with the app's ANDROID_ID; every sync names the watch by its
MAC (colon-less, upper case) in a header; a firmware path uploads a protobuf
dump with the serial and MAC in unnamed fields; the config poll carries md5 of
the ANDROID_ID as `q`.

Ordinary: daily steps / heart rate summaries, watch faces, firmware checks.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import LB, iso, ms, ua

API = "https://api.pulso-wear.example"
UA = ua("PulsoFit", "2.7.1")


def _b(c: Context, method: str, url: str, install: bool = True) -> LB:
    b = LB(c, "pulso", method, url)
    b.header("user-agent", UA)
    if install:
        b.header("x-install-id", b.id("pulso_install", where="header x-install-id"))
    return b


def associar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind")
    b.json(
        {
            "deviceMac": b.id("watch_mac", where="json deviceMac"),
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "phoneAndroidId": b.id("aid_pulso", where="json phoneAndroidId"),
            "userId": b.acct("pulso_user"),
            "model": "PW3",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync")
    b.header("x-device-mac", b.id("watch_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "steps": c.rng.randint(200, 3000),
            "hr": [c.rng.randint(60, 110) for _ in range(6)],
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fw/log", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cfg", install=False)
    b.form([("q", b.id("aid_pulso", "md5", "form q", detectable=False)), ("v", "27")])
    b.ok_json({"interval": 900})
    return b.build()


def resumo_diario(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/summary/daily?date={iso(c)[:10]}", install=False)
    b.ok_json(
        {
            "steps": c.rng.randint(2000, 16000),
            "restingHr": c.rng.randint(55, 70),
            "sleepMin": c.rng.randint(300, 480),
        }
    )
    return b.build()


def mostradores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?model=PW3&page=1", install=False)
    b.ok_json({"faces": [{"id": new_hex(c.rng, 8), "name": n} for n in ("Azulejo", "Elétrico")]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=PW3", install=False)
    b.decoy("firmware build hash")
    b.ok_json({"version": "3.1.8", "sha256": new_hex(c.rng, 64)})
    return b.build()
