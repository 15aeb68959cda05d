"""Klip: a TikTok Lite-like short-video app on ByteDance AppLog.

AppLog (open-source Volcano Engine DataRangers SDK, `com.bytedance.applog`:
`/service/2/device_register/` and `/service/2/app_log/` with a JSON
`{"magic_tag": "ss_app_log", "header": {...}, "event_v3": [...]}`; the header
carries `device_id`, `install_id`, `openudid`, `google_aid`, `oaid`, `cdid`,
`clientudid`; the SDK sends the body encrypted as `?tt_data=a` when encryption
is on). Video events follow TikTok's `video_play` / `play_time` with
`group_id`, `author_id`, `duration`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, ms, rid

LOG = "https://log22-normal-alisg.tiktokv.com"
API = "https://api22-lite-alisg.tiktokv.com"


def _common(b: FB, c: Context, with_ids: bool = True) -> None:
    b.param("aid", "1340")
    b.param("app_name", "musically_go")
    b.param("version_code", "340204")
    b.param("device_platform", "android")
    b.param("os_version", "13")
    b.param("device_brand", "Redmi")
    b.param("region", c.rng.choice(["ID", "VN"]))
    if with_ids:
        b.param("device_id", b.id("tt_device_id", where="query device_id"))
        b.param("iid", b.id("tt_install_id", where="query iid"))
    b.header(
        "user-agent", "com.zhiliaoapp.musically.go/340204 (Linux; U; Android 13; in_ID; 23021RAAEG)"
    )


def _header(b: FB, c: Context) -> dict[str, object]:
    return {
        "aid": 1340,
        "app_version": "34.2.4",
        "os": "Android",
        "os_api": 33,
        "device_model": c.phone.model,
        "device_brand": "Redmi",
        "channel": "googleplay",
        "device_id": b.id("tt_device_id", where="json header.device_id"),
        "install_id": b.id("tt_install_id", where="json header.install_id"),
        "openudid": b.id("aid_klip", where="json header.openudid"),
        "google_aid": b.id("gaid", where="json header.google_aid"),
        "oaid": {"id": b.id("oaid", where="json header.oaid.id")},
        "cdid": b.id("tt_cdid", where="json header.cdid"),
        "clientudid": b.id("tt_clientudid", where="json header.clientudid"),
        "timezone": 7,
        "tz_name": "Asia/Jakarta",
    }


def app_log_play(c: Context) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/service/2/app_log/")
    _common(b, c)
    events = []
    for _ in range(c.rng.randint(2, 5)):
        gid = new_digits(c.rng, 19, "73")
        dur = c.rng.randint(6000, 60000)
        events.append(
            {
                "event": "video_play",
                "params": {
                    "group_id": gid,
                    "author_id": new_digits(c.rng, 19, "68"),
                    "enter_from": "homepage_hot",
                    "video_duration": dur,
                },
                "local_time_ms": ms(c),
            }
        )
        events.append(
            {
                "event": "play_time",
                "params": {
                    "group_id": gid,
                    "duration": c.rng.randint(1000, dur),
                    "enter_from": "homepage_hot",
                },
                "local_time_ms": ms(c),
            }
        )
    b.view("json event_v3 video_play / play_time with group_id + duration")
    body = {
        "magic_tag": "ss_app_log",
        "header": _header(b, c),
        "event_v3": events,
        "_gen_time": ms(c),
    }
    b.json(body, encoding="gzip")
    b.ok_json({"magic_tag": "ss_app_log", "message": "success", "server_time": int(c.now)})
    return b.build()


def app_log_live(c: Context) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/service/2/app_log/")
    _common(b, c)
    b.view("json event_v3 livesdk_live_duration with room_id + duration")
    ev = {
        "event": "livesdk_live_duration",
        "params": {
            "room_id": new_digits(c.rng, 19, "72"),
            "anchor_id": new_digits(c.rng, 19, "68"),
            "duration": c.rng.randint(5000, 900000),
            "enter_from_merge": "homepage_hot",
        },
        "local_time_ms": ms(c),
    }
    b.json({"magic_tag": "ss_app_log", "header": _header(b, c), "event_v3": [ev]}, encoding="gzip")
    b.ok_json({"message": "success"})
    return b.build()


def app_log_encrypted(c: Context) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/service/2/app_log/", [("tt_data", "a")])
    _common(b, c)
    b.view("tt_data=a encrypted app_log (video events inside)", detectable=False)
    b.set_body(b"\x74\x63\x05\x10" + c.rng.randbytes(700), "application/octet-stream;tt-data=a")
    b.ok_json({"message": "success"})
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "applog", "POST", f"{LOG}/service/2/device_register/")
    _common(b, c, with_ids=False)
    head = _header(b, c)
    head["serial_number"] = "unknown"
    head["sim_serial_number"] = []
    b.json({"magic_tag": "ss_app_log", "header": head, "_gen_time": ms(c)}, encoding="gzip")
    did = b.id("tt_device_id", where="response device_id", direction="response")
    iid = b.id("tt_install_id", where="response install_id", direction="response")
    b.ok_json(
        {"device_id": int(did), "install_id": int(iid), "new_user": 0, "server_time": int(c.now)}
    )
    return b.build()


def feed(c: Context) -> Flow:
    b = FB(c, "klip", "GET", f"{API}/lite/v2/feed/", [("count", "6"), ("pull_type", "1")])
    _common(b, c)
    b.decoy("feed of recommended videos (catalogue, not watched)")
    items = [
        {
            "aweme_id": new_digits(c.rng, 19, "73"),
            "desc": "#fyp #jakarta",
            "duration": c.rng.randint(7, 60) * 1000,
            "play_addr": f"https://v16m.tiktokcdn.com/{new_hex(c.rng, 32)}/video.mp4",
        }
        for _ in range(6)
    ]
    b.ok_json({"aweme_list": items, "log_pb": {"impr_id": new_hex(c.rng, 32)}})
    return b.build()


def video_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "klip",
        "GET",
        f"https://v16m.tiktokcdn.com/{new_hex(c.rng, 32)}/{new_hex(c.rng, 8)}"
        f"/video/tos/alisg/tos-alisg-pve-0037/{new_hex(c.rng, 24)}/",
    )
    b.header("range", "bytes=0-524287")
    b.decoy("video file fetch")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(1, 10**6), 900))
    return b.build()


def settings(c: Context) -> Flow:
    b = FB(c, "klip", "GET", f"{API}/service/settings/v3/", [("app", "1"), ("x_trace", rid(c.rng))])
    b.header("user-agent", "okhttp/3.12.13.20")
    b.decoy("settings with trace id")
    b.ok_json(
        {"settings": {"feed_preload": 3, "enable_lite_mode": True}, "ctx_infos": new_hex(c.rng, 40)}
    )
    return b.build()
