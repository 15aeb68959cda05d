"""Mélodia: music streaming and audiobooks (CH). In-house listen log ("écoutes") and
audiobook progress sync, AppsFlyer attribution, lyric and cover fetches as decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.melodia.ch"
TRACKS = ["trk_5Yq81", "trk_0Ab22", "trk_7Lm90", "trk_3Ze41", "trk_9Pp13"]
BOOKS = ["lv_lepetitprince", "lv_germinal", "lv_lesmiserables_t1"]


def ecoutes(ctx: Context) -> Flow:
    b = FB(ctx, "melodia", "POST", f"{API}/v3/ecoutes/lot")
    b.view("body.ecoutes[]")
    b.header("user-agent", ua("Melodia", "6.0.2"))
    b.header("x-installation", b.id("idfv_melo", where="header.x-installation"))
    batch = [
        {
            "piste": t,
            "debut": iso(ctx),
            "ms_ecoutees": ctx.rng.randint(5000, 240000),
            "source": ctx.rng.choice(["playlist", "radio", "album"]),
        }
        for t in ctx.rng.sample(TRACKS, ctx.rng.randint(1, 4))
    ]
    b.json({"ecoutes": batch}, encoding="gzip")
    b.no_content()
    return b.build()


def livre_audio(ctx: Context) -> Flow:
    book = ctx.rng.choice(BOOKS)
    b = FB(ctx, "melodia", "PATCH", f"{API}/v3/livres-audio/{book}/progression")
    b.view("body.chapitre+positionMs")
    b.json(
        {
            "chapitre": ctx.rng.randint(1, 24),
            "positionMs": ctx.rng.randint(0, 3_600_000),
            "vitesse": 1.25,
            "misAJour": ms(ctx),
        }
    )
    b.no_content()
    return b.build()


def recently_played(ctx: Context) -> Flow:
    b = FB(ctx, "melodia", "GET", f"{API}/v3/me/recemment-ecoute")
    b.view("response.items[].played_at", direction="response")
    b.ok_json({"items": [{"track": t, "played_at": iso(ctx)} for t in TRACKS[:3]]})
    return b.build()


def cover(ctx: Context) -> Flow:
    b = FB(ctx, "melodia", "GET", f"https://cdn.melodia.ch/covers/640/{ctx.rng.choice(TRACKS)}.jpg")
    b.decoy("album cover fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 250))
    return b.build()


def lyrics(ctx: Context) -> Flow:
    b = FB(ctx, "melodia", "GET", f"{API}/v3/paroles/{ctx.rng.choice(TRACKS)}")
    b.decoy("synced lyrics: timestamps against lines")
    b.ok_json({"lignes": [{"t": i * 4200, "txt": "la la la"} for i in range(8)]})
    return b.build()


def audio_chunk(ctx: Context) -> Flow:
    b = FB(
        ctx, "melodia", "GET", f"https://audio.melodia.ch/a/{rid(ctx.rng)}/{ctx.rng.randint(0, 40)}"
    )
    b.decoy("audio chunk fetch")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x18ftypM4A " + b"\x00" * 60)
    return b.build()
