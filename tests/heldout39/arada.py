"""Arada Play (fictional): an Ethiopian film and series app, in-house backend whose
keys are romanised Amharic (yetaye = watched, kifil = episode, yaqomu_bota = where
it was stopped, rezmet = length, temelkach = viewer, mesaria = device, zerf =
genre, fellega = search). Watch log, continue-watching sync, short-key heartbeats,
an AES-wrapped beacon (opaque), device registration; decoys: catalogue, posters,
HLS segments, search. No third-party SDK: nothing to cite but the keys' language.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.aradaplay.et"
UA = ua("AradaPlay", "3.8.2")
TITLES = ["ፍቅር እስከ መቃብር", "Sost Maezen", "Yebet Sira", "Dana", "Eregnaye", "Amen"]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "arada", method, url, params)
    b.header("user-agent", UA)
    b.header("x-arada-quanqua", "am")
    return b


def _film(c: Context) -> str:
    return f"AP{c.rng.randint(10000, 99999)}"


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/yetaye/mezgeb")
    rez = c.rng.choice([1500, 2640, 5400, 6120])
    b.json(
        {
            "temelkach": b.acct("arada_user"),
            "mesaria_id": b.id("arada_device", where="body.mesaria_id"),
            "yetaye": [
                {
                    "film_id": _film(c),
                    "ርዕስ": c.rng.choice(TITLES),
                    "kifil": c.rng.randint(1, 24),
                    "yaqomu_bota": c.rng.randint(30, rez),
                    "rezmet": rez,
                    "gize": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.view("body.yetaye[]")
    b.ok_json({"huneta": "teqebele"})
    return b.build()


def continue_sync(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/temelkach/qetil")
    items = [
        {"film": _film(c), "kifil": c.rng.randint(1, 12), "bota_sec": c.rng.randint(60, 3000)}
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"qetil_yemitayu": items, "zemene": ms(c)})
    b.view("body.qetil_yemitayu")
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    params = [
        ("f", _film(c)),
        ("k", str(c.rng.randint(1, 20))),
        ("p", str(c.rng.randint(10, 3000))),
        ("d", "2640"),
        ("ev", c.rng.choice(["play", "hb", "hb", "pause"])),
        ("s", rid(c.rng)),
        ("t", str(ms(c))),
    ]
    b = _b(c, "GET", "https://beacon.aradaplay.et/hb", params)
    b.view("query.f+p+d")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "https://t.aradaplay.et/c")
    blob = b64(bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 320))))
    b.json({"v": 2, "k": new_hex(c.rng, 8), "d": blob})
    b.view("body.d (AES blob)", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mesaria/mezgeb")
    b.json(
        {
            "mesaria_id": b.id("arada_device", where="body.mesaria_id"),
            "android_id": b.id("aid_arada", where="body.android_id"),
            "gaid": b.id("gaid", where="body.gaid"),
            "model": "itel S665L",
            "os": "13",
            "push": "fcm",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "expires": 86400})
    return b.build()


def catalogue(c: Context) -> Flow:
    zerf = c.rng.choice(["drama", "comedy", "tarikawi", "yelijoch"])
    b = _b(c, "GET", f"{API}/v2/filmoch", [("zerf", zerf), ("gets", str(c.rng.randint(1, 6)))])
    items = [
        {
            "film_id": _film(c),
            "ርዕስ": c.rng.choice(TITLES),
            "rezmet": c.rng.choice([1500, 2640, 5400]),
            "poster": f"https://img.aradaplay.et/p/{new_hex(c.rng, 12)}.jpg",
            "kifiloch": c.rng.randint(1, 40),
        }
        for _ in range(8)
    ]
    b.ok_json({"filmoch": items, "qetay": c.rng.randint(2, 9)})
    b.decoy("catalogue page: film ids and lengths, nothing watched")
    return b.build()


def poster(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.aradaplay.et/p/{new_hex(c.rng, 12)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700))
    b.decoy("poster image fetch")
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 400)
    url = f"https://cdn.aradaplay.et/hls/{_film(c)}/720p/seg_{n:05d}.ts"
    b = _b(c, "GET", url)
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("HLS segment fetch: a video is playing, but the fetch says nothing of a log")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ፍቅር", "sost", "comedy", "Tewodros"])
    b = _b(c, "GET", f"{API}/v2/fellega", [("q", q), ("req", rid(c.rng))])
    hits = [{"film_id": _film(c), "ርዕስ": c.rng.choice(TITLES)} for _ in range(5)]
    b.ok_json({"wetet": hits})
    b.decoy("search query and results")
    return b.build()


def session_refresh(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/session/adis")
    did = b.id("arada_device", where="cookie.AP_DID")
    b.header("cookie", f"AP_DID={did}; ap_sess={new_hex(c.rng, 32)}; quanqua=am")
    b.ok_json({"ok": True, "ttl": 3600})
    return b.build()
