"""TickFit: the companion app of Jonas's smartwatch, paired to the Pixel 8.

Pairing sends the watch's BLE MAC and serial with the app's ANDROID_ID; every
sync names the watch by its MAC in a header; the raw sensor dump is protobuf
with the serial and MAC in numbered fields (no names). Steps, heart rate,
watch faces ("Zifferblatt": a watch face is not a face) and the wrist-raise
angles are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import JB, iso, ms, rf, rid, ua

API = "https://api.tickfit.example"
UA = ua("TickFit", "3.2.5")


def _b(c: Context, method: str, url: str) -> JB:
    b = JB(c, "tickfit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def koppeln(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/uhr/koppeln")
    b.json(
        {
            "nutzer": b.acct("uhr_user"),
            "uhrMac": b.id("uhr_mac", where="json uhrMac"),
            "uhrSeriennummer": b.id("uhr_serial", where="json uhrSeriennummer"),
            "telefonAndroidId": b.id("aid_uhr", where="json telefonAndroidId"),
            "installId": b.id("uhr_install", where="json installId"),
            "modell": "TickFit Pro 2",
        }
    )
    b.ok_json({"gekoppelt": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/daten/sync")
    b.header("x-watch-mac", b.id("uhr_mac", "nosep", "header x-watch-mac"))
    b.json(
        {
            "schritte": [c.rng.randint(0, 200) for _ in range(24)],
            "puls": [c.rng.randint(55, 140) for _ in range(24)],
            "start": ms(c),
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/uhr/status")
    sn = b.id("uhr_serial", where="response json serial", direction="response")
    b.ok_json({"serial": sn, "akku": c.rng.randint(5, 100), "firmware": "2.8.1", "zuletzt": iso(c)})
    return b.build()


def dump_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/r")
    body = (
        pb_bytes(1, b.id("uhr_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("uhr_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(12)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def tag(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/daten/tag?datum=heute")
    b.ok_json({"schritte": c.rng.randint(1000, 15000), "kcal": c.rng.randint(100, 800)})
    return b.build()


def zifferblatt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/zifferblatt")
    b.decoy("watch face (not a face)")
    b.json({"id": c.rng.randint(100, 999), "name": "Berlin Nacht", "faceStyle": "analog"})
    b.ok_json({"ok": True})
    return b.build()


def handgelenk(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/einstellungen/anheben")
    b.decoy("wrist pitch / roll / yaw thresholds (not a head pose)")
    b.json({"pitch": rf(c.rng, 10, 40, 1), "roll": rf(c.rng, -20, 20, 1), "yaw": 0.0})
    b.ok_json({"ok": True})
    return b.build()
