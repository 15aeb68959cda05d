"""Her own gear: a running watch's companion sync and her earbuds' app.

Both are things she owns and pairs, so their serial / Bluetooth MAC are her
device ids (sensitive). The watch sync uploads activity files the way Garmin
Connect's "upload-service" does (multipart FIT upload) with the unit id in
JSON; the earbuds app registers the buds by Bluetooth address. Firmware checks
by model only and public product pages are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb, multipart

from .phone import FB, iso, rf, rid, ua

WATCH = "https://connect.stridewatch.example"
BUDS = "https://api.aerotune-audio.example"


def watch_register(c: Context) -> Flow:
    b = FB(c, "stridewatch", "POST", WATCH + "/device-service/v2/devices")
    b.header("user-agent", ua("StrideConnect", "5.3", "2"))
    b.json(
        {
            "unitId": b.id("watch_serial", where="json unitId"),
            "productName": "Stride 265",
            "softwareVersion": "19.18",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"deviceRegistered": True})
    return b.build()


def watch_upload(c: Context) -> Flow:
    boundary = "Boundary-" + new_hex(c.rng, 24).upper()
    b = FB(c, "stridewatch", "POST", WATCH + "/upload-service/upload/.fit")
    b.header("user-agent", ua("StrideConnect", "5.3", "2"))
    b.header("nk", "NT")
    serial = b.id("watch_serial", where="multipart meta deviceSerial")
    meta = jsb({"deviceSerial": serial, "fileType": "activity"})
    fit = b"\x0e\x10\xd9\x07" + bytes.fromhex(new_hex(c.rng, 200)) + b".FIT"
    parts = [
        ("meta", None, "application/json", meta),
        ("file", "act.fit", "application/octet-stream", fit),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"detailedImportResult": {"uploadId": c.rng.randint(10**9, 10**10)}})
    return b.build()


def watch_firmware(c: Context) -> Flow:
    b = FB(c, "stridewatch", "GET", WATCH + "/swupdate/v1/check")
    b.header("user-agent", ua("StrideConnect", "5.3", "2"))
    b.param("product", "Stride265")
    b.param("current", "19.18")
    b.ok_json({"latest": "19.22", "sha256": new_hex(c.rng, 64)})
    b.decoy("firmware check by model only, with a file hash")
    return b.build()


def buds_pair(c: Context) -> Flow:
    b = FB(c, "aerotune", "POST", BUDS + "/v1/accessories")
    b.header("user-agent", ua("AeroTune", "3.0", "17"))
    b.json(
        {
            "btAddress": b.id("buds_mac", where="json btAddress"),
            "model": "AeroBuds Pro 2",
            "batteryL": c.rng.randint(10, 100),
            "batteryR": c.rng.randint(10, 100),
            "anc": c.rng.choice(["on", "transparency"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_eq(c: Context) -> Flow:
    b = FB(c, "aerotune", "PUT", BUDS + "/v1/eq/")
    b.base += b.id("buds_mac", "nosep", where="path /eq/{mac}", detectable=False)
    b.header("user-agent", ua("AeroTune", "3.0", "17"))
    b.json({"bands": [rf(c.rng, -6, 6, 1) for _ in range(8)], "preset": "cabin"})
    b.no_content()
    return b.build()


def buds_tips(c: Context) -> Flow:
    b = FB(c, "aerotune", "GET", BUDS + "/v1/tips")
    b.header("user-agent", ua("AeroTune", "3.0", "17"))
    b.header("x-trace-id", rid(c.rng))
    b.ok_json({"tips": ["Use cabin mode on flights", "Clean the mesh weekly"]})
    b.decoy("tips feed with a trace id")
    return b.build()
