"""Firebase / Google Analytics for Firebase (GA4) bundles from the apps: POST
app-measurement.com/a with a protobuf MeasurementBatch, and Kakao's Tiara
analytics beacon from the fan app.

GA4 wire layout (field numbers of gmp_measurement.proto as decoded in public
Firebase-traffic analyses): batch.1 = bundle; bundle.1 protocol_version,
.2 event (param .1 {name .1, string .2, int .3, double .5}, name .2, ts .3),
.8 platform, .10 device model, .14 app id, .19 resettable_device_id (GAID),
.20 limited ad tracking, .21 app_instance_id. Video params follow GA4's
recommended video events (video_start / video_progress / video_complete with
video_title, video_percent, video_current_time, video_duration).
Tiara (stat.tiara.kakao.com) is Kakao's in-house analytics; its host is public,
the key names here are my own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb, pb_bytes, pb_double, pb_msg, pb_varint

from .phone import FB, dalvik, ms, rid

VIDEOS = [
    "Supernova (Official MV)",
    "눈물의 여왕 5화 하이라이트",
    "KBO 하이라이트 11/05",
    "APT. (Official MV)",
]


def _param(name: str, value: str | int | float) -> bytes:
    if isinstance(value, str):
        return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_double(5, value)])


def _event(name: str, params: list[bytes], ts: int) -> bytes:
    return pb_msg(2, [*params, pb_bytes(2, name), pb_varint(3, ts)])


def ga4_video(c: Context, pkg: str = "com.example.weverse.fanclub") -> Flow:
    b = FB(c, "ga4", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    dur = c.rng.randint(150, 3600)
    pct = c.rng.choice([10, 25, 50, 75])
    name = c.rng.choice(["video_progress", "video_start", "video_complete"])
    params = [
        _param("video_title", c.rng.choice(VIDEOS)),
        _param("video_percent", pct),
        _param("video_current_time", dur * pct // 100),
        _param("video_duration", dur),
        _param("ga_session_id", c.rng.randint(10**9, 10**10)),
    ]
    events = [
        _event(name, params, ms(c)),
        _event("_e", [_param("_et", c.rng.randint(1000, 90000))], ms(c)),
    ]
    gaid = b.id("gaid", how="protobuf", where="protobuf bundle.19 (resettable_device_id)")
    inst = b.sid("ga_instance", "protobuf bundle.21 (app_instance_id)", detectable=False)
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "SM-S921N"),
        pb_bytes(14, pkg),
        pb_bytes(19, gaid),
        pb_varint(20, 0),
        pb_bytes(21, inst),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.view(f"protobuf event {name} (video_title, video_current_time)")
    b.no_content()
    return b.build()


def ga4_screen(c: Context, pkg: str = "kr.co.captv.pooqV2") -> Flow:
    b = FB(c, "ga4", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    b.decoy("screen_view / search events")
    ev = c.rng.choice(
        [
            ("screen_view", [_param("firebase_screen", "HomeFragment")]),
            ("search", [_param("search_term", "드라마")]),
        ]
    )
    gaid = b.id("gaid", how="protobuf", where="protobuf bundle.19 (resettable_device_id)")
    inst = b.sid("ga_instance", "protobuf bundle.21 (app_instance_id)", detectable=False)
    bundle = [
        pb_varint(1, 1),
        _event(ev[0], ev[1], ms(c)),
        pb_bytes(8, "android"),
        pb_bytes(14, pkg),
        pb_bytes(19, gaid),
        pb_varint(20, 0),
        pb_bytes(21, inst),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def tiara_play(c: Context) -> Flow:
    b = FB(c, "tiara", "POST", "https://stat.tiara.kakao.com/track?d=" + "fanverse-android")
    b.header("user-agent", dalvik())
    b.set_body(
        jsb(
            {
                "sdk": {"type": "android", "version": "2.1.4"},
                "section": "player",
                "page": "mv_end",
                "action": {"type": "Event", "name": "play_end"},
                "usage": {"duration": c.rng.randint(5000, 240000)},
                "content": {
                    "id": c.rng.choice(["mv_88123", "mv_89001"]),
                    "type": "video",
                    "title": c.rng.choice(VIDEOS),
                },
                "eventId": rid(c.rng),
            }
        ),
        "application/json",
    )
    b.view("body.content + usage.duration (play_end)")
    b.ok_json({"ok": 1})
    return b.build()
