"""Taraftar: a Süper Lig football app (live scores, highlights, fan cam).

Highlight (özet) and goal-clip views with seconds watched are viewing history,
sent both to the app's backend and as Firebase Analytics events (`video_izlendi`
with `izlenen_sn`). Live scores, shot maps (x/y coordinates, xG), player
comparison vectors and standings are look-alikes. The fan-cam sticker feature
("taraftar maskesi") maps the fan's own face: its landmarks go up for the
server-side mask, a face mesh under `yuz_noktalari`, and a compact build sends
them as packed float32 under `m`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from . import sdks
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.taraftar.example"
PKG = "tr.taraftar.app"
UA = ua("Taraftar", "7.3.0")
TAKIMLAR = [
    "Galatasaray",
    "Fenerbahçe",
    "Beşiktaş",
    "Trabzonspor",
    "Göztepe",
    "Amedspor",
    "Başakşehir",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "taraftar", method, url)
    b.header("user-agent", UA)
    b.header("x-uye", b.acct("futbol_user"))
    return b


def _mac(c: Context) -> str:
    ev, dep = c.rng.sample(TAKIMLAR, 2)
    return f"{ev} - {dep}"


def ozet_izlendi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/video/izlendi")
    b.view("json videoId + izlenenSn + tamamlandi")
    b.json(
        {
            "videoId": f"oz{c.rng.randint(10**5, 10**6)}",
            "mac": _mac(c),
            "izlenenSn": c.rng.randint(5, 600),
            "tamamlandi": c.rng.random() < 0.5,
            "cihaz": b.id("aid_futbol", where="json cihaz"),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def firebase_video(c: Context) -> Flow:
    b = sdks.firebase_event(
        c,
        PKG,
        [
            {
                "name": "video_izlendi",
                "params": {
                    "video_id": f"oz{c.rng.randint(10**5, 10**6)}",
                    "izlenen_sn": c.rng.randint(5, 600),
                    "mac": _mac(c),
                },
                "ts": ms(c),
            }
        ],
    )
    b.view("json events[video_izlendi] video_id + izlenen_sn")
    return b.build()


def firebase_screen(c: Context) -> Flow:
    b = sdks.firebase_event(
        c, PKG, [{"name": "screen_view", "params": {"ekran": "canli_skor"}, "ts": ms(c)}]
    )
    return b.build()


def yuz_maskesi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/taraftar-maskesi/uygula")
    b.bio("face_landmarks", "json yuz_noktalari (468 [x,y,z] face mesh)")
    b.json(
        {
            "maske": c.rng.choice(TAKIMLAR).lower(),
            "yuz_noktalari": [
                [rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, -0.1, 0.1)] for _ in range(468)
            ],
            "bas_acisi": {"yaw": rf(c.rng, -20, 20, 1), "pitch": rf(c.rng, -15, 15, 1)},
        }
    )
    b.ok_json({"gorsel": f"https://cdn.taraftar.example/m/{rid(c.rng)}.png"})
    return b.build()


def yuz_maskesi_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tm")
    b.bio(
        "face_landmarks", "json m (base64 float32, mesh points under one letter)", detectable=False
    )
    b.json({"t": c.rng.randint(1, 7), "m": floats_b64([rf(c.rng, 0, 1) for _ in range(468 * 3)])})
    b.ok_json({"g": rid(c.rng)})
    return b.build()


def canli_skor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/canli?lig=super-lig")
    b.ok_json(
        {
            "maclar": [
                {
                    "mac": _mac(c),
                    "skor": f"{c.rng.randint(0, 4)}-{c.rng.randint(0, 4)}",
                    "dakika": c.rng.randint(1, 90),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def sut_haritasi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mac/{c.rng.randint(10**5, 10**6)}/sut-haritasi")
    b.decoy("shot map: pitch x/y coordinates with xG")
    b.ok_json(
        {
            "sutlar": [
                {
                    "x": rf(c.rng, 60, 105, 1),
                    "y": rf(c.rng, 0, 68, 1),
                    "xG": rf(c.rng, 0, 0.8, 3),
                    "dakika": c.rng.randint(1, 90),
                }
                for _ in range(14)
            ]
        }
    )
    return b.build()


def oyuncu_karsilastir(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v2/oyuncu/karsilastir?a={c.rng.randint(1000, 9999)}&b={c.rng.randint(1000, 9999)}",
    )
    b.decoy("player comparison feature vectors (no face)")
    b.ok_json(
        {
            "ozellikler": ["pas", "sut", "hiz", "fizik", "defans"],
            "a": [rf(c.rng, 40, 95, 1) for _ in range(5)],
            "b": [rf(c.rng, 40, 95, 1) for _ in range(5)],
        }
    )
    return b.build()


def puan_durumu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/puan-durumu?sezon=2024-25")
    b.decoy("standings")
    b.ok_json({"tablo": [{"takim": t, "puan": c.rng.randint(5, 60)} for t in TAKIMLAR]})
    return b.build()


def en_cok_izlenen_ozetler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/en-cok-izlenen")
    b.decoy("most-watched highlights: view counts over all fans (aggregate)")
    b.ok_json(
        {
            "videolar": [
                {
                    "videoId": f"oz{c.rng.randint(10**5, 10**6)}",
                    "mac": _mac(c),
                    "izlenme": c.rng.randint(10**4, 10**6),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
