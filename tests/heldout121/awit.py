"""Awit: a music app from a Cebu/Davao team, keys in Cebuano and Taglish.

Scrobbles say `gipaminaw` (listened) with `kanta_id` and `segundo_gipaminaw`;
the library screen returns `bag-ong_gipaminaw` (recently played) in the
response. The band companion sync (the fitness band shares the phone) carries
the band's BLE MAC and serial. Lyrics, charts ("Top 50 Pilipinas", counts
over all listeners) and a tempo/energy feature vector of a song are ordinary.
One play log travels as an MD5-keyed blob under `h` / `x` (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, android_ua, floats, iso, ms, rf

API = "https://api.awit.example"
SONGS = [
    "AW-7731 Palagi",
    "AW-2210 Dilaw",
    "AW-9044 Multo",
    "AW-3302 Kalapastangan",
    "AW-1207 Pasilyo",
]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "awit", method, url)
    b.header("user-agent", android_ua("Awit", "5.0.2"))
    if install:
        b.header("x-awit-install", b.id("awit_install", where="header x-awit-install (install id)"))
    return b


def gipaminaw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/gipaminaw")
    b.view("json gipaminaw[] kanta_id + segundo_gipaminaw + kanus_a")
    b.json(
        {
            "gipaminaw": [
                {
                    "kanta_id": s.split()[0],
                    "segundo_gipaminaw": c.rng.randint(20, 240),
                    "kanus_a": iso(c),
                }
                for s in c.rng.sample(SONGS, 2)
            ]
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def bag_ong(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/librarya/bag-ong-gipaminaw?limit=20")
    b.view("response bag-ong_gipaminaw[] kanta_id + kanus_a", direction="response")
    b.ok_json(
        {"bag-ong_gipaminaw": [{"kanta_id": s.split()[0], "kanus_a": iso(c)} for s in SONGS[:3]]}
    )
    return b.build()


def playlog_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    b.view("json x = base64 of play log, h = md5 of it", detectable=False)
    blob = js([[s.split()[0], c.rng.randint(10, 240)] for s in c.rng.sample(SONGS, 2)])
    b.json({"h": new_hex(c.rng, 32), "x": b64(blob[::-1])})
    b.no_content()
    return b.build()


def band_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/banda/sync")
    b.json(
        {
            "band": {
                "ble_mac": b.id("band_mac", where="json band.ble_mac"),
                "serye": b.id("band_serial", where="json band.serye (band serial)"),
            },
            "lakang": c.rng.randint(200, 14000),
            "kasingkasing_bpm": [c.rng.randint(60, 130) for _ in range(12)],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def band_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/banda/k", install=False)
    b.json(
        {
            "k": b.id("band_mac", how="md5", where="json k = md5 of band MAC", detectable=False),
            "z": 1,
        }
    )
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/top50-pilipinas", install=False)
    b.decoy("chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {"chart": [{"kanta_id": s.split()[0], "plays": c.rng.randint(10**5, 10**7)} for s in SONGS]}
    )
    return b.build()


def song_features(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kanta/{c.rng.choice(SONGS).split()[0]}/features", install=False)
    b.decoy("32-d audio feature vector of a song (no face, no speaker)")
    b.ok_json({"tempo": rf(c.rng, 70, 160, 1), "vec": floats(c.rng, 32)})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/liriko/{c.rng.choice(SONGS).split()[0]}?t={ms(c)}", install=False)
    b.decoy("timed lyrics with line timestamps (song data, nobody's listening)")
    b.ok_json({"linya": [{"t": i * 4200, "txt": "..."} for i in range(6)]})
    return b.build()
