"""Klankkast: a music and podcast app (Daan's own listening).

Played tracks are reported per play with the listened milliseconds, the
"Recent gespeeld" shelf comes back in the answer, and a short beacon sends
rows of numbers under one-letter keys. Charts ("Top 50 Nederland", "Top 50
Polska"), search, lyrics and artwork are ordinary fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, bearer, iso, ms, rid, ua

API = "https://api.klankkast.example"
UA = ua("Klankkast", "12.1.4")
TRACKS = [
    (40112, "Snelle - Smoorverliefd"),
    (40877, "Froukje - Groter dan ik"),
    (51220, "Sanah - Szampan"),
    (63001, "Dua Lipa - Houdini"),
    (70442, "De Dijk - Mag het licht uit"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klankkast", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def played(c: Context) -> Flow:
    tid, title = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v2/me/afgespeeld")
    b.header("x-kk-install", b.id("klank_install", where="header x-kk-install"))
    b.view("json afgespeeld[].trackId with luisterduurMs")
    b.json(
        {
            "afgespeeld": [
                {
                    "trackId": tid,
                    "titel": title,
                    "luisterduurMs": c.rng.randint(20000, 240000),
                    "bron": c.rng.choice(["playlist", "album", "radio"]),
                    "gestartOp": iso(c),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/recent-gespeeld?limit=10")
    b.view("response json recentGespeeld[].gespeeldOp", direction="response")
    b.ok_json(
        {
            "recentGespeeld": [
                {"trackId": t, "titel": n, "gespeeldOp": iso(c)} for t, n in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def beacon_rows(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e")
    b.view("json r[] rows [track, ms, ts]", detectable=False)
    b.json({"r": [[t, c.rng.randint(1000, 240000), ms(c)] for t, _ in c.rng.sample(TRACKS, 2)]})
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    land = c.rng.choice(["nl", "pl"])
    b = _b(c, "GET", f"{API}/v2/hitlijsten/top50?land={land}")
    b.decoy("Top 50 chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "lijst": [
                {"positie": i + 1, "trackId": t, "titel": n, "streams": c.rng.randint(10**5, 10**7)}
                for i, (t, n) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/zoek?q={c.rng.choice(['snelle', 'sanah', 'podcast'])}")
    b.ok_json({"tracks": [{"trackId": t, "titel": n} for t, n in TRACKS[:3]]})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "klankkast", "GET", f"https://art.klankkast.example/{rid(c.rng)}/300x300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, _ = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v2/tracks/{tid}/songtekst")
    b.decoy("synced lyrics with timestamps (content, not a listening report)")
    b.ok_json({"regels": [{"tMs": i * 4200, "tekst": "..."} for i in range(6)]})
    return b.build()
