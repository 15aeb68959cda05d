"""Licence-plate recognition at the car park: plate reads with crops, season
passes, barrier control. A plate is no biometric and a visitor's car is not
the tester's device."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, fake_jpeg

from .ops import ops
from .phone import iso, rf, rid

HOST = "parkir"
PREFIX = ["W", "V", "B", "J", "P", "WA", "VB", "BMX", "JQT"]


def _plate(c: Context) -> str:
    letters = "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(c.rng.randint(0, 2)))
    return f"{c.rng.choice(PREFIX)}{letters} {c.rng.randint(1, 9999)}"


def plate_reads(c: Context) -> Flow:
    b = ops(c, "lamanseri.lpr", "GET", HOST, f"/anpr/v3/bacaan?lorong=P2-{c.rng.randint(1, 6)}")
    b.decoy("ANPR plate reads with plate crops: vehicle plates, not biometric nor her device")
    b.ok_json(
        {
            "bacaan": [
                {
                    "no_plat": _plate(c),
                    "keyakinan": rf(c.rng, 0.7, 0.99, 3),
                    "jenama": c.rng.choice(["Perodua", "Proton", "Honda", "Toyota"]),
                    "warna": c.rng.choice(["putih", "hitam", "perak", "merah"]),
                    "arah": c.rng.choice(["masuk", "keluar"]),
                    "masa": iso(c),
                    "id_kamera_anpr": "ANPR-" + new_digits(c.rng, 8),
                }
                for _ in range(c.rng.randint(3, 10))
            ]
        }
    )
    return b.build()


def plate_crop(c: Context) -> Flow:
    b = ops(c, "lamanseri.lpr", "GET", HOST, f"/anpr/v3/potongan/{rid(c.rng)}")
    b.decoy("plate crop image (a vehicle plate, not a face)")
    b.ok_json({"no_plat": _plate(c), "imej": b64(fake_jpeg(c.rng.randint(0, 10**9), 250))})
    return b.build()


def season_pass(c: Context) -> Flow:
    b = ops(c, "lamanseri.lpr", "GET", HOST, "/anpr/v3/pas-musim/semak")
    b.params.append(("no_plat", _plate(c)))
    b.decoy("tenant season-pass lookup by plate (account data)")
    b.ok_json(
        {
            "sah": True,
            "penyewa": "Kedai " + c.rng.choice(["Kopi", "Buku", "Emas"]),
            "tamat": "2025-03-31",
        }
    )
    return b.build()


def barrier(c: Context) -> Flow:
    b = ops(c, "lamanseri.lpr", "POST", HOST, f"/anpr/v3/palang/P2-{c.rng.randint(1, 6)}/buka")
    b.json({"sebab": "tiket_rosak", "no_plat": _plate(c), "oleh": b.acct("staff_no")})
    b.ok_json({"status": "dibuka", "log": rid(c.rng)})
    return b.build()
