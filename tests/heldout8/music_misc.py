"""Wavelet's ordinary traffic: search, catalogue pages, artwork, audio segments
and lyrics (decoys: fetching or finding music is not a listening history)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_wav

from .music import TRACKS
from .phone import FB, cfnet, rid


def _b(c: Context, url: str) -> FB:
    b = FB(c, "wavelet", "GET", url)
    b.header("user-agent", cfnet("Wavelet", "52011"))
    return b


def search(c: Context) -> Flow:
    b = _b(c, "https://api.wavelet.fm/v1/search")
    b.decoy("search query and results")
    q = c.rng.choice(["golden", "acda en de munnik", "lofi beats", "kinderliedjes"])
    b.param("q", q)
    b.param("types", "track,album,artist")
    hits = [
        {"id": rid(c.rng), "title": t[0], "artist": t[1], "durationSec": t[3]} for t in TRACKS[:4]
    ]
    b.ok_json({"query": q, "tracks": hits, "requestId": rid(c.rng)})
    return b.build()


def home_shelf(c: Context) -> Flow:
    b = _b(c, "https://api.wavelet.fm/v1/browse/home")
    b.decoy("catalogue shelves, no listening history")
    shelves = [
        {
            "title": s,
            "items": [{"id": rid(c.rng), "title": t[0], "artist": t[1]} for t in TRACKS[:3]],
        }
        for s in ("Nieuw deze week", "Top 50 NL", "Focus")
    ]
    b.ok_json({"shelves": shelves, "ttl": 900})
    return b.build()


def artwork(c: Context) -> Flow:
    b = _b(c, f"https://img.wavelet.fm/cover/{rid(c.rng).replace('-', '')[:16]}/600x600.jpg")
    b.decoy("album artwork")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    return b.build()


def audio_segment(c: Context) -> Flow:
    b = _b(c, f"https://audio.wavelet.fm/a/{rid(c.rng)[:13]}/seg-{c.rng.randint(1, 40)}.m4s")
    b.decoy("audio segment download")
    b.respond(200, "audio/mp4", fake_wav(c.rng.randint(0, 10**6), 700))
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "https://api.wavelet.fm/v1/lyrics")
    b.param("isrc", "NL" + str(c.rng.randint(10**9, 10**10)))
    b.decoy("synced lyrics with millisecond offsets")
    lines = [{"startMs": i * 4200, "words": w} for i, w in enumerate(["la", "la la", "oh", "yeah"])]
    b.ok_json({"synced": True, "lines": lines})
    return b.build()
