"""Irama: a music streaming app (Indonesian pop, dangdut koplo, campursari).

Play reports (`sudah_didengar`, `durasi_putar`), a Javanese-keyed listening log
from the campursari channel (`wis_dirungokke`) and an obfuscated play queue
(`q` rows) are listening history; the chart (an aggregate), lyrics and
search results are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, ua

API = "https://api.irama.example"
UA = ua("Irama", "8.3.0")
LAGU = [
    ("trk_7781", "Ojo Dibandingke", "Farel Prayoga"),
    ("trk_1203", "Lathi", "Weird Genius"),
    ("trk_5530", "Sewu Kutho", "Didi Kempot"),
    ("trk_9912", "Sial", "Mahalini"),
    ("trk_4410", "Cidro", "Denny Caknan"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "irama", method, url)
    b.header("user-agent", UA)
    b.header("x-id-perangkat", b.id("aid_musik", where="header x-id-perangkat"))
    return b


def lapor_putar(c: Context) -> Flow:
    tid, judul, artis = c.rng.choice(LAGU)
    b = _b(c, "POST", f"{API}/v2/pendengaran/lapor")
    b.view("json sudah_didengar / durasi_putar (track play)")
    b.json(
        {
            "id_lagu": tid,
            "judul": judul,
            "artis": artis,
            "durasi_putar": c.rng.randint(20, 240),
            "sudah_didengar": c.rng.random() < 0.6,
            "sumber": c.rng.choice(["playlist", "radio_artis", "pencarian"]),
            "diputar_pada": iso(c),
        }
    )
    b.no_content()
    return b.build()


def log_jawa(c: Context) -> Flow:
    tid, judul, _ = c.rng.choice(LAGU)
    b = _b(c, "POST", f"{API}/v1/campursari/riwayat")
    b.view("json wis_dirungokke[] (Javanese: 'already listened to') with suwene_detik")
    b.json(
        {
            "wis_dirungokke": [
                {
                    "lagu": tid,
                    "irah_irahan": judul,
                    "suwene_detik": c.rng.randint(30, 300),
                    "wektu": ms(c),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def antrean_ringkas(c: Context) -> Flow:
    """The offline-play sync: gzip+base64 under 'q'."""
    b = _b(c, "POST", f"{API}/s")
    b.view("json q=gzip+base64 offline play rows", detectable=False)
    rows = [[t, c.rng.randint(20, 240), ms(c)] for t, _, _ in c.rng.sample(LAGU, 3)]
    b.json({"q": b64(gz(js(rows).encode())), "v": 4})
    b.no_content()
    return b.build()


def tangga_lagu(c: Context) -> Flow:
    b = FB(c, "irama", "GET", f"{API}/v2/tangga-lagu/indonesia?minggu=ini")
    b.header("user-agent", UA)
    b.decoy("chart with jumlah_diputar play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "peringkat": [
                {
                    "posisi": i + 1,
                    "id_lagu": t,
                    "judul": j,
                    "jumlah_diputar": c.rng.randint(10**5, 10**8),
                }
                for i, (t, j, _) in enumerate(LAGU)
            ]
        }
    )
    return b.build()


def lirik(c: Context) -> Flow:
    tid, judul, _ = c.rng.choice(LAGU)
    b = FB(c, "irama", "GET", f"{API}/v1/lirik/{tid}")
    b.header("user-agent", UA)
    b.decoy("time-synced lyrics: timestamps of lines in a song, not of a listener")
    b.ok_json({"judul": judul, "baris": [{"ms": i * 4200, "teks": "..."} for i in range(8)]})
    return b.build()


def cari(c: Context) -> Flow:
    b = FB(c, "irama", "GET", f"{API}/v2/cari?q=" + c.rng.choice(["koplo", "denny+caknan", "sad"]))
    b.header("user-agent", UA)
    b.ok_json({"hasil": [{"id_lagu": t, "judul": j, "artis": a} for t, j, a in LAGU[:3]]})
    return b.build()
