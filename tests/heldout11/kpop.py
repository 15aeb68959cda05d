"""K-pop fan app ("StanLive"): live streams, replays and AR face filters.

The filters run a face-tracking SDK on the phone; the app's backend receives
what the tracker computed for "idol look-alike" and try-on analytics. The face
data follows DeepAR's FaceData (detected, faceRect, landmarks2d, poseMatrix,
emotions: as mirrored by the DeepAR React Native / Flutter wrappers in public
repos) and Banuba-style face meshes; expression weights use the raw ARKit-like
`eyeBlink_L` spellings the SDKs export. Viewing: live heartbeats and replay
progress to the app's own API. Everything else here is in-house.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, floats, ms, points, rf, rid, ua

API = "https://api.stanlive.kr"
LIVE = "https://live-api.stanlive.kr"
UA = ua("StanLive", "4.2.1")
IDOLS = ["HANA", "JIWOO", "MINJAE", "SOL", "RIKU", "YEJIN"]
SHAPES = [
    "eyeBlink_L",
    "eyeBlink_R",
    "jawOpen",
    "mouthSmile_L",
    "mouthSmile_R",
    "browInnerUp",
    "cheekPuff",
    "mouthPucker",
    "eyeWide_L",
    "eyeWide_R",
]


def _b(ctx: Context, method: str, url: str) -> FB:
    b = FB(ctx, "stanlive", method, url)
    b.header("user-agent", UA)
    b.header("x-stan-client", "android/4.2.1")
    return b


def face_insight(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/v2/ar/lookalike")
    b.bio("face_landmarks", "json:faceData.landmarks2d/poseMatrix/emotions")
    lm = [c for p in points(ctx.rng, 68) for c in p]
    b.json(
        {
            "effect": "idol_twin_v2",
            "faceData": {
                "detected": True,
                "faceRect": [rf(ctx.rng, 180, 260, 1), rf(ctx.rng, 300, 420, 1), 360.0, 420.0],
                "landmarks2d": lm,
                "poseMatrix": [round(x, 5) for x in floats(ctx.rng, 16)],
                "emotions": {
                    k: rf(ctx.rng, 0, 1, 3)
                    for k in ("neutral", "happiness", "surprise", "sadness", "anger")
                },
            },
            "uid": b.acct("kpop_user"),
        }
    )
    b.ok_json({"match": ctx.rng.choice(IDOLS), "similarity": rf(ctx.rng, 0.4, 0.9, 2)})
    return b.build()


def tryon_analytics(ctx: Context) -> Flow:
    """Try-on analytics: expression weights as JSON text inside the event params."""
    b = _b(ctx, "POST", "https://log.stanlive.kr/collect")
    b.bio("expression_weights", "json:events[0].params (JSON string).expr")
    expr = {k: rf(ctx.rng, 0, 1, 3) for k in ctx.rng.sample(SHAPES, 7)}
    params = js({"lens": "lens_" + str(ctx.rng.randint(100, 999)), "dur": 14, "expr": expr})
    b.json(
        {
            "did": b.id("kpop_device", where="json:did"),
            "events": [{"name": "ar_tryon_end", "ts": ms(ctx), "params": params}],
        }
    )
    b.no_content()
    return b.build()


def face_mesh(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/v2/ar/photocard/mesh")
    b.bio("face_mesh", "json:mesh.vertices (468 x 3)")
    verts = [round(v, 4) for p in points(ctx.rng, 468, 1, 1) for v in (*p, ctx.rng.gauss(0, 0.03))]
    b.json({"mesh": {"topology": "face_468", "vertices": verts}, "card": rid(ctx.rng)[:8]})
    b.ok_json({"ok": True})
    return b.build()


def ar_frame_pb(ctx: Context) -> Flow:
    """The filter's replay buffer in protobuf: numbered fields, packed floats."""
    b = _b(ctx, "POST", API + "/v2/ar/fx/buf")
    b.bio("face_landmarks", "protobuf:2.3 (packed floats, no names)", detectable=False)
    body = pb_varint(1, ms(ctx)) + pb_msg(
        2, [pb_varint(1, 1), pb_bytes(2, "fx9"), pb_packed_floats(3, floats(ctx.rng, 136))]
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def live_heartbeat(ctx: Context) -> Flow:
    live = "L" + str(ctx.rng.randint(100000, 999999))
    b = _b(ctx, "POST", f"{LIVE}/v1/live/{live}/heartbeat")
    b.view("json:liveId/watchSeconds")
    b.json(
        {
            "liveId": live,
            "artist": ctx.rng.choice(IDOLS),
            "watchSeconds": ctx.rng.randint(30, 1800),
            "quality": "1080p",
            "deviceId": b.id("kpop_device", where="json:deviceId"),
        }
    )
    b.ok_json({"viewers": ctx.rng.randint(1000, 90000)})
    return b.build()


def replay_progress(ctx: Context) -> Flow:
    vod = "V" + str(ctx.rng.randint(10000, 99999))
    b = _b(ctx, "PUT", f"{API}/v1/me/replays/{vod}/progress")
    b.view("json:positionMs/durationMs")
    dur = ctx.rng.randint(600, 4000) * 1000
    b.json({"positionMs": ctx.rng.randint(0, dur), "durationMs": dur, "updatedAt": ms(ctx)})
    b.no_content()
    return b.build()


def beacon_opaque(ctx: Context) -> Flow:
    """Watch beacon with its payload scrambled into one base64 parameter."""
    raw = f"{ctx.rng.randint(100000, 999999)}|{ctx.rng.randint(1, 3600)}|1".encode()
    d = base64.b64encode(bytes(x ^ 0x5A for x in raw)).decode()
    b = FB(ctx, "stanlive", "GET", "https://t.stanlive.kr/b.gif", [("d", d), ("v", "3")])
    b.view("query:d (xor+base64)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", API + "/v1/device/register")
    b.json(
        {
            "deviceId": b.id("kpop_device", where="json:deviceId"),
            "android_id": b.id("aid_kpop", where="json:android_id"),
            "model": "MNA-LX9",
            "hms": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def live_chat(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{LIVE}/v1/chat/send")
    b.decoy("chat message mentioning a face filter")
    msg = ctx.rng.choice(["her face!! 😭", "this filter is so cute", "saranghae", "ㅋㅋㅋㅋ"])
    b.json({"room": "L" + str(ctx.rng.randint(100000, 999999)), "text": msg, "nonce": rid(ctx.rng)})
    b.ok_json({"ok": True})
    return b.build()


def lens_catalogue(ctx: Context) -> Flow:
    b = _b(ctx, "GET", API + "/v2/ar/effects?category=face&page=1")
    b.decoy("catalogue of face filters (names, thumbnails)")
    b.ok_json(
        {
            "items": [
                {"id": f"fx{i}", "name": f"{ctx.rng.choice(IDOLS)} face sticker", "thumb": "t.webp"}
                for i in range(6)
            ]
        }
    )
    return b.build()


def photocard_view(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "https://log.stanlive.kr/collect")
    b.decoy("3D photocard viewer camera yaw/pitch/roll")
    cam = {"yaw": rf(ctx.rng, -180, 180, 2), "pitch": rf(ctx.rng, -30, 30, 2), "roll": 0.0}
    b.json({"events": [{"name": "card_rotate", "ts": ms(ctx), "params": js({"camera": cam})}]})
    b.no_content()
    return b.build()


def news_article(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v1/news/{ctx.rng.randint(1000, 9999)}")
    b.decoy("article about an idol's face and visuals")
    b.ok_json(
        {
            "title": f"{ctx.rng.choice(IDOLS)}'s visuals: why fans call it the face of the era",
            "body": "Face shape, eyes and smile were discussed by stylists...",
        }
    )
    return b.build()
