"""The mall's mobile-device management: its radios and tablets, and this phone.

The fleet list is the employer's equipment (radio serials, tablet IMEIs and
MACs): not the tester's. This phone's own check-in is: the phone under test
sends its IMEI, serial, Wi-Fi MAC and the agent's ANDROID_ID (issued by the
employer, but it is the tester's phone; judged hers).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex

from .phone import FB, dalvik, iso, mall_mac, ms, rf, rid

API = "https://mdm.lamanseri.example"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "lamanseri.mdm", method, API + path)
    b.header("user-agent", dalvik())
    b.header("authorization", "MDM " + new_hex(c.rng, 40))
    return b


def fleet(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/peranti?kumpulan=keselamatan")
    b.decoy("MDM fleet: the mall's radios and tablets (serials, IMEIs, MACs): employer's devices")
    items = []
    for i in range(c.rng.randint(5, 12)):
        radio = i % 3 != 0
        items.append(
            {
                "nama": f"{'Radio' if radio else 'Tablet'}-{c.rng.randint(1, 60):02d}",
                "model": "MOTOTRBO R7" if radio else "Galaxy Tab Active5",
                "no_siri": ("867TVK" if radio else "R9TW") + new_digits(c.rng, 5),
                "imei": None if radio else luhn_complete(new_digits(c.rng, 14, "35")),
                "mac": mall_mac(c.rng, "00:1A:2B"),
                "bateri": c.rng.randint(5, 100),
                "lat": rf(c.rng, 3.147, 3.150, 5),
                "lng": rf(c.rng, 101.711, 101.714, 5),
            }
        )
    b.ok_json({"peranti": items})
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/daftar-masuk")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "serialNumber": b.id("serial", where="json serialNumber"),
            "wifiMac": b.id("wifi_mac", where="json wifiMac"),
            "androidId": b.id("aid_mdm", where="json androidId"),
            "model": "SM-A546E",
            "osVersion": "14",
            "patchLevel": "2024-10-01",
            "pengguna": b.id("email", where="json pengguna"),
            "masa": iso(c),
        }
    )
    b.ok_json({"arahan": [], "dasar": "keselamatan-v7"})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    """Agent heartbeat: the key is a truncated SHA-256 of the IMEI under 'h'."""
    b = _b(c, "POST", "/api/v1/hb")
    b.json(
        {
            "h": b.id("imei", "sha256_trunc32", "json h", detectable=False),
            "b": c.rng.randint(10, 100),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def policy(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/dasar/keselamatan-v7")
    b.decoy("device policy (kiosk apps, passcode rules): configuration")
    b.ok_json(
        {
            "aplikasi_dibenarkan": [
                "my.lamanseri.ops",
                "com.motorolasolutions.wave",
                "com.whatsapp",
            ],
            "kod_laluan_min": 6,
            "kamera_dibenarkan": True,
            "versi": rid(c.rng),
        }
    )
    return b.build()
