"""e-Farmasi RSHW: the hospital pharmacy app on the Melati ward's shared phone.

The catalogue lists drugs with GS1 identifiers (GTIN, batch, expiry and the
unit's serial number, AI 21, as printed in the pack's DataMatrix); dispensing
scans the pack's DataMatrix string; ward stock-taking (`stok opname`) and the
dose timers of the unit-dose cart are ordinary. A product serial is a pack's,
not a device's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rid, ua

API = "https://farmasi.rshusadawaras.example"
UA = ua("eFarmasiRSHW", "3.0.2", "bangsal")
PRODUK = [
    ("08992858101019", "Paracetamol 500 mg tab"),
    ("08992761134012", "Amoxicillin 500 mg kaps"),
    ("08993053220113", "Omeprazole 20 mg kaps"),
    ("08992858405117", "Ceftriaxone 1 g inj"),
    ("08996001600399", "Metformin 500 mg tab"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-farmasi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _sn(c: Context) -> str:
    return new_hex(c.rng, 4).upper() + new_digits(c.rng, 8)


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/katalog?hal=1")
    b.decoy("drug catalogue with GS1 serial numbers, batches and expiry")
    b.ok_json(
        {
            "produk": [
                {
                    "gtin": g,
                    "nama": n,
                    "batch": "B" + new_digits(c.rng, 6),
                    "kedaluwarsa": "2026-08-31",
                    "serial_number": _sn(c),
                    "stok": c.rng.randint(0, 400),
                }
                for g, n in PRODUK
            ]
        }
    )
    return b.build()


def scan_dispensing(c: Context) -> Flow:
    g, n = c.rng.choice(PRODUK)
    b = _b(c, "POST", f"{API}/api/v1/dispensing/scan")
    b.decoy("GS1 DataMatrix of a drug pack (product serial, AI 21)")
    dm = f"(01){g}(17)260831(10)B{new_digits(c.rng, 6)}(21){_sn(c)}"
    b.json(
        {
            "datamatrix": dm,
            "no_rm": "RM" + new_digits(c.rng, 8),
            "bed": "Melati " + str(c.rng.randint(1, 12)),
            "waktu": iso(c),
        }
    )
    b.ok_json({"valid": True, "nama": n, "tidak_ganda": True})
    return b.build()


def stok_opname(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/stok-opname")
    b.json(
        {
            "depo": "Depo Melati",
            "item": [{"gtin": g, "jumlah": c.rng.randint(0, 120)} for g, _ in PRODUK],
            "id_sesi": new_hex(c.rng, 20),
        }
    )
    b.ok_json({"selisih": c.rng.randint(0, 4)})
    return b.build()


def timer_troli(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/troli-udd/timer?depo=melati")
    b.decoy("unit-dose cart timers and drawer positions")
    b.ok_json(
        {
            "laci": [
                {
                    "posisi_laci": i,
                    "bed": "Melati " + str(i),
                    "jatuh_tempo": iso(c),
                    "sisa_detik": c.rng.randint(0, 7200),
                }
                for i in range(1, 5)
            ]
        }
    )
    return b.build()
