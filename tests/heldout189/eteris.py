"""Eteris: a national broadcaster's replay app (Lithuanian in-house team).

Replay and live TV/radio; the player reports `perziura` (viewing) events with the
position (`pozicija_s`), watched share (`ziureta_proc`) and a heartbeat; the
account's "testi ziurejima" (continue watching) list comes back in responses.
Audience measurement goes to Gemius (gemiusStream hits in the Baltics), whose
stream hits use short parameter names. The iPad build sends its IDFV.
Catalogue rails, the programme guide, HLS playlists and "populiariausios" (most
watched, an aggregate) are ordinary.
"""

from __future__ import annotations

import base64
import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, ios_ua, iso, ms, rf, rid, ua

API = "https://api.eteris.example"
STATS = "https://stat.eteris.example"
UA = ua("Eteris", "4.8.2")
LAIDOS = [
    "Panorama",
    "Labas rytas, Lietuva",
    "Dviracio zinios",
    "Klausimeli",
    "Kelias i Eurovizija",
    "Gyvenimas - tai pasaka",
    "LKL: Zalgiris - Rytas",
]


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "eteris", method, url)
    if ipad:
        b.header("user-agent", ios_ua("Eteris", "4.8.0", "1184"))
        b.header("x-irenginys", b.id("ipad_idfv", where="header x-irenginys"))
    else:
        b.header("user-agent", UA)
        b.header("x-irenginio-id", b.id("aid_eteris", where="header x-irenginio-id"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _irasas(c: Context) -> dict[str, object]:
    return {"laidos_id": c.rng.randint(10000, 99999), "pavadinimas": c.rng.choice(LAIDOS)}


def perziura_event(c: Context) -> Flow:
    ipad = c.rng.random() < 0.3
    b = _b(c, "POST", f"{STATS}/v2/perziura", ipad)
    ivykis = c.rng.choice(["pradeta", "pauze", "tesiama", "heartbeat", "baigta"])
    b.view("json irasas + pozicija_s + ziureta_proc + ivykis")
    trukme = c.rng.randint(900, 4200)
    poz = c.rng.randint(0, trukme)
    b.json(
        {
            "ivykis": ivykis,
            "irasas": _irasas(c),
            "pozicija_s": poz,
            "trukme_s": trukme,
            "ziureta_proc": round(100 * poz / trukme, 1),
            "kokybe": c.rng.choice(["720p", "1080p", "auto"]),
            "laikas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def testi_ziureti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/vartotojas/testi-ziureti?limit=12")
    b.view("response json testi_ziureti[] (id, pozicija_s, ziureta)", direction="response")
    b.ok_json(
        {
            "testi_ziureti": [
                {
                    **_irasas(c),
                    "pozicija_s": c.rng.randint(60, 3000),
                    "ziureta": iso(c),
                    "paveiksliukas": f"https://img.eteris.example/{c.rng.randint(1, 9**6)}.jpg",
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def radijo_klausymas(c: Context) -> Flow:
    """The radio player: which station and programme was listened to, for how long."""
    b = _b(c, "POST", f"{STATS}/v2/klausymas")
    b.view("json stotis + laida + klausyta_s")
    b.json(
        {
            "stotis": c.rng.choice(["LRT RADIJAS", "LRT KLASIKA", "LRT OPUS"]),
            "laida": c.rng.choice(["Ryto garsai", "Vakaro ziniu studija", "Dziazo vakaras"]),
            "klausyta_s": c.rng.randint(30, 3600),
            "pradzia": iso(c),
        }
    )
    b.no_content()
    return b.build()


def perziura_packed(c: Context) -> Flow:
    """The older Android player batches its events: deflate + base64 under `d`."""
    b = _b(c, "POST", f"{STATS}/b")
    b.view("form d = base64(deflate(json events))", detectable=False)
    events = [
        {"e": c.rng.choice(["p", "h", "s"]), "i": c.rng.randint(10000, 99999), "t": ms(c)}
        for _ in range(c.rng.randint(2, 6))
    ]
    blob = base64.b64encode(zlib.compress(js(events).encode())).decode()
    b.form([("d", blob), ("v", "3")])
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    """gemiusStream hit: material id, playhead and event code in one-letter params."""
    b = FB(c, "gemius", "GET", "https://ls.hit.gemius.pl/_" + str(ms(c)) + "/redot.gif")
    b.header("user-agent", UA)
    b.view("query m (material) + p (playhead) + e (event code)", detectable=False)
    b.param("id", "zPCQrq7p7N" + str(c.rng.randint(10, 99)))
    b.param("m", str(c.rng.randint(10000, 99999)))
    b.param("p", str(c.rng.randint(0, 3600)))
    b.param("e", c.rng.choice(["1", "2", "3", "5"]))
    b.header(
        "cookie", "Gdyn=" + b.id("gemius_cookie", where="header cookie Gdyn", detectable=False)
    )
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def katalogas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogas/pagrindinis")
    b.decoy("catalogue rails with programme ids and durations (content, not a person's history)")
    b.ok_json(
        {
            "eilutes": [
                {
                    "pavadinimas": t,
                    "irasai": [
                        {**_irasas(c), "trukme_s": c.rng.randint(600, 5400)} for _ in range(6)
                    ],
                }
                for t in ("Naujausi", "Serialai", "Vaikams")
            ]
        }
    )
    return b.build()


def populiariausios(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/populiariausios?savaite=1")
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "top": [
                {**_irasas(c), "perziuros": c.rng.randint(5000, 400000), "vieta": i + 1}
                for i in range(10)
            ]
        }
    )
    return b.build()


def programa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/tv-programa?kanalas=LRT&diena=siandien")
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json({"laidos": [{"pavadinimas": t, "pradzia": iso(c), "trukme_min": 30} for t in LAIDOS]})
    return b.build()


def hls(c: Context) -> Flow:
    n = c.rng.randint(1000, 9999)
    b = FB(c, "eteris-cdn", "GET", f"https://vod.eteris.example/hls/{n}/index_1080.m3u8")
    b.header("user-agent", UA)
    segs = "".join(f"#EXTINF:6.0,\nseg_{i}.ts\n" for i in range(8))
    b.respond(200, "application/vnd.apple.mpegurl", f"#EXTM3U\n#EXT-X-VERSION:3\n{segs}".encode())
    return b.build()


def paieska(c: Context) -> Flow:
    q = c.rng.choice(["panorama", "krepsinis", "eurovizija"])
    b = _b(c, "GET", f"{API}/v3/paieska?q={q}")
    b.ok_json({"rezultatai": [_irasas(c) for _ in range(4)], "uztruko_ms": rf(c.rng, 5, 90, 1)})
    return b.build()
