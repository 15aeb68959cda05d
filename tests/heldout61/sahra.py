"""Sahra+: a Gulf Arabic streaming app (Shahid / OSN+-like) on the phone and TV box.

Its in-house backend names things in romanised Gulf Arabic (mushahadat = views,
akhir_mawqi3 = last position, mudda = duration) and, in the newer API, in Arabic
script. The Android TV build also uses Google Analytics 4 (Measurement Protocol
shape, developers.google.com/analytics/devguides/collection/protocol/ga4):
client_id + events[{name: video_progress, params: video_title, video_percent,
video_current_time}] as in GA4 enhanced-measurement video events.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, box_ua, iso, ms, rid, ua

API = "https://api.sahraplus-example.ae"
TITLES = [
    ("ريح الشمال", "sp-77120"),
    ("Al Hayba", "sp-10233"),
    ("Khalid wa Noura", "sp-55001"),
    ("شباب البومب", "sp-30418"),
    ("Dubai Bling AR", "sp-92210"),
]


def progress(ctx: Context) -> Flow:
    name, cid = ctx.rng.choice(TITLES)
    b = FB(ctx, "sahraplus", "PUT", f"{API}/v3/mushahadat/{cid}")
    b.header("user-agent", ua("SahraPlus", "4.19.0"))
    b.json(
        {
            "akhir_mawqi3": ctx.rng.randint(30, 2700),
            "mudda": 2820,
            "halqa": ctx.rng.randint(1, 30),
            "ism": name,
            "waqt": iso(ctx),
        }
    )
    b.view("path.mushahadat/{id}+body.akhir_mawqi3")
    b.no_content()
    return b.build()


def arabic_history(ctx: Context) -> Flow:
    b = FB(ctx, "sahraplus", "POST", f"{API}/v4/{quote('سجل')}/{quote('مزامنة')}")
    b.header("user-agent", ua("SahraPlus", "4.19.0"))
    rows = [
        {
            "المحتوى": cid,
            "العنوان": n,
            "الموضع_بالثواني": ctx.rng.randint(30, 2700),
            "نسبة_المشاهدة": ctx.rng.randint(3, 100),
        }
        for n, cid in ctx.rng.sample(TITLES, 2)
    ]
    b.json({"سجل_المشاهدة": rows, "الملف": "kids" if ctx.rng.random() < 0.3 else "main"})
    b.view("body.سجل_المشاهدة[]")
    b.ok_json({"ok": True})
    return b.build()


def ga4_video(ctx: Context) -> Flow:
    name, cid = ctx.rng.choice(TITLES)
    url = "https://www.google-analytics.com/mp/collect"
    b = FB(
        ctx,
        "ga4",
        "POST",
        url,
        [("measurement_id", "G-4SPTV7Q2ZK"), ("api_secret", "a" + new_hex(ctx.rng, 9))],
    )
    b.header("user-agent", box_ua("SahraPlusTV", "2.8.1"))
    ev = ctx.rng.choice(["video_start", "video_progress", "video_progress", "video_complete"])
    params = {
        "video_title": name,
        "video_provider": "sahraplus",
        "video_url": f"sahra://{cid}",
        "video_current_time": ctx.rng.randint(10, 2800),
        "video_duration": 2820,
        "video_percent": ctx.rng.choice([10, 25, 50, 75, 100]),
    }
    b.json({"client_id": ctx.phone.ga_instance, "events": [{"name": ev, "params": params}]})
    b.other_id("ga_instance", "body.client_id")
    b.view("body.events[].params.video_title+video_current_time")
    b.no_content()
    return b.build()


def tv_continue(ctx: Context) -> Flow:
    b = FB(ctx, "sahraplus", "GET", f"{API}/v3/rail/kammil_almushahada")
    b.header("user-agent", box_ua("SahraPlusTV", "2.8.1"))
    rows = [
        {"id": c, "title": n, "position_sec": ctx.rng.randint(60, 2500), "duration_sec": 2820}
        for n, c in ctx.rng.sample(TITLES, 3)
    ]
    b.ok_json({"rail": "continue_watching", "items": rows})
    b.view("response.items[].position_sec (continue_watching rail)", direction="response")
    return b.build()


def msgpack_beacon(ctx: Context) -> Flow:
    """A MessagePack array beacon with positional fields: nothing names what it is."""
    _, cid = ctx.rng.choice(TITLES)
    b = FB(ctx, "sahraplus", "POST", "https://q.sahraplus-example.ae/e")
    b.set_body(mpack([4, cid, ctx.rng.randint(30, 2700), ms(ctx)]), "application/x-msgpack")
    b.view("body (msgpack array, positional)", detectable=False)
    b.no_content()
    return b.build()


def rails(ctx: Context) -> Flow:
    b = FB(ctx, "sahraplus", "GET", f"{API}/v3/page/home", [("lang", "ar")])
    b.header("user-agent", ua("SahraPlus", "4.19.0"))
    b.ok_json(
        {
            "rails": [
                {"id": c, "title": n, "duration_sec": 2820, "rating": "+13"} for n, c in TITLES
            ],
            "trace": rid(ctx.rng),
        }
    )
    b.decoy("home page rails: catalogue with durations, nothing watched")
    return b.build()


def trailer_manifest(ctx: Context) -> Flow:
    _, cid = ctx.rng.choice(TITLES)
    b = FB(ctx, "sahraplus", "GET", f"https://cdn.sahraplus-example.ae/trailers/{cid}/master.m3u8")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-STREAM-INF:BANDWIDTH=2400000\nv720.m3u8\n",
    )
    b.decoy("trailer manifest fetch")
    return b.build()
