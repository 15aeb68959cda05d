"""Huddlecam, a video-meeting app: virtual backgrounds, auto face framing and
per-participant "engagement" metrics (attention, smiles) sent to analytics.

The app's own backend (api/events.huddlecam.io) is made up: auto-framing
telemetry, avatar blendshapes, engagement windows, talk time, QoS. Its
Segment analytics are in `meetseg`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.huddlecam.io"
EV = "https://events.huddlecam.io"
UA = ua("Huddlecam", "5.14.2")
EXPR = ("neutral", "happy", "surprised", "focused")


def meeting_code(c: Context) -> str:
    return f"{c.rng.randint(100, 999)}-{c.rng.randint(1000, 9999)}-{c.rng.randint(100, 999)}"


def _hdr(b: FB, c: Context, install: bool = True) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer hc." + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-hc-install-id", b.id("meet_install", where="header:x-hc-install-id"))


def _pids(c: Context, n: int) -> list[str]:
    return ["p_" + rid(c.rng)[:8] for _ in range(n)]


def engagement_report(c: Context) -> Flow:
    mid = meeting_code(c)
    b = FB(c, "huddlecam", "POST", f"{EV}/v2/meetings/{mid}/engagement")
    _hdr(b, c)
    parts = [
        {
            "pid": pid,
            "attentionScore": rf(c.rng, 0.2, 0.99, 3),
            "gazeOnScreenPct": rf(c.rng, 30, 98, 1),
            "smileCount": c.rng.randint(0, 9),
            "smileIntensityAvg": rf(c.rng, 0, 0.9, 3),
            "talkTimeSec": c.rng.randint(0, 900),
        }
        for pid in _pids(c, c.rng.randint(2, 6))
    ]
    b.bio("face_analysis", "body.participants[].attentionScore/smileIntensityAvg")
    b.json(
        {
            "meetingId": mid,
            "windowEnd": iso(c),
            "windowSec": 60,
            "model": "engage-v3",
            "participants": parts,
        }
    )
    b.no_content()
    return b.build()


def framing_telemetry(c: Context) -> Flow:
    b = FB(c, "huddlecam", "POST", f"{API}/v1/telemetry/autoframe")
    _hdr(b, c)
    samples = []
    for i in range(c.rng.randint(3, 6)):
        x, y = rf(c.rng, 300, 700, 1), rf(c.rng, 120, 320, 1)
        samples.append(
            {
                "t": ms(c) + i * 500,
                "faceBox": [x, y, rf(c.rng, 180, 260, 1), rf(c.rng, 220, 320, 1)],
                "headPose": {
                    "yaw": rf(c.rng, -25, 25, 2),
                    "pitch": rf(c.rng, -15, 15, 2),
                    "roll": rf(c.rng, -8, 8, 2),
                },
                "kp5": [[rf(c.rng, x, x + 200, 1), rf(c.rng, y, y + 260, 1)] for _ in range(5)],
            }
        )
    b.bio("landmarks", "body.samples[].kp5/headPose")
    b.json(
        {"session": rid(c.rng), "mode": "auto", "cropRect": [160, 40, 960, 720], "samples": samples}
    )
    b.no_content()
    return b.build()


def avatar_sync(c: Context) -> Flow:
    b = FB(c, "huddlecam", "POST", f"{API}/v1/avatar/state")
    _hdr(b, c, install=False)
    names = [
        "eyeBlinkLeft",
        "eyeBlinkRight",
        "jawOpen",
        "mouthSmileLeft",
        "mouthSmileRight",
        "browInnerUp",
        "cheekPuff",
        "mouthFunnel",
    ]
    frames = [
        {"ts": ms(c) + 33 * i, "bs": {n: rf(c.rng, 0, 1, 3) for n in names}} for i in range(3)
    ]
    b.bio("blendshapes", "body.frames[].bs")
    b.json({"avatarId": "fox_02", "fps": 30, "frames": frames})
    b.ok_json({"ok": True})
    return b.build()


def engagement_opaque(c: Context) -> Flow:
    b = FB(c, "huddlecam", "POST", f"{EV}/v2/ingest/e")
    b.header("user-agent", UA)
    b.header("x-hc-kid", "k7")
    blob = c.rng.randbytes(c.rng.randint(400, 900))
    b.bio("face_analysis", "body (AES-GCM blob)", detectable=False)
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()


def talk_time(c: Context) -> Flow:
    mid = meeting_code(c)
    b = FB(c, "huddlecam", "POST", f"{EV}/v2/meetings/{mid}/speaking")
    _hdr(b, c, install=False)
    b.decoy("talk time per participant from voice activity: no face or voice data")
    parts = [
        {"pid": p, "talkTimeSec": c.rng.randint(0, 1200), "turns": c.rng.randint(0, 40)}
        for p in _pids(c, c.rng.randint(2, 7))
    ]
    b.json({"meetingId": mid, "participants": parts})
    b.no_content()
    return b.build()


def background_image(c: Context) -> Flow:
    name = c.rng.choice(["office_03", "beach_01", "library_02", "space_05"])
    b = FB(c, "huddlecam", "GET", f"https://cdn.huddlecam.io/backgrounds/v2/{name}_1280.jpg")
    b.header("user-agent", UA)
    b.decoy("virtual background image download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400))
    return b.build()


def segmentation_model(c: Context) -> Flow:
    b = FB(c, "huddlecam", "GET", "https://cdn.huddlecam.io/models/selfie_seg_v2.json")
    b.header("user-agent", UA)
    b.decoy("person-segmentation model weights (float series), no face data")
    b.ok_json(
        {
            "name": "selfie_seg",
            "version": 2,
            "input": [256, 144, 3],
            "weights": floats(c.rng, 64),
            "bias": floats(c.rng, 8),
        }
    )
    return b.build()


def qos_stats(c: Context) -> Flow:
    b = FB(c, "huddlecam", "POST", f"{API}/v1/qos")
    _hdr(b, c, install=False)
    b.decoy("network QoS series and trace id")
    b.json(
        {
            "traceId": rid(c.rng),
            "rttMs": [c.rng.randint(20, 180) for _ in range(10)],
            "jitterMs": [rf(c.rng, 0, 30, 1) for _ in range(10)],
            "packetLoss": rf(c.rng, 0, 0.05, 4),
            "codec": "VP8",
        }
    )
    b.no_content()
    return b.build()


def join(c: Context) -> Flow:
    b = FB(c, "huddlecam", "POST", f"{API}/v1/meetings/join")
    b.header("user-agent", UA)
    b.header("x-hc-device", b.id("aid_meet", where="header:x-hc-device"))
    b.json(
        {
            "meetingCode": meeting_code(c),
            "displayName": "Yusuf A.",
            "email": b.id("email", where="body.email"),
            "video": True,
            "audio": True,
        }
    )
    b.ok_json({"joinToken": rid(c.rng), "sfu": "sfu-use2-07.huddlecam.io", "region": "us-east-2"})
    return b.build()
