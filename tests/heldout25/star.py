"""Starlit: a K-pop fan app with AR face filters and one-to-one idol video
calls where the fan appears as an animated avatar.

The avatar is driven by ARKit face tracking: `ARFaceAnchor.blendShapes` uses
the 52 `ARFaceAnchor.BlendShapeLocation` names (eyeBlinkLeft, jawOpen,
mouthSmileLeft...) and `ARFaceGeometry` has 1,220 vertices (Apple developer
documentation); the app streams them to its avatar relay (in-house, fictional
host). Product analytics go to Amplitude's HTTP V2 API as its docs give it:
POST api2.amplitude.com/2/httpapi with `api_key` and `events[]` carrying
`device_id`, `idfa`, `idfv`, `event_type`, `event_properties`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua_app

RELAY = "https://avatar-relay.starlit.example.kr"
API = "https://api.starlit.example.kr"
SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "eyeSquintLeft",
    "eyeWideLeft",
    "jawOpen",
    "jawLeft",
    "mouthSmileLeft",
    "mouthSmileRight",
    "mouthPucker",
    "mouthFunnel",
    "browInnerUp",
    "browDownLeft",
    "cheekPuff",
    "noseSneerLeft",
    "tongueOut",
]
IDOLS = ["하루", "유나", "세린", "도윤"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "starlit", method, url)
    b.header("user-agent", ua_app("Starlit", "4.2.0"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", f"{RELAY}/v1/call/{rid(c.rng)[:13]}/face")
    frames = [
        {"ts": ms(c) + i * 33, "blendShapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}}
        for i in range(4)
    ]
    b.json({"frames": frames, "tracking": "ARKit"})
    b.bio("blendshapes", "body frames[].blendShapes (ARKit expression weights)")
    b.no_content()
    return b.build()


def face_mesh(c: Context) -> Flow:
    b = _b(c, "POST", f"{RELAY}/v1/avatar/calibrate")
    verts = [rf(c.rng, -0.1, 0.1, 5) for _ in range(1220 * 3 // 20)]
    b.json(
        {
            "faceGeometry": {
                "vertexCount": 1220,
                "vertices": floats_b64(verts),
                "encoding": "float32-le-xyz",
                "lod": 20,
            },
            "filter": "cat_ears_v2",
        }
    )
    b.bio("face_mesh", "body faceGeometry.vertices (ARFaceGeometry mesh)")
    b.ok_json({"avatarId": rid(c.rng)})
    return b.build()


def avatar_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{RELAY}/v1/stream")
    body = pb_varint(1, ms(c)) + pb_packed_floats(2, [rf(c.rng, 0, 1, 3) for _ in range(52)])
    body += pb_bytes(3, rid(c.rng)[:8])
    b.set_body(body, "application/x-protobuf")
    b.bio("blendshapes", "protobuf field 2 (52 unnamed floats)", detectable=False)
    b.no_content()
    return b.build()


def _amp(c: Context, b: FB, event: str, props: dict[str, object], att: bool) -> None:
    """One Amplitude event; the tester allowed tracking, so the SDK adds the IDFA."""
    ev = {
        "user_id": b.acct("star_user"),
        "device_id": b.id("star_amp_device", "plain", "body events[].device_id"),
        "event_type": event,
        "time": ms(c),
        "session_id": ms(c) - 60000,
        "event_properties": props,
        "platform": "iOS",
        "os_name": "ipados",
        "os_version": "17.5.1",
        "device_brand": "Apple",
        "device_model": "iPad13,16",
        "idfv": b.id("idfv_star", "plain", "body events[].idfv"),
        "language": "ko",
        "insert_id": rid(c.rng),
    }
    if att:
        ev["idfa"] = b.id("idfa", "plain", "body events[].idfa")
    b.json(
        {
            "api_key": "5b0e3f2a9c1d4e7f8a6b2c3d4e5f6a7b",
            "events": [ev],
            "client_upload_time": iso(c),
        }
    )


def amp_fancam(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", ua_app("Starlit", "4.2.0"))
    dur = c.rng.randint(60, 400)
    _amp(
        c,
        b,
        "fancam_play_progress",
        {
            "video_id": f"FC{c.rng.randint(10**5, 10**6)}",
            "idol": c.rng.choice(IDOLS),
            "position_sec": c.rng.randint(1, dur),
            "duration_sec": dur,
            "percent": c.rng.choice([25, 50, 75, 100]),
        },
        True,
    )
    b.view("Amplitude event fancam_play_progress with video_id + position")
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def amp_filter(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", ua_app("Starlit", "4.2.0"))
    _amp(
        c,
        b,
        "ar_filter_applied",
        {"filter_id": c.rng.choice(["heart_blush", "cat_ears_v2"]), "category": "face"},
        True,
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def filter_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ar/filters?category=face&page=1")
    b.ok_json(
        {
            "filters": [
                {"id": n, "name": n.replace("_", " "), "thumb": f"/f/{n}.png", "anchor": "face"}
                for n in ["heart_blush", "cat_ears_v2", "idol_glitter"]
            ]
        }
    )
    b.decoy("AR sticker catalogue (no face data)")
    return b.build()


def call_slot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/videocall/slots/reserve")
    b.json({"idol": c.rng.choice(IDOLS), "slotId": rid(c.rng), "ticketNo": f"VC{ms(c)}"})
    b.ok_json({"room": rid(c.rng), "startsAt": iso(c)})
    b.decoy("video-call slot reservation")
    return b.build()


def photocards(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/shop/photocards?idol={c.rng.choice(IDOLS)}")
    b.ok_json(
        {
            "items": [
                {"sku": f"PC-{i}", "price": c.rng.choice([3000, 5500, 12000])} for i in range(6)
            ],
            "recoTrace": rid(c.rng),
        }
    )
    b.decoy("merch catalogue with prices")
    return b.build()
