"""RadioKita: Indonesian FM streams (Prambors, Gen FM, Suara Surabaya...).

The tuning log (`stasiun`, `mulai_dengar`, `lama_dengar`) is a live-channel
tuning log: listening history. The station list and the now-playing metadata
fetch are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.radiokita.example"
UA = ua("RadioKita", "3.0.9")
STASIUN = ["prambors-jkt", "genfm-jkt", "suara-surabaya", "geronimo-yogya", "rri-pro2"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiokita", method, url)
    b.header("user-agent", UA)
    return b


def log_dengar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/log/dengar")
    b.view("form stasiun + lama_dengar (tuning log)")
    b.form(
        [
            ("id_perangkat", b.id("aid_radio", where="form id_perangkat")),
            ("stasiun", c.rng.choice(STASIUN)),
            ("mulai_dengar", str(ms(c))),
            ("lama_dengar", str(c.rng.randint(30, 5400))),
        ]
    )
    b.ok_json({"r": "ok"})
    return b.build()


def log_pendek(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/l")
    b.view("query s (station index) and d (seconds): nothing names them", detectable=False)
    b.param("s", str(STASIUN.index(c.rng.choice(STASIUN))))
    b.param("d", str(c.rng.randint(30, 3000)))
    b.param("t", str(int(c.now)))
    b.respond(204, None)
    return b.build()


def daftar_stasiun(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stasiun?kota=" + c.rng.choice(["jakarta", "surabaya", "yogyakarta"]))
    b.ok_json(
        {
            "stasiun": [
                {"id": s, "frekuensi": f"{c.rng.randint(88, 107)}.{c.rng.randint(0, 9)} FM"}
                for s in STASIUN
            ]
        }
    )
    return b.build()


def sedang_diputar(c: Context) -> Flow:
    s = c.rng.choice(STASIUN)
    b = _b(c, "GET", f"{API}/stasiun/{s}/now")
    b.decoy("now-playing metadata of a station (content fetch, same for every listener)")
    b.ok_json({"lagu": "Tak Segampang Itu", "artis": "Anggi Marito", "mulai": iso(c)})
    return b.build()
