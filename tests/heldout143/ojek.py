"""Jalanin: a ride-hailing super app (ride, food, pay, and a short-video tab).

Device registration and the risk SDK carry the phone's ids; the short-video tab
reports what was watched (`lama_nonton`, Jakarta slang 'nonton'). Driver
location pings, the driver's own phone id in the booking answer (another
person's device) and the driver's photo (shown, not matched) are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.jalanin.example"
UA = ua("Jalanin", "4.88.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jalanin", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("ojek_install", where="header x-install-id"))
    return b


def risiko_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/device")
    b.json(
        {
            "aid": b.id("aid_ojek", where="json aid"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "imei_hash": b.id("imei", "sha256", "json imei_hash"),
            "root": False,
            "emulator": False,
        }
    )
    b.ok_json({"skor_risiko": rf(c.rng, 0, 0.2)})
    return b.build()


def risiko_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/risk/v1/s")
    b.json(
        {
            "h": b.id("aid_ojek", "sha1", "json h (sha1 of ANDROID_ID)", detectable=False),
            "n": c.rng.randint(1, 9),
        }
    )
    b.no_content()
    return b.build()


def pesan_ojek(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ride/v3/pesan")
    b.decoy(
        "booking: pickup coordinates, the driver's phone device id and photo (another person's)"
    )
    b.json(
        {
            "jemput": {"lat": rf(c.rng, -6.3, -6.1), "lng": rf(c.rng, 106.7, 106.9)},
            "tujuan": {"lat": rf(c.rng, -6.3, -6.1), "lng": rf(c.rng, 106.7, 106.9)},
            "layanan": "motor",
            "pelanggan": b.acct("ojek_user"),
        }
    )
    b.ok_json(
        {
            "order_id": "RB-" + new_hex(c.rng, 10).upper(),
            "driver": {
                "nama": "Pak Slamet",
                "plat": "B 4821 KJT",
                "foto": f"https://img.jalanin.example/drv/{new_hex(c.rng, 16)}.jpg",
                "device_id_driver": new_hex(c.rng, 16),
            },
            "eta_menit": c.rng.randint(2, 9),
        }
    )
    return b.build()


def lokasi_driver(c: Context) -> Flow:
    b = FB(
        c, "jalanin", "GET", f"{API}/ride/v3/lokasi-driver?order=RB-{new_hex(c.rng, 10).upper()}"
    )
    b.header("user-agent", UA)
    b.decoy("driver's live coordinates and heading")
    b.ok_json(
        {
            "lat": rf(c.rng, -6.3, -6.1),
            "lng": rf(c.rng, 106.7, 106.9),
            "arah": c.rng.randint(0, 359),
            "ts": ms(c),
        }
    )
    return b.build()


def video_pendek(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/hiburan/v1/video/nonton")
    b.view("json lama_nonton / udah_ditonton of a short video")
    b.json(
        {
            "video_id": f"sv{c.rng.randint(10**6, 10**7)}",
            "lama_nonton": c.rng.randint(1, 60),
            "udah_ditonton": c.rng.random() < 0.5,
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def promo(c: Context) -> Flow:
    b = FB(c, "jalanin", "GET", f"{API}/promo/v1/beranda?kota=surabaya")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "promo": [
                {"kode": "GASKEUN20", "teks": "Diskon 20% buat kamu, gaskeun!", "id": rid(c.rng)}
            ]
        }
    )
    return b.build()
