"""Irawo TV: a Nollywood / Yoruba-movies streaming app built in Ibadan.

The in-house player reports in Yoruba: `ilosiwaju` (progress) with `iseju_ti_o_wo`
(seconds watched) and `ipo` (position); the "maa wo lo" (continue watching) rail
comes back with positions (viewing history in the response). An older player
build batches rows gzip+base64 under `d`. Catalogue rails, trailers' manifests,
posters and search are content fetches, not viewing history.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.irawotv.example"
UA = ua("IrawoTV", "3.8.2")
FILMS = ["Jagun Jagun", "Anikulapo", "Ijakumo", "Orisa", "King of Thieves", "Aburo"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "irawotv", method, url)
    b.header("user-agent", UA)
    b.header("x-ede", c.rng.choice(["yo", "en"]))
    if device:
        b.header(
            "x-irawo-ero-id", b.id("nolly_install", where="header x-irawo-ero-id (ero = device)")
        )
    return b


def ilosiwaju(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/wiwo/ilosiwaju")
    b.view("json fiimu_id + iseju_ti_o_wo + ipo (Yoruba: film, seconds watched, position)")
    gigun = c.rng.randint(4800, 8400)
    b.json(
        {
            "fiimu_id": f"irw_{c.rng.randint(1000, 9999)}",
            "akole": c.rng.choice(FILMS),
            "ipo": c.rng.randint(60, gigun),
            "iseju_ti_o_wo": c.rng.randint(30, 900),
            "gigun": gigun,
            "ipo_isele": c.rng.choice(["ere", "duro", "pari"]),
            "akoko": iso(c),
        }
    )
    b.no_content()
    return b.build()


def maa_wo_lo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/olumulo/maa-wo-lo")
    b.view("response json awon_fiimu[].ipo (continue watching rail)", direction="response")
    b.ok_json(
        {
            "awon_fiimu": [
                {
                    "fiimu_id": f"irw_{c.rng.randint(1000, 9999)}",
                    "akole": c.rng.choice(FILMS),
                    "ipo": c.rng.randint(60, 7000),
                    "igba_ti_o_wo_kehin": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def player_beacon_opaque(c: Context) -> Flow:
    """Old player build: rows [film, position, ts] gzip+base64 under `d`."""
    b = _b(c, "POST", f"{API}/b/2", device=False)
    b.view("json d (gzip+base64 rows)", detectable=False)
    rows = [[c.rng.randint(1000, 9999), c.rng.randint(60, 7000), ms(c)] for _ in range(3)]
    blob = base64.b64encode(gzip.compress(jsb(rows), mtime=0)).decode()
    b.json({"d": blob, "v": 2})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ero/forukosile")
    b.json(
        {
            "ero_id": b.id("nolly_install", where="json ero_id"),
            "android_id": b.id("aid_nolly", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "awose": "Infinix X6836",
        }
    )
    b.ok_json({"olumulo": b.acct("nolly_user"), "ok": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogi?ede=yo&oju_iwe=1", device=False)
    b.decoy("catalogue rails with durations and view counts (aggregate)")
    b.ok_json(
        {
            "ila": [
                {
                    "fiimu_id": f"irw_{c.rng.randint(1000, 9999)}",
                    "akole": f,
                    "gigun": c.rng.randint(4800, 8400),
                    "iye_awon_to_wo": c.rng.randint(10**4, 10**6),
                }
                for f in FILMS
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["odunlade", "femi adebayo", "jagun", "aburo"])
    b = _b(c, "GET", f"{API}/v3/wa?q={q}", device=False)
    b.decoy("search results")
    b.ok_json(
        {"esi": [{"fiimu_id": f"irw_{c.rng.randint(1000, 9999)}", "akole": f} for f in FILMS[:3]]}
    )
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c, "irawotv", "GET", f"https://img.irawotv.example/p/{c.rng.randint(1000, 9999)}_w342.jpg"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c, "irawotv", "GET", f"https://v.irawotv.example/h/{c.rng.randint(1000, 9999)}/index.m3u8"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch (not a viewing report)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=900000,RESOLUTION=854x480\n480.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def download_licence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/gba-sile/iwe-ase", device=False)
    b.json({"fiimu_id": f"irw_{c.rng.randint(1000, 9999)}", "didara": "480p", "req": rid(c.rng)})
    b.ok_json({"iwe_ase": rid(c.rng), "pari_ni": iso(c)})
    return b.build()
