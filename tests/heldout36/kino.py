"""An Azerbaijani streaming app (films, series) on its own backend.

In-house: key names are partly Azerbaijani (`izləmə` = watching, `mövqe` =
position, `müddət` = duration, `cihaz` = device, `davam et` = continue), partly
English, as apps from Baku studios mix them. The player's watch log is batched
and gzipped like ExoPlayer analytics listeners feeding an in-house collector;
one beacon is an AES blob under a meaningless key (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.kinoaz.example"
TITLES = ["Ali və Nino", "Bakı gecələri", "Dəli Kür", "Qala", "Sarı gəlin", "Xəzər sahili"]


def _film(c: Context) -> tuple[str, int]:
    return f"f{c.rng.randint(10000, 99999)}", c.rng.randint(1500, 7800)


def _common(b: FB) -> None:
    b.header("user-agent", ua("KinoAz", "3.8.1"))
    b.header("authorization", "Bearer " + new_hex(b.ctx.rng, 40))


def heartbeat(c: Context) -> Flow:
    film, dur = _film(c)
    b = FB(c, "kinoaz", "POST", API + "/v3/izleme/nabiz")
    _common(b)
    body = {
        "film_id": film,
        "bolum": c.rng.randint(1, 12),
        "movqe": c.rng.randint(30, dur),
        "muddet": dur,
        "keyfiyyet": "720p",
        "cihaz_id": b.id("aid_kino", where="json cihaz_id"),
        "istifadeci": b.acct("kino_user"),
        "zaman": iso(c),
    }
    b.view("json film_id + movqe (position) heartbeat")
    b.json(body)
    b.no_content()
    return b.build()


def watch_log(c: Context) -> Flow:
    b = FB(c, "kinoaz", "POST", API + "/collect/v1/batch")
    _common(b)
    b.header("x-install-id", b.id("kino_install", where="header x-install-id"))
    events = []
    for kind in ("play", "pause", "progress", "progress"):
        film, dur = _film(c)
        events.append({"ev": kind, "contentId": film, "posSec": c.rng.randint(0, dur), "ts": ms(c)})
    b.view("gzip json events[] contentId + posSec")
    b.json({"events": events, "app": "az.kino.tv"}, "gzip")
    b.ok_json({"accepted": len(events)})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "kinoaz", "GET", API + "/v3/profil/davam-et")
    _common(b)
    items = []
    for _ in range(c.rng.randint(3, 6)):
        film, dur = _film(c)
        watched = c.rng.randint(60, dur)
        items.append(
            {
                "film_id": film,
                "ad": c.rng.choice(TITLES),
                "baxilib_san": watched,
                "faiz": round(100 * watched / dur, 1),
                "son_baxis": iso(c),
            }
        )
    b.view("response davam-et list: film + watched seconds", direction="response")
    b.ok_json({"davam_et": items})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = FB(c, "kinoaz", "POST", API + "/b")
    _common(b)
    blob = bytes(c.rng.getrandbits(8) for _ in range(160))
    b.view("AES blob under key d (watch state)", detectable=False)
    b.json({"d": b64(blob), "k": 3})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "kinoaz", "GET", API + "/v3/katalog")
    b.param("janr", c.rng.choice(["dram", "komediya", "tarixi"]))
    b.param("sehife", str(c.rng.randint(1, 6)))
    items = [
        {
            "film_id": _film(c)[0],
            "ad": t,
            "reytinq": round(c.rng.uniform(5, 9), 1),
            "poster": f"https://static.kinoaz-cdn.example/img/w342/{new_hex(c.rng, 40)}.jpg",
        }
        for t in c.rng.sample(TITLES, 4)
    ]
    b.ok_json({"siyahi": items, "request_id": rid(c.rng)})
    b.decoy("catalogue page: film ids and titles, not what was watched")
    return b.build()


def search(c: Context) -> Flow:
    b = FB(c, "kinoaz", "GET", API + "/v3/axtaris")
    b.param("q", c.rng.choice(["qala", "komediya", "nino"]))
    b.ok_json({"netice": [{"film_id": _film(c)[0], "ad": c.rng.choice(TITLES)} for _ in range(5)]})
    b.decoy("search results")
    return b.build()


def hls_segment(c: Context) -> Flow:
    film, _ = _film(c)
    seg = c.rng.randint(1, 900)
    b = FB(c, "kinoaz", "GET", f"https://vod.kinoaz-cdn.example/{film}/720p/seg_{seg:05d}.ts")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("video segment fetch")
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "kinoaz", "POST", API + "/v3/cihaz/qeydiyyat")
    _common(b)
    b.json(
        {
            "cihaz": {
                "android_id": b.id("aid_kino", where="json cihaz.android_id"),
                "reklam_id": b.id("gaid", where="json cihaz.reklam_id"),
                "model": "23021RAAEG",
                "os": "Android 13",
            },
            "push_token": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def profile_stats(c: Context) -> Flow:
    b = FB(c, "kinoaz", "GET", API + "/v3/profil/statistika")
    _common(b)
    b.ok_json({"ayliq_deqiqe": [c.rng.randint(0, 300) for _ in range(12)], "abune": "premium"})
    b.decoy("monthly minutes series without titles")
    return b.build()
