"""Krug: a VK-like social app (feed, clips, video, AR face masks).

Its API copies VK's shape: POST /method/<name> with an url-encoded form and
`access_token`, `v=5.199`; `account.registerDevice` sends `device_id`,
`device_model`, `system_version` (dev.vk.com/method/account.registerDevice).
Video watch statistics and the mask engine's telemetry (face landmarks,
blendshape-style expression weights as MediaPipe's face landmarker names them:
developers.google.com/mediapipe/solutions/vision/face_landmarker) are the
app's own. myTarget (VK's ad network) serves its ads (sdk_ru).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from . import sdk_ru
from .phone import FB, floats, ms, points, ua

API = "https://api.krug-social.example/method/"
BLEND = [
    "browInnerUp",
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "cheekPuff",
    "mouthPucker",
    "eyeWideLeft",
    "browDownRight",
]


def _method(ctx: Context, name: str, pairs: list[tuple[str, str]]) -> FB:
    b = FB(ctx, "krug", "POST", API + name)
    b.header("user-agent", ua("KrugAndroidApp", "8.64"))
    b.form([*pairs, ("access_token", ctx.phone.krug_token), ("v", "5.199"), ("lang", "ru")])
    return b


def register_device(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", API + "account.registerDevice")
    b.header("user-agent", ua("KrugAndroidApp", "8.64"))
    b.form(
        [
            ("token", "f" + new_hex(ctx.rng, 20) + ":APA91b" + new_hex(ctx.rng, 30)),
            ("device_model", "samsung SM-S911B"),
            ("device_id", b.id("krug_device", where="body.device_id")),
            ("system_version", "14"),
            ("access_token", ctx.phone.krug_token),
            ("v", "5.199"),
        ]
    )
    b.ok_json({"response": 1})
    return b.build()


def video_stats(ctx: Context) -> Flow:
    owner, vid = "-" + new_digits(ctx.rng, 8, "2"), new_digits(ctx.rng, 9, "4")
    dur = ctx.rng.randint(30, 3600)
    pos = ctx.rng.randint(0, dur)
    b = _method(
        ctx,
        "video.viewSegments",
        [
            ("owner_id", owner),
            ("video_id", vid),
            ("position", str(pos)),
            ("duration", str(dur)),
            ("segments", f"0-{pos}"),
            ("quality", "720"),
            ("context", "feed"),
        ],
    )
    b.view("body.video_id+segments")
    b.ok_json({"response": {"success": 1}})
    return b.build()


def clip_events(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", "https://stats.krug-social.example/v2/events")
    evs = [
        {
            "type": "clip_view",
            "clip_id": f"-{new_digits(ctx.rng, 8)}_{new_digits(ctx.rng, 9)}",
            "watch_time_ms": ctx.rng.randint(800, 60000),
            "loops": ctx.rng.randint(0, 3),
            "ts": ms(ctx),
        }
        for _ in range(ctx.rng.randint(2, 6))
    ]
    b.json({"user_id": b.acct("krug_uid"), "events": evs}, "gzip")
    b.view("body.events[].clip_id+watch_time_ms")
    b.ok_json({"ok": 1})
    return b.build()


def mask_landmarks(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", "https://masks.krug-social.example/telemetry/tracking")
    b.json(
        {
            "mask_id": ctx.rng.randint(100, 999),
            "fps": 30,
            "frame": ctx.rng.randint(1, 900),
            "face_landmarks_106": points(ctx.rng, 106),
            "tracking_ok": True,
        }
    )
    b.bio("face_landmarks", "body.face_landmarks_106")
    b.no_content()
    return b.build()


def mask_expressions(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", "https://masks.krug-social.example/telemetry/expr")
    frames = [
        {"t": i * 33, "weights": {k: round(ctx.rng.random(), 3) for k in BLEND}}
        for i in range(ctx.rng.randint(2, 4))
    ]
    b.json({"mask_id": ctx.rng.randint(100, 999), "blendshapes": frames})
    b.bio("face_blendshapes", "body.blendshapes[].weights")
    b.no_content()
    return b.build()


def face_mesh_upload(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", "https://masks.krug-social.example/v1/avatar/fit")
    b.json(
        {
            "mesh": {
                "face_vertices": floats_b64(floats(ctx.rng, 468 * 3 // 6)),
                "topology": "mediapipe_468",
                "vertex_count": 468,
            },
            "avatar_style": ctx.rng.choice(["cartoon", "anime", "3d"]),
        }
    )
    b.bio("face_mesh", "body.mesh.face_vertices")
    b.ok_json({"avatar_id": new_hex(ctx.rng, 12)})
    return b.build()


def mask_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", "https://masks.krug-social.example/telemetry/s")
    b.json({"s": floats_b64(floats(ctx.rng, 64)), "m": ctx.rng.randint(100, 999)})
    b.bio("face_blendshapes", "body.s (packed)", detectable=False)
    b.no_content()
    return b.build()


def feed(ctx: Context) -> Flow:
    b = _method(ctx, "newsfeed.get", [("count", "20"), ("start_from", new_hex(ctx.rng, 8))])
    b.decoy("feed with an article about face recognition")
    b.ok_json(
        {
            "response": {
                "items": [
                    {
                        "text": "Как нейросети узнают лица в метро: объясняем",
                        "likes": ctx.rng.randint(0, 900),
                    },
                    {"text": "Голос. Дети — финал сезона", "likes": 12},
                ]
            }
        }
    )
    return b.build()


def thumbs(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "krug",
        "GET",
        f"https://sun9-{ctx.rng.randint(1, 80)}.krugcdn.example/impg/{new_hex(ctx.rng, 20)}.jpg",
    )
    b.param("size", "320x240")
    b.decoy("video thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 400))
    return b.build()


def stickers(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "POST", "https://masks.krug-social.example/v1/stickers/layout")
    b.json(
        {
            "stickers": [
                {"id": ctx.rng.randint(1, 300), "xy": p, "rot": round(ctx.rng.uniform(-30, 30), 1)}
                for p in points(ctx.rng, 3)
            ],
            "canvas": [720, 1280],
        }
    )
    b.decoy("sticker positions on a photo (coordinates, no face)")
    b.ok_json({"ok": True})
    return b.build()


def mask_catalogue(ctx: Context) -> Flow:
    b = FB(ctx, "krug", "GET", "https://masks.krug-social.example/v1/catalog")
    b.params += [("section", "trending"), ("face_tracking", "1")]
    b.decoy("AR mask catalogue")
    b.ok_json(
        {
            "masks": [
                {"id": i, "name": n, "preview": b64(new_hex(ctx.rng, 6))}
                for i, n in enumerate(["Кот", "Снегурочка", "Батыр"], 1)
            ]
        }
    )
    return b.build()


def ad(ctx: Context) -> Flow:
    return sdk_ru.mytarget_ad(ctx, ctx.rng.choice(["1263847", "1263851"]), "aid_krug")


BIO = [
    mask_landmarks,
    mask_expressions,
    face_mesh_upload,
    mask_landmarks,
    mask_opaque,
    mask_expressions,
]
VIEW = [video_stats, clip_events, video_stats]
DEV = [register_device, ad, ad]
BENIGN = [feed, thumbs, stickers, mask_catalogue, thumbs]
