"""KabayanPlus: a Filipino broadcaster's streaming app (teleseryes, noontime shows).

Its in-house player team writes Taglish keys: `pinanood_hanggang` (watched up to),
`tagal_panood_seg` (seconds watched), `ituloy_panoorin` (continue watching, in the
response). A compact heartbeat packs the same into positional fields under `hb`,
base64 of gzip (opaque). Catalogue rails, the noontime show's text-vote, the HLS
manifest and the "most watched today" rail (an aggregate) are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, app_fb, iso, ms, rid, ua

API = "https://api.kabayanplus.example"
UA = ua("KabayanPlus", "6.4.1")
SHOWS = ["Bituin ng Maynila", "Ang Probinsyano ng Cebu", "Sana Ikaw Pa Rin", "Tanghali Na!"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = app_fb(c, "kabayanplus", method, url, UA)
    b.header("x-kp-profile", b.acct("kab_user"))
    if device:
        b.header("x-kp-device", b.id("kab_device", where="header x-kp-device"))
    return b


def _ep(c: Context) -> dict[str, object]:
    return {"palabas": c.rng.choice(SHOWS), "episode_id": f"EP{c.rng.randint(1000, 9999)}"}


def watch_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/panood/progress")
    b.view("json pinanood_hanggang / tagal_panood_seg")
    total = c.rng.randint(1800, 2700)
    b.json(
        {
            **_ep(c),
            "pinanood_hanggang": c.rng.randint(60, total),
            "haba_seg": total,
            "tagal_panood_seg": c.rng.randint(30, 900),
            "oras": iso(c),
            "android_id": b.id("aid_kab", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home/ituloy-panoorin")
    b.view("response json ituloy_panoorin[].huling_posisyon", direction="response")
    b.ok_json(
        {
            "ituloy_panoorin": [
                {**_ep(c), "huling_posisyon": c.rng.randint(60, 2400), "huling_nood": iso(c)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def player_event(c: Context) -> Flow:
    event = c.rng.choice(["play", "pause", "resume", "tapos"])
    b = _b(c, "POST", f"{API}/v3/player/event")
    b.view(f"json event={event} with ulo_posisyon (playhead)")
    b.json({**_ep(c), "event": event, "ulo_posisyon": c.rng.randint(0, 2400), "ts": ms(c)})
    b.no_content()
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    """[episode, playhead, seconds, ts, device] under 'hb' as base64(gzip(json))."""
    b = _b(c, "POST", f"{API}/t/hb", device=False)
    b.view("json hb (base64 gzip rows)", detectable=False)
    row = [c.rng.randint(1000, 9999), c.rng.randint(0, 2400), 30, ms(c)]
    row.append(b.id_raw("kab_device", "gzip_b64", "json hb (inside gzip)"))
    b.json({"v": 2, "hb": b64(gz(js([row]).encode()))})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalog/home?rehiyon=NCR&wika=fil", device=False)
    b.decoy("catalogue rails with episode ids and durations (no person's viewing)")
    b.ok_json(
        {
            "rails": [
                {"pamagat": "Bagong Episode", "items": [_ep(c) for _ in range(4)]},
                {"pamagat": "Trending Ngayon", "items": [_ep(c) for _ in range(4)]},
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/charts/pinakapinanood?araw=ngayon", device=False)
    b.decoy("most-watched chart: view counts over all viewers (aggregate)")
    b.ok_json({"top": [{**_ep(c), "bilang_nanood": c.rng.randint(10**4, 10**6)} for _ in range(5)]})
    return b.build()


def noontime_vote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/tanghali/boto", device=False)
    b.decoy("live show vote (contestant choice), not watching history")
    b.json({"contestant": c.rng.randint(1, 6), "segment": "Hale-Hale Hoy", "req": rid(c.rng)})
    b.ok_json({"salamat": True})
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "kabayanplus",
        "GET",
        f"https://vod.kabayanplus.example/{c.rng.randint(1000, 9999)}/index.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1800000,RESOLUTION=960x540\n540p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()
