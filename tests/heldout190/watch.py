"""JamPintar: the smartwatch companion on the Huawei phone (a watch the tester owns).

Pairing and sync name the watch's BLE MAC and serial. Heart rate, SpO2 and
step series are health data but not a face or voice biometric (decoys under
the issue's definitions); the watch's "now playing" remote shows the phone's
current track to control it (no history, ordinary). A firmware check sends
the serial's MD5 under `s` (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rf, ua_huawei

API = "https://api.jampintar.example"
UA = ua_huawei("JamPintar", "1.9.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jampintar", method, url)
    b.header("user-agent", UA)
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/jam/pasang")
    b.json(
        {
            "alamat_ble": b.id("watch_mac", where="json alamat_ble"),
            "no_siri_jam": b.id("watch_serial", where="json no_siri_jam"),
            "model": "JP-Watch 3",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kesihatan/segerak")
    b.decoy("heart-rate / SpO2 / steps series: health data, not face or voice biometrics")
    b.header("x-jam", b.id("watch_serial", where="header x-jam"))
    b.json(
        {
            "kadar_jantung": [[ms(c) - i * 60000, c.rng.randint(60, 110)] for i in range(20)],
            "spo2": [rf(c.rng, 94, 99, 1) for _ in range(6)],
            "langkah": c.rng.randint(800, 14000),
        }
    )
    b.no_content()
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/f")
    b.param("s", b.id("watch_serial", "md5", "query s (md5 of watch serial)", detectable=False))
    b.param("v", "3.1.0.22")
    b.ok_json({"terkini": True})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kawalan-media/status")
    b.decoy("watch media remote: current track and volume to control playback (no history)")
    b.ok_json({"sedang_main": "Cindai", "kelantangan": c.rng.randint(0, 15), "boleh_langkau": True})
    return b.build()
