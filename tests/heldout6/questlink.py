"""QuestLink: the companion app of a VR headset and of camera glasses (Meta Horizon-like).

The headset answers to its serial (the Horizon app lists devices by serial;
Meta's GraphQL endpoint `graph.oculus.com/graphql` takes `doc_id` +
`variables` as a form, and client logging goes to
`graph.oculus.com/logging_client_events`). Face tracking produces the OVR
face-expression weights (`EyesClosedL`, `JawDrop`, `LipCornerPullerR`...,
https://developers.meta.com/horizon/reference/unity/v71/class_o_v_r_face_expressions),
which avatar apps send upstream to animate a remote avatar: facial-expression
blendshapes are biometric data. Quest TV-style video history records what was
watched and for how long. Glasses pair over Bluetooth and register their
serial and BT address.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, jsb, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

UA = ua("Horizon", "262.0.0.14.108")
GRAPH = "https://graph.oculus.com"
API = "https://api.questlink.example"
EXPR = (
    "BrowLowererL",
    "BrowLowererR",
    "CheekPuffL",
    "CheekPuffR",
    "CheekRaiserL",
    "EyesClosedL",
    "EyesClosedR",
    "EyesLookDownL",
    "EyesLookLeftR",
    "JawDrop",
    "JawSidewaysLeft",
    "LipCornerPullerL",
    "LipCornerPullerR",
    "LipPuckerL",
    "LipsToward",
    "MouthLeft",
    "NoseWrinklerL",
    "UpperLidRaiserR",
)


def _b(c: Context, method: str, url: str, sdk: str = "questlink") -> FB:
    f = FB(c, sdk, method, url)
    f.header("user-agent", UA)
    return f


def _weights(c: Context) -> dict[str, float]:
    return {name: rf(c.rng, 0, 1, 3) for name in EXPR}


def headset_status(c: Context) -> Flow:
    f = FB(c, "questlink", "GET", "")
    f.header("user-agent", UA)
    serial = f.id("quest_serial", where="url.path(/headsets/{serial})")
    f.base = f"{API}/v1/headsets/{serial}/status"
    f.ok_json({"battery": c.rng.randint(10, 100), "firmware": "v66.1031", "controllers": 2})
    return f.build()


def graphql_devices(c: Context) -> Flow:
    f = _b(c, "POST", f"{GRAPH}/graphql", "meta")
    variables = {
        "hmd_serial": f.id("quest_serial", where="form.variables.hmd_serial"),
        "include_apps": True,
    }
    f.form(
        [
            ("access_token", "OC|" + new_hex(c.rng, 32)),
            ("doc_id", "6401937469894362"),
            ("variables", js(variables)),
        ]
    )
    f.ok_json({"data": {"device": {"name": "Quest 3", "is_online": True}}})
    return f.build()


def logging_events(c: Context, opaque: bool = False) -> Flow:
    f = _b(c, "POST", f"{GRAPH}/logging_client_events", "meta")
    if opaque:
        msg = {
            "a": f.id("quest_device", where="form.cmsg.a", detectable=False),
            "e": [{"n": "app_open", "t": ms(c)}],
        }
        f.form(
            [("access_token", "OC|" + new_hex(c.rng, 32)), ("cmsg", js(msg)), ("compressed", "0")]
        )
    else:
        msg = {
            "device_id": f.id("quest_device", where="form.message.device_id"),
            "family_device_id": f.id("quest_fb_anon", where="form.message.family_device_id"),
            "app_id": "1576483569282478",
            "seq": c.rng.randint(1, 400),
            "data": [{"name": "horizon_app_foreground", "time": ms(c) / 1000}],
        }
        f.form(
            [("access_token", "OC|" + new_hex(c.rng, 32)), ("message", js(msg)), ("format", "json")]
        )
    f.ok_json({"checksum": "", "config": {}})
    return f.build()


def face_expressions(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v2/avatar/stream/frames")
    f.bio("face_blendshapes", "body.frames[].faceExpressions")
    frames = [
        {
            "t": ms(c) + i * 33,
            "faceExpressions": _weights(c),
            "confidence": {"upper": rf(c.rng, 0.8, 1), "lower": rf(c.rng, 0.8, 1)},
        }
        for i in range(3)
    ]
    f.set_body(jsb({"session": rid(c.rng), "frames": frames}), "application/json", "gzip")
    f.no_content()
    return f.build()


def face_expressions_pb(c: Context) -> Flow:
    """The same weights as a packed float array in an unlabelled protobuf field."""
    f = _b(c, "POST", f"{API}/v2/avatar/stream/bin")
    f.bio("face_blendshapes", "protobuf.4(packed floats)", detectable=False)
    weights = [rf(c.rng, 0, 1, 3) for _ in range(63)]
    body = pb_varint(1, ms(c)) + pb_bytes(2, rid(c.rng)) + pb_packed_floats(4, weights)
    f.set_body(body, "application/x-protobuf")
    f.no_content()
    return f.build()


def controller_pose(c: Context) -> Flow:
    """Controller and head pose for a game: yaw/pitch/roll that are not a face."""
    f = _b(c, "POST", f"{API}/v2/games/beatbox/pose")
    f.json(
        {
            "head": {
                "yaw": rf(c.rng, -90, 90),
                "pitch": rf(c.rng, -40, 40),
                "roll": rf(c.rng, -10, 10),
            },
            "left": [rf(c.rng, -1, 1) for _ in range(7)],
            "right": [rf(c.rng, -1, 1) for _ in range(7)],
        }
    )
    f.no_content()
    return f.build()


def tv_history(c: Context, opaque: bool = False) -> Flow:
    f = _b(c, "POST", f"{API}/v1/tv/history")
    vid = f"qtv_{c.rng.randint(10**5, 10**6)}"
    if opaque:
        f.view("body(form).d", detectable=False)
        f.form([("d", f"{vid}|{c.rng.randint(5, 900)}|{ms(c)}"), ("k", "h1")])
    else:
        f.view("body.watch_history[]")
        f.json(
            {
                "watch_history": [
                    {
                        "video_id": vid,
                        "title": "Apollo 11 in VR",
                        "position_ms": c.rng.randint(5, 900) * 1000,
                        "duration_ms": 1200000,
                        "watched_at": iso(c),
                    }
                ]
            }
        )
    f.no_content()
    return f.build()


def graphql_watch_mutation(c: Context) -> Flow:
    f = _b(c, "POST", f"{GRAPH}/graphql", "meta")
    f.view("form.variables.input(video_id, watch_time_s)")
    variables = {
        "input": {
            "video_id": str(c.rng.randint(10**14, 10**15)),
            "watch_time_s": c.rng.randint(30, 1500),
            "completed": False,
            "client_mutation_id": rid(c.rng),
        }
    }
    f.form(
        [
            ("doc_id", "5710291662402288"),
            ("fb_api_req_friendly_name", "MediaWatchProgressMutation"),
            ("variables", js(variables)),
        ]
    )
    f.ok_json({"data": {"media_watch_progress": {"ok": True}}})
    return f.build()


def tv_thumbnail(c: Context) -> Flow:
    f = _b(c, "GET", f"https://scontent.oculuscdn.com/v/t64/{c.rng.randint(10**8, 10**9)}_n.jpg")
    f.param("stp", "dst-jpg_s480x270")
    f.respond(200, "image/jpeg", b"\xff\xd8\xff" + bytes(150))
    return f.build()


def store_section(c: Context) -> Flow:
    f = _b(c, "POST", f"{GRAPH}/graphql", "meta")
    f.form(
        [
            ("doc_id", "4921058811234567"),
            ("variables", js({"section_id": "1888816384764129", "first": 20})),
        ]
    )
    f.ok_json({"data": {"section": {"items": [{"id": str(c.rng.randint(10**15, 10**16))}]}}})
    return f.build()


def glasses_pair(c: Context) -> Flow:
    f = _b(c, "POST", f"{API}/v1/glasses/pair")
    f.json(
        {
            "serial_number": f.id("glasses_serial", where="body.serial_number"),
            "bt_address": f.id("glasses_bt", where="body.bt_address"),
            "firmware": "v12.2",
            "user": f.acct("quest_user"),
        }
    )
    f.ok_json({"paired": True})
    return f.build()


def glasses_firmware(c: Context) -> Flow:
    f = _b(c, "GET", f"{API}/v1/glasses/firmware")
    f.param("model", "RW4006")
    f.param("current", "v12.2")
    digest = new_hex(c.rng, 64)
    f.decoy(digest)
    f.ok_json({"latest": "v12.3", "sha256": digest, "size": 48211934})
    return f.build()


def glasses_telemetry_query(c: Context) -> Flow:
    """Glasses' battery telemetry with the serial in the query under an opaque name."""
    f = _b(c, "GET", f"{API}/v1/t?" + urlencode({"g": "x"}))
    f.param("q", f.id("glasses_serial", where="query.q", detectable=False))
    f.param("b", str(c.rng.randint(5, 100)))
    f.no_content()
    return f.build()
