"""An NHK Plus-like simulcast / catch-up app (fictional hosts).

Simulcast players report every 60 s with a query-string heartbeat (channel,
area code, programme id, position); a sealed QoE beacon carries the same
in an encrypted blob. The terminal id sits under a short, meaningless key.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, ms, rid, ua

CH = ["g1", "e1", "s1", "s2"]


def heartbeat(ctx: Context) -> Flow:
    b = FB(ctx, "simul", "GET", "https://hb.kokyo-simul.jp/v2/hb")
    b.header("user-agent", ua("KokyoPlus", "3.4.2"))
    for k, v in [
        ("t", "hb"),
        ("ch", ctx.rng.choice(CH)),
        ("area", "130"),
        ("pgm", "2024" + new_digits(ctx.rng, 8)),
        ("mode", ctx.rng.choice(["live", "catchup"])),
        ("pos", str(ctx.rng.randint(0, 3600))),
        ("intv", "60"),
        ("tmx", ctx.phone.nhk_terminal),  # type: ignore[attr-defined]
        ("r", str(ms(ctx))),
    ]:
        b.param(k, v)
    b.other_id("nhk_terminal", "query.tmx", detectable=False)
    b.view("query{t=hb,ch,pgm,pos}")
    b.no_content()
    return b.build()


def sealed_qoe(ctx: Context) -> Flow:
    b = FB(ctx, "simul", "POST", "https://hb.kokyo-simul.jp/v2/qoe")
    blob = hashlib.shake_256(b"q" + str(ms(ctx)).encode()).digest(220)
    b.set_body(base64.b64encode(blob), "text/plain")
    b.view("body (sealed)", detectable=False)
    b.no_content()
    return b.build()


def terms_check(ctx: Context) -> Flow:
    b = FB(ctx, "simul", "GET", "https://api.kokyo-simul.jp/v1/terms", [("ver", "2024.10")])
    b.decoy("terms version check")
    b.ok_json({"agreed": True, "terms_ver": "2024.10", "trace": rid(ctx.rng)})
    return b.build()


def program_guide(ctx: Context) -> Flow:
    ch = ctx.rng.choice(CH)
    b = FB(ctx, "simul", "GET", f"https://api.kokyo-simul.jp/v1/pg/{ch}/130/today.json")
    b.decoy("programme guide")
    progs = [
        {"id": "2024" + new_digits(ctx.rng, 8), "title": t, "start_time": int(ctx.now) + i * 1800}
        for i, t in enumerate(["ニュース", "連続テレビ小説", "きょうの料理", "大河ドラマ"])
    ]
    b.ok_json({"list": {ch: progs}})
    return b.build()


def manifest(ctx: Context) -> Flow:
    ch = ctx.rng.choice(CH)
    b = FB(ctx, "simul", "GET", f"https://live.kokyo-simul.jp/hls/{ch}/master.m3u8")
    b.decoy("live stream manifest fetch")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000\n" + new_hex(ctx.rng, 8) + ".m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def license_area(ctx: Context) -> Flow:
    b = FB(ctx, "simul", "POST", "https://api.kokyo-simul.jp/v1/area")
    b.json({"lat": round(35.6 + ctx.rng.random() / 10, 4), "lng": round(139.7, 4)})
    b.decoy("area check with coarse coordinates")
    b.ok_json({"area": "130", "token": new_hex(ctx.rng, 32)})
    return b.build()
