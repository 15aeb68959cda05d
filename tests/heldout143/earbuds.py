"""BudsLink: the companion app of the family's TWS earbuds.

Pairing and firmware checks carry the earbuds' Bluetooth MAC and serial. The
head-tracking calibration (yaw/pitch/roll from the earbuds' IMU, no face) and
the hearing test (an audiogram) are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, rf, ua

API = "https://iot.budslink.example"
UA = ua("BudsLink", "1.6.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "budslink", method, url)
    b.header("user-agent", UA)
    return b


def pasang(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/earbuds/bind")
    b.json(
        {
            "bt_mac": b.id("buds_mac", where="json bt_mac"),
            "sn": b.id("buds_serial", where="json sn"),
            "phone_android_id": b.id("aid_buds", where="json phone_android_id"),
            "model": "TWS-Air3",
        }
    )
    b.ok_json({"terikat": True})
    return b.build()


def cek_firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota/check")
    b.param("sn", b.id("buds_serial", where="query sn"))
    b.param("ver", "1.0.38")
    b.decoy("firmware build hash")
    b.ok_json({"terbaru": "1.0.41", "sha256": "9f" * 32})
    return b.build()


def ota_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/t")
    b.form(
        [
            (
                "d",
                b.id(
                    "buds_mac",
                    "md5_of_nosep",
                    "form d (md5 of MAC without colons)",
                    detectable=False,
                ),
            )
        ]
    )
    b.no_content()
    return b.build()


def kalibrasi_kepala(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/spatial/kalibrasi")
    b.decoy("head-tracking yaw/pitch/roll from the earbuds' IMU: no face involved")
    b.json(
        {
            "yaw": rf(c.rng, -90, 90, 2),
            "pitch": rf(c.rng, -30, 30, 2),
            "roll": rf(c.rng, -20, 20, 2),
        }
    )
    b.no_content()
    return b.build()


def tes_pendengaran(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tes-dengar")
    b.decoy("audiogram thresholds per frequency: a hearing test, not a voiceprint")
    b.json(
        {
            "kiri": {str(f): c.rng.randint(5, 30) for f in (250, 1000, 4000, 8000)},
            "kanan": {str(f): c.rng.randint(5, 30) for f in (250, 1000, 4000, 8000)},
        }
    )
    b.no_content()
    return b.build()
