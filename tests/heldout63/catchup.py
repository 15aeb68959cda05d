"""A TVer-like free catch-up app (in-house backend, fictional host names).

Its watch log uses Hepburn-romanised Japanese key names (shichou = viewing,
saisei_ichi = playback position, tanmatsu_id = terminal / device id), as
Japanese in-house backends often do; the heartbeat is a query-string beacon
like the ones HLS players fire every 10 s. Adjust attribution rides along.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.hoso-catchup.jp"
UA = ua("HosoCatchup", "7.12.0")
SERIES = ["sr1kq8", "sr0ve2", "srm71x", "srz4c0", "sr8hh3"]


def _ep(ctx: Context) -> tuple[str, str, int]:
    sr = ctx.rng.choice(SERIES)
    return sr, "ep" + new_hex(ctx.rng, 8), ctx.rng.choice([1380, 2700, 3240])


def shichou_log(ctx: Context) -> Flow:
    b = FB(ctx, "catchup", "POST", f"{API}/v1/shichou/kiroku")
    b.header("user-agent", UA)
    sr, ep, dur = _ep(ctx)
    pos = ctx.rng.randint(30, dur)
    b.json(
        {
            "tanmatsu_id": ctx.phone.tver_uid,  # type: ignore[attr-defined]
            "bangumi_id": sr,
            "episodo_id": ep,
            "saisei_ichi": pos,
            "saisei_jikan": dur,
            "shichou_kaishi": iso(ctx),
            "kanryou": pos > dur - 60,
        }
    )
    b.other_id("tver_uid", "body.tanmatsu_id")
    b.view("body{bangumi_id,episodo_id,saisei_ichi}")
    b.ok_json({"kekka": "OK"})
    return b.build()


def heartbeat(ctx: Context) -> Flow:
    b = FB(ctx, "catchup", "GET", "https://beacon.hoso-catchup.jp/hb")
    sr, ep, dur = _ep(ctx)
    for k, v in [
        ("ev", "hb"),
        ("vid", ep),
        ("sr", sr),
        ("pos", str(ctx.rng.randint(10, dur))),
        ("dur", str(dur)),
        ("iv", "10"),
        ("sid", rid(ctx.rng)),
        ("ts", str(ms(ctx))),
    ]:
        b.param(k, v)
    b.view("query{ev=hb,vid,pos}")
    b.no_content()
    return b.build()


def opaque_beacon(ctx: Context) -> Flow:
    """The player's QoE beacon, AES-sealed: what was watched cannot be read off it."""
    b = FB(ctx, "catchup", "POST", "https://beacon.hoso-catchup.jp/q")
    seal = hashlib.shake_256(f"{ms(ctx)}".encode()).digest(180)
    b.json({"v": 3, "d": base64.b64encode(seal).decode(), "k": new_hex(ctx.rng, 8)})
    b.view("body.d (sealed)", detectable=False)
    b.no_content()
    return b.build()


def device_register(ctx: Context) -> Flow:
    b = FB(ctx, "catchup", "POST", f"{API}/v1/tanmatsu/touroku")
    b.header("user-agent", UA)
    b.json(
        {
            "platform_uid": ctx.phone.tver_uid,  # type: ignore[attr-defined]
            "android_id": b.id("aid_tver", where="body.android_id"),
            "os": "android",
            "os_ver": "14",
            "kishu": "XQ-DQ44",
            "user_id": ctx.phone.tver_user,  # type: ignore[attr-defined]
        }
    )
    b.other_id("tver_uid", "body.platform_uid")
    b.ok_json({"kekka": "OK", "token": new_hex(ctx.rng, 40)})
    return b.build()


def segment(ctx: Context) -> Flow:
    _, ep, _ = _ep(ctx)
    n = ctx.rng.randint(1, 400)
    url = f"https://vod.hoso-catchup.jp/{ep}/1080p/seg_{n:05d}.ts"
    b = FB(ctx, "catchup", "GET", url)
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes.fromhex(new_hex(ctx.rng, 188)))
    return b.build()


def catalogue(ctx: Context) -> Flow:
    b = FB(ctx, "catchup", "GET", f"{API}/v1/callHome", [("genre", "drama"), ("limit", "20")])
    b.decoy("catalogue page with episode ids and durations")
    items = [
        {"episodo_id": "ep" + new_hex(ctx.rng, 8), "title": t, "jikan": ctx.rng.randint(1200, 3400)}
        for t in ["日曜劇場 第3話", "バラエティ特番", "ニュース7", "アニメ第12話"]
    ]
    b.ok_json({"contents": items, "request_id": rid(ctx.rng)})
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["ドラマ", "お笑い", "kaigai", "料理"])
    b = FB(ctx, "catchup", "GET", f"{API}/v1/kensaku", [("q", q), ("page", "1")])
    b.decoy("search query and results")
    b.ok_json({"hits": ctx.rng.randint(0, 90), "ids": [new_digits(ctx.rng, 6) for _ in range(5)]})
    return b.build()
