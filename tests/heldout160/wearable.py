"""Ceas: the smartwatch companion (BLE pairing, health sync, watch faces).

Pairing and sync name the watch by BLE MAC and serial. Heart-rate and step
series are health data, not face or voice biometrics (labelled as ordinary; a
choice), and the watch's dictation goes to transcription only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.ceas-fit.example"
UA = ua("Ceas", "2.7.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ceas", method, url)
    b.header("user-agent", UA)
    b.header("x-android-id", b.id("aid_ceas", where="header x-android-id"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/bind")
    b.json(
        {
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "sn": b.id("watch_serial", where="json sn"),
            "fw": "1.3.22",
            "bindTime": iso(c),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/health")
    b.decoy("heart-rate and step series (health, not face/voice biometrics)")
    body = {
        "deviceSn": b.id("watch_serial", where="gzip json deviceSn"),
        "ritm_cardiac": [c.rng.randint(58, 110) for _ in range(60)],
        "pasi": [c.rng.randint(0, 120) for _ in range(60)],
        "start": ms(c),
    }
    b.json(body, "gzip")
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "ceas", "GET", f"{API}/v1/ota/check")
    b.header("user-agent", UA)
    b.param("mac", b.id("watch_mac", "nosep", "query mac (no separators)"))
    b.param("ver", "1.3.22")
    b.ok_json({"latest": "1.3.22", "sha256": rid(c.rng).replace("-", "") * 2})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?lang=ro")
    b.ok_json(
        {"faces": [{"id": i, "nume": n} for i, n in enumerate(["Clasic", "Sport", "Noapte"])]}
    )
    return b.build()


def dictation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voice/stt")
    b.decoy("watch dictation for speech-to-text (transcription, no speaker model)")
    b.set_body(
        gz(jsb({"lang": "ro-RO", "pcm_b64": "UklGRiQAAABXQVZF"})), "application/octet-stream"
    )
    b.ok_json({"text": "sun-o pe mama la ora cinci"})
    return b.build()
