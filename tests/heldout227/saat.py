"""The son's smartwatch (a fictional Qol Saatı brand) and its companion app on the Pixel 8.

The companion app binds the watch (BLE MAC, serial, the app's ANDROID_ID and
its install id), syncs daily activity tagged with the watch's serial, and checks
firmware for the serial. A newer sync sends the watch's data as protobuf with
the serial in an unnamed field; the app's config call carries the BLE MAC as
an unnamed SHA-1. Steps and heart rate are health data (no face, voice or
viewing); the watch-face store and the wrist settings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.qolsaati.example"
UA = ua("QolSaati", "2.3.5", "ogul")


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "qolsaati", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bagla(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind", install=False)
    b.json(
        {
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "phoneAndroidId": b.id("aid_saat", where="json phoneAndroidId"),
            "installId": b.id("watch_install", where="json installId"),
            "model": "QS-W3",
            "userId": b.acct("watch_user"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sync")
    b.json(
        {
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "date": iso(c)[:10],
            "steps": c.rng.randint(1000, 16000),
            "heartRate": [c.rng.randint(58, 120) for _ in range(12)],
            "sleepMin": c.rng.randint(300, 540),
        }
    )
    b.decoy("heart-rate and step series (health data, not biometric identifiers)")
    b.ok_json({"synced": True})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/info")
    serial = b.id("watch_serial", where="response json serialNo", direction="response")
    mac = b.id("watch_mac", where="response json bleMac", direction="response")
    b.ok_json({"serialNo": serial, "bleMac": mac, "battery": c.rng.randint(10, 100), "fw": "1.8.2"})
    return b.build()


def sync_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/d", install=False)
    sn = b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, sn)
        + pb_varint(2, ms(c))
        + pb_msg(
            3, [pb_varint(1, c.rng.randint(1000, 16000)), pb_varint(2, c.rng.randint(58, 120))]
        )
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cfg", install=False)
    b.param("k", b.id("watch_mac", "sha1", "query k", detectable=False))
    b.ok_json({"syncInterval": 900, "features": ["spo2", "sleep"]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/latest", install=False)
    b.param("sn", b.id("watch_serial", where="query sn"))
    b.ok_json({"version": "1.8.3", "url": f"https://dl.qolsaati.example/fw/{rid(c.rng)}.bin"})
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/faces?lang=az", install=False)
    b.ok_json(
        {"faces": [{"id": f"wf{i}", "name": n} for i, n in enumerate(["Xalça", "Buta", "Alov"])]}
    )
    return b.build()


def wrist_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings", install=False)
    b.json({"wrist": c.rng.choice(["left", "right"]), "raiseToWake": True, "lang": "az"})
    b.no_content()
    return b.build()


def activity_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/summary?days=7", install=False)
    b.decoy("weekly step and heart-rate averages (health data)")
    b.ok_json(
        {
            "days": [
                {"steps": c.rng.randint(1000, 16000), "restingHr": c.rng.randint(55, 70)}
                for _ in range(7)
            ]
        }
    )
    return b.build()
