"""A news app (Italian / Polish keys) with "most read" rankings and video
thumbnails, and a RaiPlay-like video / music streaming app whose watch log,
heartbeats and continue-watching sync are real viewing history. ANDROID_ID goes
in the streaming app's `X-Device-Id` header (in-house backend)."""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import app, iso, ms, rid, ua

NEWS = "https://api.notizie-example.it/v1"
TV = "https://api.streamhub-example.it/v2"
TITLES = ["Il Commissario", "Linea Verde", "Un posto al sole", "Techetechete", "Report"]


def most_read(c: Context) -> Flow:
    b = app(c, "news", "GET", f"{NEWS}/classifiche/piu-letti")
    b.ok_json(
        {
            "piuLetti": [
                {
                    "articoloId": c.rng.randint(10**6, 10**7),
                    "letture": c.rng.randint(1000, 90000),
                    "titolo": t,
                }
                for t in ("Riconoscimento facciale negli stadi", "Sciopero treni", "Meteo weekend")
            ],
            "aggiornato": iso(c),
        }
    )
    b.decoy("site-wide most-read ranking, incl. an article about facial recognition")
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = app(
        c,
        "news",
        "GET",
        f"https://img.notizie-example.it/video/{c.rng.randint(10**6, 10**7)}/thumb_640.jpg",
    )
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(40))
    b.decoy("video thumbnail fetch: catalogue image, not a watch event")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = app(c, "tv", "GET", f"{TV}/catalogo/home")
    b.ok_json(
        {
            "righe": [
                {
                    "titolo": t,
                    "durataSec": c.rng.randint(1500, 6000),
                    "episodi": c.rng.randint(1, 30),
                }
                for t in TITLES
            ]
        }
    )
    b.decoy("catalogue rows with durations: nothing watched yet")
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = app(c, "tv", "GET", f"{TV}/player/heartbeat", ua("StreamHub", "5.2.1"))
    b.header("x-device-id", b.id("aid_music", where="header:x-device-id"))
    b.param("contentId", f"ContentItem-{rid(c.rng)}")
    b.param("posizioneSec", str(c.rng.randint(0, 5000)))
    b.param("evento", c.rng.choice(["play", "ping", "pausa"]))
    b.view("query:contentId+posizioneSec")
    b.no_content()
    return b.build()


def watch_log(c: Context) -> Flow:
    b = app(c, "tv", "POST", f"{TV}/utente/cronologia", ua("StreamHub", "5.2.1"))
    b.json(
        {
            "utente": c.phone.music_user,
            "visti": [
                {
                    "titolo": c.rng.choice(TITLES),
                    "episodio": c.rng.randint(1, 30),
                    "secondiVisti": c.rng.randint(60, 3000),
                    "completato": c.rng.random() < 0.4,
                    "dataOra": iso(c),
                }
                for _ in range(3)
            ],
        }
    )
    b.view("json:visti[]")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = app(c, "tv", "PUT", f"{TV}/utente/continua-a-guardare", ua("StreamHub", "5.2.1"))
    b.json(
        {
            "items": [
                {
                    "contentId": f"ContentItem-{rid(c.rng)}",
                    "resumePositionMs": c.rng.randint(10**4, 5 * 10**6),
                    "durationMs": 5 * 10**6,
                    "updatedAt": ms(c),
                }
                for _ in range(2)
            ]
        }
    )
    b.view("json:items[].resumePositionMs")
    b.ok_json({"ok": True})
    return b.build()


def listen_log(c: Context) -> Flow:
    b = app(c, "music", "POST", f"{TV}/audio/ascolti", ua("StreamHub", "5.2.1"))
    b.header("x-install-id", b.id("music_install", where="header:x-install-id"))
    b.json(
        {
            "plays": [
                {
                    "trackId": new_hex(c.rng, 22),
                    "msPlayed": c.rng.randint(5000, 240000),
                    "startedAt": iso(c),
                    "context": "playlist:buongiorno",
                    "skipped": c.rng.random() < 0.3,
                }
                for _ in range(4)
            ]
        }
    )
    b.view("json:plays[]")
    b.no_content()
    return b.build()


def sealed_beacon(c: Context) -> Flow:
    b = app(c, "tv", "POST", f"{TV}/t")
    b.set_body(base64.b64encode(bytes(c.rng.randrange(256) for _ in range(300))), "text/plain")
    b.view("body: encrypted playback beacon", detectable=False)
    b.no_content()
    return b.build()
