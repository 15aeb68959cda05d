"""Televisión Rexonal d'Asturies: the regional TV's schedule website, read in
Xuana's browser.

The programme guide (`guía`, `duración`, `hora`), programme pages, clip
thumbnails and the live player's manifest are content fetches; AT Internet
(Piano) hits `hit.xiti` count page views in the opt-out mode (`idclient=OPT-OUT`,
page names like `guia::hoy`), naming pages, not what anyone played.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf

WEB = "https://www.tvrexonal.example"
UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-A556B) AppleWebKit/537.36 "
    "(KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"
)
PROGS = [
    ("Telenotícies", 30),
    ("Camín de Santiago", 55),
    ("Sidra y más", 25),
    ("Fútbol: Sporting - Oviedo", 115),
    ("Mar de fondo", 50),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tvrexonal", method, url)
    b.header("user-agent", UA)
    return b


def guide(c: Context) -> Flow:
    day = c.rng.choice(["hoy", "mañana", "sábadu"])
    b = _b(c, "GET", f"{WEB}/api/guia?dia={day}&canal=1")
    b.decoy("TV schedule with duración and hora (content fetch)")
    b.ok_json(
        {
            "dia": day,
            "emisiones": [
                {"programa": t, "hora": f"{h:02d}:00", "duración": d, "directu": h == 21}
                for (t, d), h in zip(PROGS, (8, 14, 16, 19, 21), strict=True)
            ],
        }
    )
    return b.build()


def programme(c: Context) -> Flow:
    title, dur = c.rng.choice(PROGS)
    slug = title.lower().replace(" ", "-").replace(":", "")
    b = _b(c, "GET", f"{WEB}/programes/{quote(slug)}?ver=capitulos")
    b.decoy("programme page with 'ver' (watch) and duración")
    b.respond(
        200,
        "text/html; charset=utf-8",
        (
            f"<html><h1>{title}</h1><p>Duración: {dur} min</p><a class='ver'>Ver agora</a></html>"
        ).encode(),
    )
    return b.build()


def thumb(c: Context) -> Flow:
    b = _b(c, "GET", f"{WEB}/img/clips/{c.rng.randint(10**4, 10**5)}_640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def live_manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"https://directo.tvrexonal.example/live/tv1/master.m3u8?t={ms(c)}")
    b.decoy("live stream manifest (video fetch)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\ntv1_720.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def xiti_hit(c: Context) -> Flow:
    page = c.rng.choice(["guia::hoy", "guia::mañana", "programes::camin", "directu"])
    stc = js({"page": page, "site_level2": "web"})
    b = _b(
        c,
        "GET",
        f"https://logs1412.xiti.com/hit.xiti?s=611870&s2=1&p={quote(page)}&idclient=OPT-OUT"
        f"&hl={iso(c)[11:19].replace(':', 'x')}&r=1080x2340x24x24&ref=&stc={quote(stc)}",
    )
    b.decoy("AT Internet page hit with idclient OPT-OUT")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def weather_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{WEB}/api/tiempu?conceyu=xixon")
    b.ok_json({"conceyu": "Xixón", "máxima": rf(c.rng, 12, 26, 0), "ceu": "nubláu"})
    return b.build()
