"""PitaFit: the companion app of a Mi Band-like fitness band.

Pairing and sync send the band's BLE MAC and serial. Heart rate, SpO2, steps
and sleep are health data, not a face or voice biometric: labelled decoys. The
watch-face store and firmware check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, ua

API = "https://api.pitafit.example"
UA = ua("PitaFit", "3.28.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pitafit", method, url)
    b.header("user-agent", UA)
    return b


def pasang(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gelang/pasang")
    b.json(
        {
            "mac_ble": b.id("band_mac", where="json mac_ble"),
            "no_seri": b.id("band_serial", where="json no_seri"),
            "model": "Band 8",
            "firmware": "2.1.0.12",
        }
    )
    b.ok_json({"terpasang": True})
    return b.build()


def sinkron(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gelang/sinkron")
    b.decoy("heart-rate and SpO2 series: health data, not a face or voice biometric")
    b.json(
        {
            "perangkat": b.id("band_mac", "lower", "json perangkat (BLE MAC, lower case)"),
            "detak_jantung": [c.rng.randint(60, 110) for _ in range(60)],
            "spo2": [c.rng.randint(94, 99) for _ in range(12)],
            "langkah": c.rng.randint(500, 12000),
            "mulai": iso(c),
        },
        "gzip",
    )
    b.ok_json({"diterima": True})
    return b.build()


def tidur(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ringkasan/tidur?tgl=kemarin")
    b.ok_json({"total_menit": c.rng.randint(300, 480), "nyenyak_menit": c.rng.randint(60, 150)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchface?tema=batik&ts={ms(c)}")
    b.ok_json({"data": [{"nama": "Batik Parang", "ukuran_kb": rf(c.rng, 100, 400, 0)}]})
    return b.build()
