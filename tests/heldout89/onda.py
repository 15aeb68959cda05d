"""Onda: a music and podcast app with an in-house listen log and Adjust.

Batched "ascolti" (track, ms listened, reason ended), podcast resume positions
("avanzamento"), a recently-played row fetched back, Adjust sessions and an
Adjust event whose callback_params carry the episode and minutes as JSON-in-form
(adjust/android_sdk: event_token, callback_params). Decoys: audio-feature
vectors, lyrics, search, cover art.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from . import sdks
from .phone import FB, iso, ms, rf, ua

API = "https://api.onda-musica.example.it"
TOKEN = "q8w2e4r6t8y0"
PODS = ["Il Mondo", "Morning", "Muschio Selvaggio", "Indagini", "Daily Cogito"]


def _ua(b: FB) -> None:
    b.header("user-agent", ua("Onda", "3.7.5"))
    b.header("authorization", "Bearer " + new_hex(b.ctx.rng, 40))


def ascolti(c: Context) -> Flow:
    b = FB(c, "onda_app", "POST", f"{API}/v1/ascolti/batch")
    _ua(b)
    b.view("json:ascolti[]")
    b.json(
        {
            "utente": c.phone.onda_user,
            "ascolti": [
                {
                    "brano": "trk_" + new_hex(c.rng, 12),
                    "ms_ascoltati": c.rng.randint(5000, 240000),
                    "motivo_fine": c.rng.choice(["trackdone", "skip", "pausa"]),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    ep = "ep_" + new_hex(c.rng, 10)
    b = FB(c, "onda_app", "PUT", f"{API}/v1/podcast/episodi/{ep}/avanzamento")
    _ua(b)
    b.view("json:posizione_ms,avanzamento")
    dur = c.rng.randint(1200, 4200) * 1000
    pos = c.rng.randint(0, dur)
    b.json(
        {
            "posizione_ms": pos,
            "durata_ms": dur,
            "avanzamento": round(pos / dur, 2),
            "show": c.rng.choice(PODS),
            "aggiornato_il": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recenti(c: Context) -> Flow:
    b = FB(c, "onda_app", "GET", f"{API}/v1/me/ascoltati-di-recente", [("limit", "20")])
    _ua(b)
    b.view("response:json:items[].played_at", direction="response")
    b.ok_json(
        {
            "items": [
                {"track": "trk_" + new_hex(c.rng, 12), "played_at": iso(c), "context": "playlist"}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("client-sdk", "android4.38.2")
    b.other_id("adjust_uuid", "form:android_uuid")
    cb = {
        "show": c.rng.choice(PODS),
        "episodio": "ep_" + new_hex(c.rng, 10),
        "minuti_ascoltati": str(c.rng.randint(1, 70)),
    }
    b.view("form:callback_params")
    b.form(
        [
            ("app_token", TOKEN),
            ("event_token", "podc01"),
            ("gps_adid", b.id("gaid", where="form:gps_adid")),
            ("android_uuid", c.phone.adjust_uuid),
            ("callback_params", js(cb)),
            ("created_at", iso(c)),
            ("environment", "production"),
        ]
    )
    b.ok_json({"app_token": TOKEN})
    return b.build()


def adjust_session(c: Context) -> Flow:
    return sdks.adjust_session(c, TOKEN, "aid_onda")


def audio_features(c: Context) -> Flow:
    b = FB(c, "onda_app", "GET", f"{API}/v1/audio-features", [("ids", "trk_" + new_hex(c.rng, 12))])
    _ua(b)
    b.decoy("audio feature vector and 64-d track embedding")
    b.ok_json(
        {
            "danceability": rf(c.rng, 0, 1, 3),
            "energy": rf(c.rng, 0, 1, 3),
            "tempo": rf(c.rng, 70, 170, 2),
            "embedding": [rf(c.rng, -1, 1, 4) for _ in range(64)],
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(c, "onda_app", "GET", f"{API}/v1/testi/trk_{new_hex(c.rng, 12)}")
    _ua(b)
    b.decoy("lyrics with time codes")
    b.ok_json({"righe": [{"t_ms": i * 4200, "testo": "la la la"} for i in range(6)]})
    return b.build()


def search(c: Context) -> Flow:
    b = FB(
        c, "onda_app", "GET", f"{API}/v1/cerca", [("q", c.rng.choice(["mahmood", "podcast crime"]))]
    )
    _ua(b)
    b.decoy("search results")
    b.ok_json({"brani": [{"id": "trk_" + new_hex(c.rng, 12), "durata_ms": 201000}]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "onda_cdn", "GET", f"https://i.onda-musica.example.it/cover/{new_hex(c.rng, 20)}/300")
    b.decoy("cover art fetch")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.randrange(256) for _ in range(50))
    )
    return b.build()
