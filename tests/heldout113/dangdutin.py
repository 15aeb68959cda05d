"""DangdutIn: a music app for dangdut, koplo and Javanese campursari.

Each play is logged to `/v1/putar/catat` with `lagu_id` and `detik_didengar`
(a scrobble); "Baru Diputar" (recently played) comes back from
`/v1/pustaka/baru-diputar`. The offline queue flushes plays as hex-encoded
deflate under `x` (opaque). The remote-config call signs itself with an MD5 of
the ANDROID_ID under `h` (opaque device carrier). Lyrics, the weekly chart (play
counts over all listeners), playlists and the karaoke pitch curve (a float
series of the singer's melody, not of the user's voice) are not sensitive.
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.dangdutin.example"
UA = ua("DangdutIn", "7.2.0")
LAGU = [
    ("Via Vallen", "Sayang"),
    ("Rhoma Irama", "Begadang"),
    ("Didi Kempot", "Pamer Bojo"),
    ("Happy Asmara", "Tak Ikhlasne"),
    ("Denny Caknan", "Kartonyono Medot Janji"),
    ("Nella Kharisma", "Jaran Goyang"),
    ("Elvy Sukaesih", "Mandi Madu"),
]


def _song(c: Context) -> tuple[str, str, str, int]:
    artis, judul = c.rng.choice(LAGU)
    return f"lg{c.rng.randint(100000, 999999)}", artis, judul, c.rng.randint(180, 420)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dangdutin", method, url)
    b.header("user-agent", UA)
    b.header("x-dd-sesi", rid(c.rng))
    return b


def catat_putar(c: Context) -> Flow:
    lid, artis, judul, dur = _song(c)
    b = _b(c, "POST", f"{API}/v1/putar/catat")
    b.view("json lagu_id + detik_didengar (song play)")
    b.json(
        {
            "lagu_id": lid,
            "judul": judul,
            "artis": artis,
            "detik_didengar": c.rng.randint(20, dur),
            "durasi": dur,
            "sumber": c.rng.choice(["playlist", "radio", "cari"]),
            "diputar_pada": iso(c),
        }
    )
    b.ok_json({"sukses": True})
    return b.build()


def baru_diputar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/pustaka/baru-diputar")
    b.view("response json baru_diputar[] (recently played)", direction="response")
    items = []
    for _ in range(c.rng.randint(3, 8)):
        lid, artis, judul, _ = _song(c)
        items.append({"lagu_id": lid, "judul": judul, "artis": artis, "terakhir": iso(c)})
    b.ok_json({"baru_diputar": items})
    return b.build()


def antrian_offline(c: Context) -> Flow:
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        lid, _, _, dur = _song(c)
        rows.append([lid, c.rng.randint(20, dur), ms(c)])
    b = _b(c, "POST", f"{API}/v1/sync")
    b.view("json x (hex of deflate rows: song id, seconds, time)", detectable=False)
    b.json({"n": len(rows), "x": zlib.compress(js(rows).encode()).hex()})
    b.ok_json({"n": len(rows)})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(c, "dangdutin", "GET", f"{API}/v1/cfg", [("v", "720")])
    b.param("h", b.id("aid_dangdut", "md5", "query h (MD5 of ANDROID_ID)", False))
    b.header("user-agent", UA)
    b.ok_json({"iklan_interstisial": True, "batas_skip": 6})
    return b.build()


def lirik(c: Context) -> Flow:
    lid, artis, judul, _ = _song(c)
    b = _b(c, "GET", f"{API}/v1/lirik/{lid}")
    b.ok_json(
        {
            "judul": judul,
            "artis": artis,
            "baris": [{"t_ms": i * 4200, "teks": "..."} for i in range(12)],
        }
    )
    return b.build()


def tangga_lagu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chart/tangga-lagu-dangdut?minggu=48")
    b.decoy("weekly chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {
                    "posisi": i + 1,
                    "judul": j,
                    "artis": a,
                    "total_diputar": c.rng.randint(10**5, 10**7),
                }
                for i, (a, j) in enumerate(LAGU)
            ]
        }
    )
    return b.build()


def karaoke_nada(c: Context) -> Flow:
    lid, _, judul, _ = _song(c)
    b = _b(c, "GET", f"{API}/v1/karaoke/{lid}/nada")
    b.decoy("karaoke guide melody: pitch series of the recording, not the user's voice")
    base = rf(c.rng, 180, 320, 1)
    b.ok_json(
        {
            "judul": judul,
            "nada_hz": [round(base * (1 + c.rng.gauss(0, 0.08)), 1) for _ in range(64)],
            "hop_ms": 50,
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/playlist/koplo-hits-{c.rng.randint(1, 9)}")
    b.decoy("editorial playlist (content fetch)")
    items = []
    for _ in range(10):
        lid, artis, judul, dur = _song(c)
        items.append({"lagu_id": lid, "judul": judul, "artis": artis, "durasi": dur})
    b.ok_json({"nama": "Koplo Hits", "lagu": items, "id_permintaan": rid(c.rng)})
    return b.build()


def stream_audio(c: Context) -> Flow:
    lid, _, _, _ = _song(c)
    b = FB(c, "dangdutin", "GET", f"https://cdn.dangdutin.example/a/{lid}/160.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x1cftypM4A " + bytes(range(200)))
    return b.build()
