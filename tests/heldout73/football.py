"""BongDa+ Live, a V.League 1 / Thai League 1 streaming and scores app (fictional).

Live streams send a heartbeat every 60 s (match, stream, live-edge offset,
seconds watched) and the replay player logs highlights watched; the rest of
the app is scores, shot maps, odds and line-ups: coordinate lists and numeric
series that are not about the viewer. The app's own device id travels in the
query string ("did") and its ANDROID_ID as "android_id" on login.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rf, rid, ua

API = "https://api.bongdaplus.live"
UA = ua("BongDaPlus", "2.31.0")
MATCHES = [
    ("vl24-101", "V.League 1", "Hà Nội FC", "Công An Hà Nội"),
    ("vl24-117", "V.League 1", "Thép Xanh Nam Định", "Hoàng Anh Gia Lai"),
    ("tl24-044", "Thai League 1", "Buriram United", "Bangkok United"),
    ("tl24-052", "Thai League 1", "BG Pathum United", "Port FC"),
]


def _b(c: Context, method: str, path: str, did: bool = False, **kw: object) -> FB:
    b = FB(c, "football", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    if did:
        b.param("did", b.id("bong_did", where="query.did"))
    return b


def live_heartbeat(c: Context) -> Flow:
    """Live-stream heartbeat: JSON, one per minute while the match plays."""
    mid = c.rng.choice(MATCHES)[0]
    b = _b(c, "POST", "/live/v1/heartbeat")
    b.json(
        {
            "match_id": mid,
            "stream_id": f"{mid}-hd",
            "event": "heartbeat",
            "seq": c.rng.randint(1, 110),
            "watched_sec": 60,
            "live_offset_ms": c.rng.randint(4000, 22000),
            "bitrate": c.rng.choice([1800, 3500, 5200]),
            "ts": ms(c),
        }
    )
    b.view("body.match_id/watched_sec")
    b.ok_json({"ok": True, "concurrency": "allowed"})
    return b.build()


def live_heartbeat_pb(c: Context) -> Flow:
    """The same heartbeat from the Android TV-cast path: protobuf, no key names."""
    mid = c.rng.choice(MATCHES)[0]
    b = _b(c, "POST", "/live/v1/hb.pb")
    body = pb_bytes(1, mid) + pb_varint(2, c.rng.randint(1, 110)) + pb_varint(3, 60)
    body += pb_msg(4, [pb_varint(1, c.rng.randint(4000, 22000)), pb_varint(2, ms(c))])
    b.set_body(body, "application/x-protobuf")
    b.view("body.protobuf (match id, seconds watched; no field names)", detectable=False)
    b.no_content()
    return b.build()


def highlight_watched(c: Context) -> Flow:
    _mid, league, home, away = c.rng.choice(MATCHES)
    dur = c.rng.randint(120, 600)
    b = _b(c, "POST", "/vod/v1/events", did=True)
    b.json(
        {
            "events": [
                {
                    "name": "video_complete" if c.rng.random() < 0.4 else "video_progress",
                    "video_title": f"Highlights {home} vs {away}",
                    "league": league,
                    "video_duration": dur,
                    "video_current_time": c.rng.randint(10, dur),
                    "video_percent": c.rng.choice([25, 50, 75, 100]),
                }
            ]
        }
    )
    b.view("body.events[].video_current_time")
    b.ok_json({"accepted": 1})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v1/login/phone")
    b.json(
        {
            "phone": "+8490" + str(c.rng.randint(1000000, 9999999)),
            "otp": str(c.rng.randint(100000, 999999)),
            "android_id": b.id("aid_bong", where="body.android_id"),
            "os": "android",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "user_id": b.acct("bong_user")})
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(
        c, "GET", "/scores/v2/live", params=[("league", c.rng.choice(["vleague1", "thaileague1"]))]
    )
    rows = [
        {
            "id": m[0],
            "home": m[2],
            "away": m[3],
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "minute": c.rng.randint(1, 90),
        }
        for m in MATCHES
    ]
    b.ok_json({"matches": rows, "server_time": ms(c)})
    b.decoy("live scores")
    return b.build()


def shot_map(c: Context) -> Flow:
    """Shot map and player heat map: pitch coordinate lists (not about the viewer)."""
    mid = c.rng.choice(MATCHES)[0]
    b = _b(c, "GET", f"/stats/v2/match/{mid}/shots")
    shots = [
        {
            "x": rf(c.rng, 60, 105, 1),
            "y": rf(c.rng, 5, 63, 1),
            "xg": rf(c.rng, 0.01, 0.7, 2),
            "player": f"p{c.rng.randint(10, 99)}",
        }
        for _ in range(c.rng.randint(8, 20))
    ]
    heat = [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(30)]
    b.ok_json({"shots": shots, "heatmap": heat})
    b.decoy("pitch coordinates and xG series")
    return b.build()


def odds(c: Context) -> Flow:
    mid = c.rng.choice(MATCHES)[0]
    b = _b(c, "GET", f"/odds/v1/{mid}/history")
    b.ok_json(
        {
            "1x2": [
                [rf(c.rng, 1.5, 4.5, 2), rf(c.rng, 2.8, 3.6, 2), rf(c.rng, 1.8, 5.0, 2)]
                for _ in range(12)
            ],
            "updated": ms(c),
        }
    )
    b.decoy("odds price series")
    return b.build()


def lineups(c: Context) -> Flow:
    mid = c.rng.choice(MATCHES)[0]
    b = _b(c, "GET", f"/stats/v2/match/{mid}/lineups")
    b.ok_json(
        {
            "formation": ["4-2-3-1", "3-4-3"],
            "players": [
                {"no": n, "pos": [rf(c.rng, 0, 1, 2), rf(c.rng, 0, 1, 2)]} for n in range(1, 12)
            ],
            "trace": rid(c.rng),
        }
    )
    b.decoy("line-up positions")
    return b.build()


def stream_manifest(c: Context) -> Flow:
    mid = c.rng.choice(MATCHES)[0]
    b = FB(
        c,
        "football",
        "GET",
        f"https://live.bongdaplus.live/hls/{mid}/index.m3u8",
        params=[("token", new_hex(c.rng, 32))],
    )
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-STREAM-INF:BANDWIDTH=3500000\nhd.m3u8\n",
    )
    b.decoy("live manifest")
    return b.build()


def vr_camera(c: Context) -> Flow:
    """360° stadium view: the virtual camera's yaw / pitch / field of view (not a face)."""
    mid = c.rng.choice(MATCHES)[0]
    b = _b(c, "POST", f"/live/v1/{mid}/cam360/state")
    b.json(
        {
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 45, 2),
            "roll": 0.0,
            "fov": c.rng.choice([70, 90, 110]),
            "cam": c.rng.choice(["tribune_a", "goal_n"]),
        }
    )
    b.decoy("virtual camera yaw / pitch")
    b.no_content()
    return b.build()
