"""Car companion app "AutoLink" for the car's head unit: binding (head-unit serial,
Bluetooth MAC, T-Box modem IMEI), the head unit's driver Face ID and voice
assistant enrolment synced through the phone, media played in the car, routes.

All endpoints are the car maker's own (in-house). Driver-monitoring face ID
templates follow what open face-recognition stacks produce (ArcFace-style 512-d
or 128-d float embeddings); the voice assistant enrols a speaker from spoken
samples, as wake-word speaker verification does.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_wav, floats_b64, multipart, pb_bytes, pb_varint

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://iov-api.autolink-motors.com"
UA = ua("AutoLink", "5.2.0")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-al-account", b.acct("car_account"))


def bind(ctx: Context) -> Flow:
    b = FB(ctx, "autolink", "POST", f"{API}/v2/headunit/bind")
    _hdr(b)
    b.json(
        {
            "huSerial": b.id("car_serial", where="body.json.huSerial"),
            "btAddr": b.id("car_bt_mac", where="body.json.btAddr"),
            "tboxImei": b.id("car_imei", where="body.json.tboxImei"),
            "huModel": "ALH-9 Pro",
            "firmware": "9.4.117",
            "bindCode": new_digits(ctx.rng, 6),
        }
    )
    b.ok_json({"bound": True, "vehicleAlias": "My car"})
    return b.build()


def status(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "autolink", "GET", API)
    serial = b.id("car_serial", where="path./v2/headunits/{serial}/status")
    b.base = f"{API}/v2/headunits/{serial}/status"
    _hdr(b)
    b.ok_json(
        {
            "online": True,
            "socPct": r.randint(20, 100),
            "rangeKm": r.randint(80, 480),
            "tyreKpa": [r.randint(230, 260) for _ in range(4)],
            "ts": ms(ctx),
        }
    )
    return b.build()


def bind_protobuf(ctx: Context) -> Flow:
    """The head unit's own registration relayed as protobuf: no field names."""
    b = FB(ctx, "autolink", "POST", f"{API}/pb/hu/reg")
    _hdr(b)
    body = (
        pb_bytes(1, b.id("car_serial", how="protobuf", where="body.protobuf.1", detectable=False))
        + pb_bytes(2, b.id("car_bt_mac", how="protobuf", where="body.protobuf.2 (MAC-shaped)"))
        + pb_bytes(3, b.id("car_imei", how="protobuf", where="body.protobuf.3", detectable=False))
        + pb_varint(4, ms(ctx))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def face_id_enrol(ctx: Context) -> Flow:
    b = FB(ctx, "autolink", "POST", f"{API}/v1/driver-profiles/faceid")
    _hdr(b)
    b.json(
        {
            "profileId": "dp_" + new_hex(ctx.rng, 10),
            "source": "cabin_ir_camera",
            "faceEmbedding": floats(ctx.rng, 512, 6),
            "model": "arcface_r50_v2",
            "enrolledAt": iso(ctx),
        }
    )
    b.bio("face_embedding", "body.json.faceEmbedding (512 floats)")
    b.ok_json({"ok": True})
    return b.build()


def face_id_sync(ctx: Context) -> Flow:
    b = FB(ctx, "autolink", "PUT", f"{API}/v1/driver-profiles/{new_hex(ctx.rng, 10)}/face-template")
    _hdr(b)
    b.json(
        {
            "templateVer": 4,
            "faceFeature": floats_b64(floats(ctx.rng, 128, 6)),
            "dim": 128,
            "norm": "l2",
        }
    )
    b.bio("face_embedding", "body.json.faceFeature|base64f32")
    b.ok_json({"ok": True})
    return b.build()


def voice_enrol(ctx: Context) -> Flow:
    b = FB(ctx, "autolink", "POST", f"{API}/v1/assistant/speaker/enroll")
    _hdr(b)
    bnd = "al" + new_hex(ctx.rng, 20)
    body = multipart(
        bnd,
        [
            ("speakerName", None, None, b"Wenjing"),
            ("phrase", None, None, "你好小链".encode()),
            (
                "voiceSample",
                "enroll_1.wav",
                "audio/wav",
                fake_wav(ctx.rng.randint(0, 1 << 30), 1500),
            ),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voiceprint", "body.multipart.voiceSample (speaker enrolment)")
    b.ok_json({"speakerId": rid(ctx.rng), "status": "ENROLLED"})
    return b.build()


def media_history(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "autolink", "POST", f"{API}/v1/infotainment/media-history")
    _hdr(b)
    items = [
        {
            "source": r.choice(["podcast", "music", "audiobook"]),
            "itemId": new_digits(r, 10),
            "title": r.choice(["晚高峰电台", "科技早知道", "Daily Jazz"]),
            "playedSec": r.randint(30, 2400),
            "startedAt": iso(ctx),
        }
        for _ in range(r.randint(1, 3))
    ]
    b.json({"vehicleTrip": rid(r), "played": items})
    b.view("body.json.played[].itemId+playedSec")
    b.ok_json({"ok": True})
    return b.build()


def route(ctx: Context) -> Flow:
    b = FB(ctx, "autolink", "POST", f"{API}/v1/nav/send-to-car")
    _hdr(b)
    b.json(
        {
            "dest": {"name": "西溪湿地", "lat": 30.2702, "lng": 120.0631},
            "polyline": points(ctx.rng, 30, 180, 90),
            "avoidTolls": True,
        }
    )
    b.ok_json({"queued": True})
    b.decoy("route polyline sent to the car")
    return b.build()


def ota_check(ctx: Context) -> Flow:
    b = FB(
        ctx, "autolink", "GET", f"{API}/v1/ota/latest", [("model", "ALH-9 Pro"), ("fw", "9.4.117")]
    )
    b.header("user-agent", UA)
    b.ok_json(
        {"version": "9.5.002", "sha256": new_hex(ctx.rng, 64), "sizeMb": rf(ctx.rng, 200, 900, 1)}
    )
    b.decoy("firmware check with a sha256")
    return b.build()
