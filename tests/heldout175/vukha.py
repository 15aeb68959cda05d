"""Vukha: the earbuds' companion app on the Galaxy phone.

Pairing sends the buds' Bluetooth address and serial; the firmware check asks
by serial (`sn`), the crash-free "ping" of the buds' SDK sends it base64-encoded
under `s`. Spatial-audio head tracking (yaw / pitch / roll from the buds' IMU,
no face involved), the hearing-test audiogram, noise-control modes and the
ear-tip fit test are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ms, rf, ua

API = "https://api.vukha-audio.example"
UA = ua("Vukha", "2.3.8")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vukha", method, url)
    b.header("user-agent", UA)
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/navushnyky/pryviazaty")
    b.json(
        {
            "bt_mac": b.id("buds_mac", where="json bt_mac"),
            "seriinyi": b.id("buds_serial", where="json seriinyi"),
            "android_id": b.id("aid_vukha", where="json android_id"),
            "model": "Vukha Pro 2",
            "proshyvka": "1.4.2",
        }
    )
    b.ok_json({"ok": True, "harantiia_do": "2026-09-01"})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fw/check")
    b.params.extend(
        [("sn", b.id("buds_serial", where="query sn")), ("model", "vp2"), ("cur", "1.4.2")]
    )
    b.decoy("firmware sha256")
    b.ok_json({"nova": "1.5.0", "sha256": "9f" * 32, "rozmir": 884736})
    return b.build()


def ping_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p")
    b.params.extend(
        [
            ("s", b.id("buds_serial", "b64", "query s (base64)", detectable=False)),
            ("b", "87"),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def battery(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/navushnyky/stan")
    b.json(
        {
            "adresa": b.id("buds_mac", "lower", "json adresa (BT address)"),
            "zariad": {
                "livyi": c.rng.randint(5, 100),
                "pravyi": c.rng.randint(5, 100),
                "keis": c.rng.randint(5, 100),
            },
        }
    )
    b.no_content()
    return b.build()


def head_tracking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prostorovyi-zvuk/kalibruvannia")
    b.decoy("head tracking yaw/pitch/roll from the earbuds' IMU (no face)")
    b.json(
        {
            "orientatsiia_holovy": [
                {
                    "yaw": rf(c.rng, -60, 60, 2),
                    "pitch": rf(c.rng, -30, 30, 2),
                    "roll": rf(c.rng, -10, 10, 2),
                }
                for _ in range(10)
            ],
            "chastota_hz": 50,
        }
    )
    b.no_content()
    return b.build()


def audiogram(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sluh/profil")
    b.decoy("hearing-test audiogram (thresholds per frequency; not a voiceprint)")
    b.json(
        {
            "audiohrama": {
                "live": {str(f): c.rng.randint(0, 35) for f in (250, 500, 1000, 2000, 4000, 8000)},
                "prave": {str(f): c.rng.randint(0, 35) for f in (250, 500, 1000, 2000, 4000, 8000)},
            }
        }
    )
    b.ok_json({"profil_id": c.rng.randint(1000, 9999)})
    return b.build()


def anc_mode(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/shumozahlushennia")
    b.json({"rezhym": c.rng.choice(["anc", "ambient", "off"]), "riven": c.rng.randint(1, 5)})
    b.no_content()
    return b.build()


def fit_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/test-posadky")
    b.json({"livyi": rf(c.rng, 0.5, 1, 2), "pravyi": rf(c.rng, 0.5, 1, 2), "rozmir": "M"})
    b.ok_json({"rekomendatsiia": "M"})
    return b.build()
