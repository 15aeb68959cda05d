"""An in-car video streaming app (in-house, fictional "Strömma", SVT Play-like)
with Mux Data QoE analytics.

Viewing history: the app's own heartbeat (Swedish keys `avsnitt`, `position`,
`spelad_tid`), its continue-watching sync (`sett`, share watched), Mux Data
beacons (field names as in Mux's documented metadata: video_id, video_title,
player_playhead_time, view_id, mux_viewer_id; docs.mux.com "Make your data
actionable with metadata"), and an obfuscated pixel. Decoys: catalogue, search,
thumbnails, HLS segments.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64url, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.stromma-play.se"
SHOWS = [
    ("Bron", "s1e4"), ("Skam", "s2e7"), ("Wallander", "s3e1"),
    ("Exit", "s1e2"), ("Young Royals", "s2e5"), ("Rederiet", "s9e12"),
]  # fmt: skip


def _h(b: FB, ctx: Context, dev: bool = True) -> None:
    b.header("user-agent", ua("Stromma", "7.21.0"))
    if dev:
        b.header("x-enhet-id", b.id("aid_video", where="header x-enhet-id"))


def heartbeat(ctx: Context) -> Flow:
    show, ep = ctx.rng.choice(SHOWS)
    b = FB(ctx, "stromma", "POST", f"{API}/v1/uppspelning/puls")
    _h(b, ctx)
    b.view("body avsnitt / position / spelad_tid")
    pos = ctx.rng.randint(30, 2800)
    b.json(
        {
            "program": show,
            "avsnitt": ep,
            "position": pos,
            "spelad_tid": min(pos, ctx.rng.randint(30, 900)),
            "kvalitet": "1080p",
            "ts": ms(ctx),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "stromma", "PUT", f"{API}/v1/anvandare/{ctx.phone.video_user}/fortsatt-titta")
    _h(b, ctx)
    b.view("body items[].sett / senast")
    items = [
        {"id": f"{s}-{e}", "titel": s, "sett": round(rng.random(), 2), "senast": iso(ctx)}
        for s, e in rng.sample(SHOWS, 3)
    ]
    b.json({"items": items})
    b.ok_json({"ok": True})
    return b.build()


def mux_beacon(ctx: Context) -> Flow:
    rng = ctx.rng
    show, ep = rng.choice(SHOWS)
    b = FB(ctx, "mux", "POST", "https://k3r9tq2v7m.litix.io")
    b.header("user-agent", ua("Stromma", "7.21.0"))
    b.view("body events[].video_title / player_playhead_time")
    ev = {
        "event": rng.choice(["playing", "heartbeat", "pause", "viewend"]),
        "view_id": rid(rng),
        "video_id": f"{show}-{ep}".lower(),
        "video_title": f"{show} {ep}",
        "video_series": show,
        "player_playhead_time": rng.randint(1000, 2_700_000),
        "viewer_time": ms(ctx),
        "player_name": "stromma-exo",
        "mux_viewer_id": b.id("mux_viewer", where="body events[].mux_viewer_id"),
    }
    b.json({"events": [ev], "transmission_timestamp": ms(ctx)})
    b.respond(200, "text/plain", b"ok")
    return b.build()


def pixel(ctx: Context) -> Flow:
    """An obfuscated tracking pixel: the watch event packed into one opaque token."""
    b = FB(ctx, "stromma", "GET", f"{API}/px.gif")
    b.header("user-agent", ua("Stromma", "7.21.0"))
    b.view("query q (xor-obfuscated)", detectable=False)
    b.param("q", b64url(bytes.fromhex(new_hex(ctx.rng, 90))))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def catalogue(ctx: Context) -> Flow:
    b = FB(ctx, "stromma", "GET", f"{API}/v1/katalog/start", [("sida", str(ctx.rng.randint(1, 4)))])
    _h(b, ctx, dev=False)
    b.decoy("catalogue page with titles and durations")
    rows = [{"titel": s, "avsnitt": e, "langd": ctx.rng.randint(1500, 3600)} for s, e in SHOWS]
    b.ok_json({"rader": rows, "requestId": rid(ctx.rng)})
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["deckare", "dokumentär", "barn", "sport"])
    b = FB(ctx, "stromma", "GET", f"{API}/v1/sok", [("q", q)])
    _h(b, ctx, dev=False)
    b.decoy("search results")
    b.ok_json({"traffar": [{"titel": s, "id": new_digits(ctx.rng, 7)} for s, _ in SHOWS[:4]]})
    return b.build()


def thumb(ctx: Context) -> Flow:
    b = FB(ctx, "stromma", "GET", f"https://img.stromma-play.se/t/{new_hex(ctx.rng, 24)}.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 400))
    return b.build()


def segment(ctx: Context) -> Flow:
    n = ctx.rng.randint(1, 600)
    b = FB(ctx, "stromma", "GET", f"https://vod.stromma-play.se/hls/{new_hex(ctx.rng, 12)}/{n}.m4s")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp4", fake_mp4(ctx.rng.getrandbits(32), 800))
    return b.build()
