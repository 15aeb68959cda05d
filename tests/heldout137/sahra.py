"""Sahra+: a regional streaming service (Egyptian and Gulf series, live football).

The in-house Cairo team writes its player telemetry in Franco-Arabic
(`mosha5da` = viewing, `wa2t` = time, `7alaqa` = episode); the continue-watching
rail comes back with Arabic-script keys for the TV app's RTL renderer. Catalogue
rails, "most watched in Egypt" counts and HLS segments are content fetches or
aggregates, not anyone's history.
"""

from __future__ import annotations

import base64
import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.sahraplus.example"
UA = ua("SahraPlus", "7.4.2")
SERIES = ["الاختيار", "جعفر العمدة", "رمضان كريم", "الكبير أوي", "بابا جه"]
MATCHES = ["الأهلي × الزمالك", "الوداد × الرجاء", "العين × الشارقة"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahraplus", method, url)
    b.header("user-agent", UA)
    b.header("x-sahra-device", b.id("sahra_install", where="header x-sahra-device"))
    b.header("authorization", "Bearer " + b.acct("sahra_user") + "." + rid(c.rng)[:8])
    return b


def _ep(c: Context) -> tuple[str, str, int]:
    return f"ep{c.rng.randint(10000, 99999)}", c.rng.choice(SERIES), c.rng.randint(1800, 3000)


def mosha5da(c: Context) -> Flow:
    """The player's heartbeat, every 30 s, in Franco-Arabic keys."""
    eid, title, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/mosha5da/heartbeat")
    b.view("json 7alaqa_id + wa2t_el_mosha5da (Franco-Arabic: episode, watch time)")
    b.json(
        {
            "7alaqa_id": eid,
            "esm_el_mosalsal": title,
            "wa2t_el_mosha5da": c.rng.randint(30, dur),
            "el_modda": dur,
            "7ala": c.rng.choice(["shaghal", "wa2ef"]),
            "android_id": b.id("aid_sahra", where="json android_id"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def football_live(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/mosha5da/live")
    b.view("json mobarah + da2ayek_mosha5da (minutes of the live match watched)")
    b.json(
        {
            "mobarah": c.rng.choice(MATCHES),
            "qanat": "sahra-sports-1",
            "da2ayek_mosha5da": c.rng.randint(1, 95),
            "bada2": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profiles/main/rails/kammel_mosha5da")
    b.view("response json متابعة_المشاهدة[] (continue watching)", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        eid, title, dur = _ep(c)
        items.append(
            {
                "معرف_الحلقة": eid,
                "المسلسل": title,
                "آخر_موضع_ثانية": c.rng.randint(60, dur),
                "المدة": dur,
                "تاريخ_المشاهدة": iso(c),
            }
        )
    b.ok_json({"متابعة_المشاهدة": items})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The SDK's batched QoE beacon: raw-deflate JSON in base64 under `d`."""
    b = _b(c, "POST", f"{API}/q")
    b.view("form d = base64(raw deflate(json rows of episode, position))", detectable=False)
    rows = [[f"ep{c.rng.randint(10000, 99999)}", c.rng.randint(0, 2900), ms(c)] for _ in range(3)]
    packed = zlib.compressobj(6, zlib.DEFLATED, -15)
    blob = packed.compress(js(rows).encode()) + packed.flush()
    b.form([("d", base64.b64encode(blob).decode()), ("v", "3")])
    b.no_content()
    return b.build()


def rail_most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/al_akthar_mosha5da?country=EG")
    b.decoy("most-watched rail with view counts: an aggregate over all viewers")
    b.ok_json(
        {
            "rail": "الأكثر مشاهدة في مصر",
            "items": [
                {"id": _ep(c)[0], "title": t, "3add_el_mosha5dat": c.rng.randint(10**4, 10**6)}
                for t in SERIES
            ],
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/series/{c.rng.randint(100, 999)}/episodes?season=1")
    b.decoy("episode list with durations and thumbnails (catalogue)")
    b.ok_json(
        {
            "episodes": [
                {
                    "id": _ep(c)[0],
                    "raqam": n,
                    "modda": c.rng.randint(1800, 3000),
                    "soura": f"https://img.sahraplus.example/t/{c.rng.randint(1, 10**6)}.webp",
                }
                for n in range(1, 9)
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "sahraplus",
        "GET",
        f"https://vod.sahraplus.example/hls/ep{c.rng.randint(10000, 99999)}/1080/"
        f"seg{c.rng.randint(1, 600)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/search?q=%D8%B1%D9%85%D8%B6%D8%A7%D9%86")
    b.decoy("search results (not history)")
    b.ok_json({"results": [{"id": _ep(c)[0], "title": t} for t in SERIES[:3]]})
    return b.build()
