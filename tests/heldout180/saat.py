"""Zaman Fit: the smartwatch companion app (BLE MAC, serial of the watch).

The companion lists the paired watch with its Bluetooth address (no colons,
upper-case, as many wearable APIs write it), syncs activity, and its config
call carries an SHA-1 of the watch serial under a one-letter key. Watch faces
(a watch face is not a face), heart rate, steps and sleep are ordinary data in
this project's sense.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.zamanfit.example"
UA = ua("ZamanFit", "2.8.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zamanfit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def paired_watch(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cihazlar")
    mac = b.id(
        "watch_mac", "nosep_upper", "response json saatlar[0].bt_unvan", direction="response"
    )
    serial = b.id(
        "watch_serial", where="response json saatlar[0].seriya_nomresi", direction="response"
    )
    b.ok_json(
        {
            "saatlar": [
                {
                    "model": "Zaman Watch 4",
                    "bt_unvan": mac,
                    "seriya_nomresi": serial,
                    "batareya": c.rng.randint(10, 100),
                    "son_sinxron": iso(c),
                }
            ]
        }
    )
    return b.build()


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cihazlar/cutlesdir")
    b.json(
        {
            "bluetoothMac": b.id("watch_mac", where="json bluetoothMac"),
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "firmware": "4.1.22",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sinxron")
    b.header("x-saat-seriya", b.id("watch_serial", where="header x-saat-seriya"))
    b.decoy("heart-rate and step series (health numbers, not biometric identifiers)")
    b.json(
        {
            "nəbz": [c.rng.randint(58, 130) for _ in range(30)],
            "addımlar": [c.rng.randint(0, 150) for _ in range(30)],
            "baslangic": ms(c),
        },
        "gzip",
    )
    b.ok_json({"qebul": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/d")
    body = (
        pb_bytes(1, b.id("watch_mac", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(40)))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cfg")
    b.form(
        [
            ("s", b.id("watch_serial", "sha1", "form s (sha1 of serial)", detectable=False)),
            ("v", "2.8.0"),
        ]
    )
    b.ok_json({"flags": {"spo2": True}})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/siferblat/qurasdir")
    b.decoy("watch face install (not a face)")
    b.json({"face_id": f"wf_{c.rng.randint(100, 999)}", "ad": "Novruz tonqalı", "reng": "#e4572e"})
    b.ok_json({"status": "QUEUED"})
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/yuxu?gun=dunen")
    b.ok_json({"deqiqe": c.rng.randint(300, 520), "derin": c.rng.randint(40, 120)})
    return b.build()
