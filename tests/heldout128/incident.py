"""Incident reports with photos, lost-and-found, shift handover notes.

Photos of a spill or a found wallet go to ordinary storage (no face matching);
a finder's or owner's phone number is an account detail, not a device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .ops import ops, zone
from .phone import iso, rf, rid

HOST = "insiden"
KINDS = [
    "tumpahan",
    "kanak-kanak_hilang",
    "pergaduhan",
    "kecurian",
    "kecemasan_perubatan",
    "lif_rosak",
]
ITEMS = [
    "dompet kulit coklat",
    "iPhone 13 biru",
    "kunci kereta Perodua",
    "背包 黑色",
    "payung merah",
]


def report(c: Context) -> Flow:
    b = ops(c, "lamanseri.incident", "POST", HOST, "/api/laporan")
    b.decoy("incident report: indoor coordinates, time, free text")
    b.json(
        {
            "jenis": c.rng.choice(KINDS),
            "zon": zone(c),
            "lokasi": {
                "x": rf(c.rng, 0, 180, 1),
                "y": rf(c.rng, 0, 90, 1),
                "aras": c.rng.randint(1, 4),
            },
            "keterangan": c.rng.choice(
                [
                    "Lantai basah depan Watsons",
                    "Kanak-kanak terpisah dari ibu, 5 thn",
                    "Lif 3 tersekat",
                ]
            ),
            "dilapor_pada": iso(c),
            "ruj_klien": rid(c.rng),
        }
    )
    b.ok_json({"no_insiden": f"INS-{c.rng.randint(10000, 99999)}", "status": "dibuka"})
    return b.build()


def photo(c: Context) -> Flow:
    b = ops(
        c,
        "lamanseri.incident",
        "POST",
        HOST,
        f"/api/laporan/INS-{c.rng.randint(10000, 99999)}/foto",
    )
    b.decoy("incident photo to ordinary storage: a scene, no face matching or analysis")
    bnd = "----" + new_hex(c.rng, 24)
    parts = [
        (
            "foto",
            f"IMG_2024{new_digits(c.rng, 8)}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 1000),
        ),
        ("kapsyen", None, None, b"Keadaan selepas dibersihkan"),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"url": f"https://insiden.lamanseri.example/f/{new_hex(c.rng, 32)}.jpg"})
    return b.build()


def lost_found(c: Context) -> Flow:
    b = ops(c, "lamanseri.incident", "POST", HOST, "/api/hilang-jumpa")
    b.decoy("lost-and-found item: description, finder's phone number (account data), photo link")
    b.json(
        {
            "barang": c.rng.choice(ITEMS),
            "dijumpai_di": zone(c),
            "penemu_telefon": "+6011" + new_digits(c.rng, 8),
            "gambar": f"https://insiden.lamanseri.example/f/{new_hex(c.rng, 32)}.jpg",
            "masa": iso(c),
        }
    )
    b.ok_json({"no_rujukan": "HJ-" + new_digits(c.rng, 6)})
    return b.build()


def lost_phone_claim(c: Context) -> Flow:
    """A shopper claims a found phone by its IMEI: someone else's device."""
    b = ops(c, "lamanseri.incident", "GET", HOST, "/api/hilang-jumpa/cari")
    b.params.append(("imei", "35" + new_digits(c.rng, 13)))
    b.decoy("IMEI of a shopper's lost phone typed in for a claim: another person's device")
    b.ok_json({"padanan": c.rng.random() < 0.4, "no_rujukan": "HJ-" + new_digits(c.rng, 6)})
    return b.build()


def handover(c: Context) -> Flow:
    b = ops(c, "lamanseri.incident", "POST", HOST, "/api/serah-tugas")
    b.json(
        {
            "syif": c.rng.choice(["pagi", "petang", "malam"]),
            "nota": c.rng.choice(
                ["Kamera P2-014 luar talian, tiket dibuka", "交班：L3 厕所漏水", "Semua normal"]
            ),
            "masa": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
