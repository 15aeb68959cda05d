"""Aset Medis: the biomedical-engineering inventory of medical devices
(IPSRS), used from the Melati ward's shared phone during a calibration round.

The asset list gives each device its serial number, network MAC, location and
last calibration date; the audit posts the assets scanned by their asset tags
with the serial and MAC read off the label. These identify the hospital's
equipment, not the phone or its user.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, mac, rid, ua

API = "https://ipsrs.rshusadawaras.example"
UA = ua("AsetMedis", "1.5.4", "bangsal")
ALAT = [
    ("Patient monitor", "Mindray BeneVision N12"),
    ("Syringe pump", "Terumo TE-SS700"),
    ("Infusion pump", "B. Braun Infusomat Space"),
    ("Ventilator", "Hamilton C1"),
    ("Defibrillator", "Philips HeartStart XL+"),
    ("Suction pump", "Medela Basic 30"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-ipsrs", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _row(c: Context) -> dict:
    jenis, model = c.rng.choice(ALAT)
    return {
        "tag_aset": "RSHW-ALK-" + new_digits(c.rng, 5),
        "jenis": jenis,
        "model": model,
        "sn": new_hex(c.rng, 3).upper() + new_digits(c.rng, 7),
        "mac": mac(c.rng),
        "lokasi": "Bangsal Melati",
        "kalibrasi_terakhir": "2024-0" + str(c.rng.randint(1, 9)) + "-15",
    }


def daftar_aset(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/aset?lokasi=melati&hal=1")
    b.decoy("medical device inventory with serials and MACs")
    b.ok_json({"aset": [_row(c) for _ in range(5)], "total": 47})
    return b.build()


def audit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/audit")
    b.decoy("asset audit posting scanned medical devices' serials and MACs")
    b.json(
        {
            "ronde": new_hex(c.rng, 12),
            "dipindai": [_row(c) for _ in range(c.rng.randint(1, 3))],
            "waktu": iso(c),
        }
    )
    b.ok_json({"tercatat": True})
    return b.build()


def jadwal_kalibrasi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kalibrasi/jadwal?bulan=2024-12")
    b.ok_json(
        {
            "jadwal": [
                {
                    "tag_aset": "RSHW-ALK-" + new_digits(c.rng, 5),
                    "tanggal": f"2024-12-{d:02d}",
                    "vendor": "PT Kalibrasi Jatim",
                }
                for d in (3, 10, 17)
            ]
        }
    )
    return b.build()
