"""Rádio Onda, a Portuguese / Brazilian music and radio app, in-house backend plus
a Last.fm-style scrobble.

Listening history in European / Brazilian Portuguese key names (`historicoEscuta`,
`faixa`, `ouvidoAte`); a scrobble with Last.fm API 2.0 parameters (`method=
track.scrobble`, `artist[0]`, `track[0]`, `timestamp[0]`, `api_sig`, documented at
last.fm/api/show/track.scrobble). Decoys: station list, lyrics, playlist artwork.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rid, ua

API = "https://api.radioonda.pt"
UA = ua("RadioOnda", "7.2.1")
TRACKS = [("Mariza", "Ó Gente da Minha Terra"), ("Anitta", "Envolver"), ("Ana Moura", "Desfado")]


def listen_log(c: Context) -> Flow:
    b = FB(c, "onda", "POST", f"{API}/v1/utilizador/historicoEscuta")
    b.header("user-agent", UA)
    artist, track = c.rng.choice(TRACKS)
    b.json(
        {
            "faixa": track,
            "artista": artist,
            "ouvidoAte": c.rng.randint(20, 240),
            "origem": c.rng.choice(["playlist", "radio:antena3", "busca"]),
            "quando": ms(c),
            "aparelho": b.id("onda_install", where="json:aparelho"),
        }
    )
    b.view("json:faixa+ouvidoAte")
    b.ok_json({"ok": True})
    return b.build()


def scrobble(c: Context) -> Flow:
    b = FB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/")
    b.header("user-agent", UA)
    artist, track = c.rng.choice(TRACKS)
    b.form(
        [
            ("method", "track.scrobble"),
            ("artist[0]", artist),
            ("track[0]", track),
            ("timestamp[0]", str(int(c.now))),
            ("api_key", "b25b959554ed76058ac220b7b2e0a026"),
            ("sk", rid(c.rng).replace("-", "")),
            ("api_sig", rid(c.rng).replace("-", "")),
        ]
    )
    b.view("form:method=track.scrobble+artist+track+timestamp")
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1}}})
    return b.build()


def radio_now(c: Context) -> Flow:
    """Radio session stats: which station, how long (Brazilian keys)."""
    b = FB(c, "onda", "POST", f"{API}/v1/radio/sessao")
    b.header("user-agent", UA)
    b.json(
        {
            "emissora": c.rng.choice(["antena1", "rfm", "jovempan"]),
            "tempoOuvindoSeg": c.rng.randint(60, 3600),
            "inicio": ms(c) - 600000,
            "androidId": b.id("aid_onda", where="json:androidId"),
        }
    )
    b.view("json:emissora+tempoOuvindoSeg")
    b.no_content()
    return b.build()


def stations(c: Context) -> Flow:
    b = FB(c, "onda", "GET", f"{API}/v1/emissoras", [("pais", c.rng.choice(["PT", "BR"]))])
    b.header("user-agent", UA)
    b.decoy("station list")
    b.ok_json(
        {
            "emissoras": [
                {"id": s, "ouvintes": c.rng.randint(100, 9000)}
                for s in ["antena1", "rfm", "jovempan"]
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    artist, track = c.rng.choice(TRACKS)
    b = FB(c, "onda", "GET", f"{API}/v1/letras", [("artista", artist), ("faixa", track)])
    b.header("user-agent", UA)
    b.decoy("lyrics lookup")
    b.ok_json({"letra": "…", "sincronizada": [[i * 4.2, i] for i in range(6)]})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "onda", "GET", f"https://img.radioonda.pt/capas/{c.rng.randint(1000, 9999)}.jpg")
    b.header("user-agent", UA)
    b.decoy("album artwork")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 400))
    return b.build()
