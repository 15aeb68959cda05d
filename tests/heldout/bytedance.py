"""The app itself: a TikTok-like short-video client talking to its own (ByteDance) hosts.

Shapes follow what public reverse-engineering write-ups and ByteDance's own
open-source AppLog SDK (Volcano Engine `datarangers`) show: common query
parameters on every API call (`device_id`, `iid`, `openudid`, `cdid`, ...),
newer builds moving them into an `x-common-params-v2` header, `install_id` in a
cookie, `service/2/device_register` with a `header` object of hardware ids and
an answer carrying the assigned `device_id` / `install_id`, `service/2/app_log`
batches whose `event_v3[].params` is JSON inside a JSON string, and
`aweme/v1/aweme/stats` play reports. Payloads are written here, not copied.
"""

from __future__ import annotations

from urllib.parse import urlencode

from .flowmodel import Context, Flow, FlowBuilder
from .identity import new_digits, new_hex, new_uuid
from .wire import b64, jsb, jwt, mpack, pb_bytes, pb_msg, pb_varint

API = "https://api16-normal-c-useast1a.tiktokv.com"
CORE = "https://api16-core-c-useast1a.tiktokv.com"
LOG = "https://log-va.tiktokv.com"
LOG16 = "https://log16-normal-c-useast1a.tiktokv.com"
MON = "https://mon-va.tiktokv.com"
TNC = "https://tnc16-platform-useast1a.tiktokv.com"
VIDEO_CDN = "https://v16m.tiktokcdn.com"
IMAGE_CDN = "https://p16-sign-va.tiktokcdn.com"
AID = "1233"
VERSION = "34.2.3"
UA = (
    "com.zhiliaoapp.musically/2023402030 (Linux; U; Android {os}; en_US; {model}; "
    "Build/UP1A.231005.007; Cronet/TTNetVersion:6ab3e8bb 2024-03-20 QuicVersion:1f5ef7ab)"
)


def _ua(ctx: Context) -> str:
    return UA.format(os=ctx.phone.os_version, model=ctx.phone.model)


def _noise_params(ctx: Context) -> list[tuple[str, str]]:
    ms = int(ctx.now * 1000)
    return [
        ("ac", "wifi"),
        ("channel", "googleplay"),
        ("aid", AID),
        ("app_name", "musical_ly"),
        ("version_code", "340203"),
        ("version_name", VERSION),
        ("device_platform", "android"),
        ("os", "android"),
        ("ssmix", "a"),
        ("device_type", ctx.phone.model),
        ("device_brand", ctx.phone.brand),
        ("language", "en"),
        ("os_api", "34"),
        ("os_version", ctx.phone.os_version),
        ("manifest_version_code", "2023402030"),
        ("resolution", "1080*2340"),
        ("dpi", "420"),
        ("update_version_code", "2023402030"),
        ("_rticket", str(ms)),
        ("is_pad", "0"),
        ("current_region", "US"),
        ("app_type", "normal"),
        ("sys_region", "US"),
        ("mcc_mnc", "310260"),
        ("timezone_name", "America/New_York"),
        ("residence", "US"),
        ("app_language", "en"),
        ("ac2", "wifi5g"),
        ("uoo", "0"),
        ("op_region", "US"),
        ("timezone_offset", "-14400"),
        ("build_number", VERSION),
        ("host_abi", "arm64-v8a"),
        ("locale", "en"),
        ("region", "US"),
        ("ts", str(int(ctx.now))),
    ]


def common_params(fb: FlowBuilder, style: str) -> None:
    """The device ids every API call carries: in the query, or (newer builds) in a header."""
    ctx = fb.ctx
    loc = "query" if style == "query" else "header.x-common-params-v2"
    ids = [
        ("iid", fb.id("install_id", where=f"{loc}.iid")),
        ("device_id", fb.id("device_id", where=f"{loc}.device_id")),
    ]
    rest = _noise_params(ctx)
    if ctx.rng.random() < 0.8:
        rest.append(("openudid", fb.id("android_id", where=f"{loc}.openudid")))
    if ctx.rng.random() < 0.8:
        rest.append(("cdid", fb.id("cdid", where=f"{loc}.cdid")))
    pairs = ids + rest
    if style == "query":
        fb.params.extend(pairs)
    else:
        fb.header("x-common-params-v2", urlencode(pairs, safe=",*"))
        fb.params.extend([("ts", str(int(ctx.now))), ("_rticket", str(int(ctx.now * 1000)))])


def _std_headers(fb: FlowBuilder, cookie_iid: bool = True) -> None:
    ctx = fb.ctx
    fb.header("user-agent", _ua(ctx))
    fb.header("accept-encoding", "gzip, deflate, br")
    fb.header("sdk-version", "2")
    fb.header("passport-sdk-version", "19")
    fb.header("x-ss-req-ticket", str(int(ctx.now * 1000)))
    fb.header("x-tt-trace-id", f"00-{new_hex(ctx.rng, 32)}-{new_hex(ctx.rng, 16)}-01")
    fb.decoy("trace id in x-tt-trace-id")
    fb.header("x-khronos", str(int(ctx.now)))
    fb.header("x-gorgon", "8404" + new_hex(ctx.rng, 48))
    fb.header("x-argus", b64(ctx.rng.randbytes(120)))
    fb.decoy("opaque request signatures x-gorgon / x-argus")
    cookie = "store-idc=useast5; store-country-code=us; store-country-code-src=did"
    if cookie_iid:
        iid = fb.id("install_id", where="header.cookie.install_id")
        cookie += f"; install_id={iid}; ttreq=1${new_hex(ctx.rng, 40)}"
    cookie += f"; odin_tt={new_hex(ctx.rng, 128)}"
    fb.header("cookie", cookie)


def api_call(
    ctx: Context, sdk: str, method: str, url: str, style: str | None = None
) -> FlowBuilder:
    """A first-party API request with the app's usual device ids and headers."""
    fb = FlowBuilder(ctx, sdk, method, url)
    common_params(fb, style or ("header" if ctx.rng.random() < 0.35 else "query"))
    _std_headers(fb, cookie_iid=ctx.rng.random() < 0.7)
    return fb


def device_register(ctx: Context) -> Flow:
    fb = FlowBuilder(ctx, "bytedance.device_register", "POST", LOG + "/service/2/device_register/")
    fb.params.extend(_noise_params(ctx))
    fb.params.append(("cronet_version", "6ab3e8bb"))
    fb.header("user-agent", _ua(ctx))
    header = {
        "display_name": "TikTok",
        "update_version_code": 2023402030,
        "manifest_version_code": 2023402030,
        "app_version_minor": "",
        "aid": int(AID),
        "channel": "googleplay",
        "package": "com.zhiliaoapp.musically",
        "app_version": VERSION,
        "version_code": 340203,
        "sdk_version": "3.9.5-bugfix.3",
        "sdk_target_version": 29,
        "git_hash": new_hex(ctx.rng, 7),
        "os": "Android",
        "os_version": ctx.phone.os_version,
        "os_api": 34,
        "device_model": ctx.phone.model,
        "device_brand": ctx.phone.brand,
        "device_manufacturer": ctx.phone.brand,
        "cpu_abi": "arm64-v8a",
        "release_build": new_hex(ctx.rng, 7) + "_20240320",
        "density_dpi": 420,
        "display_density": "mdpi",
        "resolution": "2340x1080",
        "language": "en",
        "timezone": -4,
        "access": "wifi",
        "not_request_sender": 0,
        "carrier": "T-Mobile",
        "mcc_mnc": "310260",
        "rom": "EMUI-" + new_digits(ctx.rng, 6),
        "rom_version": "UP1A.231005.007",
        "cdid": fb.id("cdid", where="body.gzip.json.header.cdid"),
        "sig_hash": new_hex(ctx.rng, 32),
        "gaid_limited": 0,
        "google_aid": fb.id("advertising_id", where="body.gzip.json.header.google_aid"),
        "openudid": fb.id("android_id", where="body.gzip.json.header.openudid"),
        "clientudid": fb.id("clientudid", where="body.gzip.json.header.clientudid"),
        "serial_number": fb.id("serial", where="body.gzip.json.header.serial_number"),
        "sim_serial_number": [],
        "region": "US",
        "tz_name": "America/New_York",
        "tz_offset": -14400,
        "sim_region": "us",
        "mc": fb.id("mac", "upper", where="body.gzip.json.header.mc"),
        "udid": fb.id("imei", where="body.gzip.json.header.udid"),
        "req_id": new_uuid(ctx.rng),
        "custom": {"filter_warn": 0, "is_kids_mode": 0},
        "apk_first_install_time": int(ctx.now * 1000) - 86_400_000,
        "is_system_app": 0,
    }
    fb.decoy("req_id uuid and sig_hash md5 in device_register header")
    body = {"magic_tag": "ss_app_log", "header": header, "_gen_time": int(ctx.now * 1000)}
    fb.set_body(jsb(body), "application/json; charset=utf-8", "gzip")
    answer = {
        "server_time": int(ctx.now),
        "device_id": int(ctx.phone.device_id),
        "install_id": int(ctx.phone.install_id),
        "new_user": 1,
        "device_id_str": ctx.phone.device_id,
        "install_id_str": ctx.phone.install_id,
        "device_token": "A" + b64(ctx.rng.randbytes(60)),
    }
    fb.id("device_id", where="response.json.device_id_str", direction="response")
    fb.id("install_id", where="response.json.install_id_str", direction="response")
    fb.respond(200, "application/json; charset=utf-8", jsb(answer), "gzip")
    return fb.build()


def tnc_config(ctx: Context) -> Flow:
    fb = FlowBuilder(ctx, "bytedance.tnc", "GET", TNC + "/get_domains/v5/")
    fb.params.extend([("abi", "arm64-v8a"), ("ac", "wifi"), ("aid", AID)])
    fb.param("device_id", fb.id("device_id", where="query.device_id"))
    fb.params.extend([("device_platform", "android"), ("ttnet_version", "6ab3e8bb")])
    fb.header("user-agent", _ua(ctx))
    cfg = {"data": {"ttnet_dispatch_actions": [], "ttnet_h2_enabled": 1}, "message": "success"}
    fb.respond(200, "application/json", jsb(cfg), "gzip")
    return fb.build()


def settings(ctx: Context) -> Flow:
    fb = api_call(ctx, "bytedance.settings", "GET", API + "/service/settings/v3/")
    fb.param("app_version_minor", "")
    data = {"data": {"settings": {"feed_prefetch": 3, "enable_effect_face_cache": 1}}}
    fb.respond(200, "application/json; charset=utf-8", jsb(data), "gzip")
    return fb.build()


def feed(ctx: Context, videos: list[dict[str, str]]) -> Flow:
    """The recommendation feed: what was offered, not what was watched."""
    fb = api_call(ctx, "bytedance.feed", "GET", API + "/aweme/v1/feed/")
    fb.params[:0] = [("type", "0"), ("max_cursor", "0"), ("min_cursor", "0"), ("count", "6")]
    items = []
    for v in videos:
        items.append(
            {
                "aweme_id": v["id"],
                "desc": v["title"],
                "create_time": int(ctx.now) - ctx.rng.randint(3600, 900000),
                "author": {"uid": v["author"], "nickname": v["author_name"]},
                "video": {
                    "play_addr": {"uri": v["uri"], "url_list": [v["url"]]},
                    "cover": {"url_list": [v["cover"]]},
                    "duration": v["duration_ms"],
                },
                "statistics": {"play_count": ctx.rng.randint(1000, 9_000_000)},
            }
        )
    log_id = f"{int(ctx.now)}{new_hex(ctx.rng, 18).upper()}"
    body = {"status_code": 0, "aweme_list": items, "log_pb": {"impr_id": log_id}}
    fb.decoy("feed response lists recommended video ids (not watched)")
    fb.respond(200, "application/json; charset=utf-8", jsb(body), "gzip", [("x-tt-logid", log_id)])
    return fb.build()


def video_fetch(ctx: Context, video: dict[str, str]) -> Flow:
    """The CDN download of a clip: a fetch, not a report of watching."""
    fb = FlowBuilder(ctx, "bytedance.video_cdn", "GET", video["url"])
    fb.header("user-agent", _ua(ctx))
    fb.header("range", f"bytes=0-{ctx.rng.randint(300000, 900000)}")
    fb.decoy("video CDN fetch with item id in path")
    fb.respond(206, "video/mp4", b"\x00\x00\x00\x20ftypisom" + ctx.rng.randbytes(1200))
    return fb.build()


def thumbnail(ctx: Context, video: dict[str, str]) -> Flow:
    fb = FlowBuilder(ctx, "bytedance.image_cdn", "GET", video["cover"])
    fb.header("user-agent", _ua(ctx))
    fb.decoy("thumbnail fetch")
    fb.respond(200, "image/webp", b"RIFF\x00\x10\x00\x00WEBPVP8 " + ctx.rng.randbytes(600))
    return fb.build()


def aweme_stats(ctx: Context, video: dict[str, str], prev: dict[str, str] | None) -> Flow:
    """The play report sent when a clip starts: item id, play delta, previous clip's play time."""
    fb = api_call(ctx, "bytedance.aweme_stats", "POST", CORE + "/aweme/v1/aweme/stats/")
    form = [
        ("item_id", video["id"]),
        ("play_delta", "1"),
        ("action_time", str(int(ctx.now))),
        ("aweme_type", "0"),
        ("first_install_time", str(int(ctx.now) - 86400)),
        ("item_type", "1"),
        ("follow_status", "0"),
        ("pre_item_id", prev["id"] if prev else ""),
        ("pre_item_playtime", str(ctx.rng.randint(1500, 60000)) if prev else ""),
        ("pre_hot_sentence", ""),
        ("sync_origin", "false"),
        ("tab_type", "0"),
    ]
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded; charset=UTF-8")
    fb.mark("viewing_history", "aweme_stats_play", "body.form.item_id+play_delta", True)
    fb.respond(
        200, "application/json", jsb({"status_code": 0, "extra": {"now": int(ctx.now * 1000)}})
    )
    return fb.build()


def _event(ctx: Context, name: str, params: dict[str, object], session: str) -> dict[str, object]:
    """One event_v3 entry; `params` travels as a JSON string, as the AppLog SDK sends it."""
    return {
        "nt": 4,
        "user_id": int(ctx.phone.user_id),
        "category": "umeng",
        "tea_event_index": ctx.rng.randint(100, 9000),
        "session_id": session,
        "local_time_ms": int(ctx.now * 1000),
        "event": name,
        "params": jsb(params).decode(),
        "datetime": f"2024-05-14 09:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}",
    }


def app_log(ctx: Context, watched: list[dict[str, str]], session: str, encrypted: bool) -> Flow:
    """A batch of AppLog events; play events when clips were watched since the last batch."""
    base = LOG if encrypted else LOG16
    fb = FlowBuilder(ctx, "bytedance.app_log", "POST", base + "/service/2/app_log/")
    common_params(fb, "query")
    fb.header("user-agent", _ua(ctx))
    if encrypted:
        fb.param("tt_data", "a")
        fb.set_body(
            ctx.rng.randbytes(ctx.rng.randint(900, 4000)), "application/octet-stream;tt-data=a"
        )
        fb.decoy("ttEncrypt body (ids in query only)")
        if watched:
            fb.mark("viewing_history", "app_log_play_encrypted", "body (encrypted)", False)
        fb.respond(200, "application/json", jsb({"magic_tag": "ss_app_log", "message": "success"}))
        return fb.build()
    events = []
    for v in watched:
        play = {
            "group_id": v["id"],
            "author_id": v["author"],
            "enter_from": "homepage_hot",
            "duration": v["duration_ms"],
            "play_duration": ctx.rng.randint(1200, int(v["duration_ms"])),
            "is_photo": 0,
            "request_id": new_hex(ctx.rng, 32).upper(),
        }
        events.append(_event(ctx, "video_play", play, session))
        finish = {
            "group_id": v["id"],
            "duration": play["play_duration"],
            "enter_from": "homepage_hot",
        }
        events.append(_event(ctx, "play_time", finish, session))
    for name in ctx.rng.sample(["enter_tab", "show_banner", "app_launch", "click_search"], 2):
        events.append(_event(ctx, name, {"tab_name": "homepage_hot"}, session))
    header = {
        "aid": int(AID),
        "app_version": VERSION,
        "device_id": fb.id("device_id", where="body.gzip.json.header.device_id"),
        "install_id": fb.id("install_id", where="body.gzip.json.header.install_id"),
        "openudid": fb.id("android_id", where="body.gzip.json.header.openudid"),
        "google_aid": fb.id("advertising_id", where="body.gzip.json.header.google_aid"),
        "cdid": fb.id("cdid", where="body.gzip.json.header.cdid"),
        "os": "Android",
        "device_model": ctx.phone.model,
    }
    body = {
        "magic_tag": "ss_app_log",
        "header": header,
        "event_v3": events,
        "_gen_time": int(ctx.now * 1000),
    }
    fb.decoy("session_id uuid and request_id hex in events")
    if watched:
        fb.mark(
            "viewing_history",
            "app_log_video_play",
            "body.gzip.json.event_v3[].params|json.group_id",
            True,
        )
    fb.set_body(jsb(body), "application/json; charset=utf-8", "gzip")
    fb.respond(200, "application/json", jsb({"magic_tag": "ss_app_log", "message": "success"}))
    return fb.build()


def search(ctx: Context, keyword: str) -> Flow:
    """A search: not viewing history."""
    fb = api_call(ctx, "bytedance.search", "GET", API + "/aweme/v1/search/item/")
    fb.params[:0] = [
        ("keyword", keyword),
        ("offset", "0"),
        ("count", "10"),
        ("source", "video_search"),
    ]
    fb.decoy("search query and results (not viewing history)")
    results = {
        "status_code": 0,
        "data": [{"aweme_info": {"aweme_id": new_digits(ctx.rng, 19, "72")}}],
    }
    fb.respond(200, "application/json", jsb(results), "gzip")
    return fb.build()


def login(ctx: Context) -> Flow:
    """Passport login: e-mail XOR-5-hex ('mix_mode'), the ids in the query."""
    fb = api_call(ctx, "bytedance.login", "POST", API + "/passport/user/login/", "query")
    form = [
        ("mix_mode", "1"),
        ("username", ""),
        ("email", fb.id("email", "xor5_hex", where="body.form.email (xor5 hex)", detectable=False)),
        ("password", new_hex(ctx.rng, 24)),
        ("account_sdk_source", "app"),
        ("multi_login", "1"),
    ]
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    fb.respond(
        200,
        "application/json",
        jsb({"data": {"user_id": int(ctx.phone.user_id)}, "message": "success"}),
    )
    return fb.build()


def attest(ctx: Context) -> Flow:
    """Device attestation: a JWT whose payload names the device ids."""
    fb = api_call(ctx, "bytedance.attest", "POST", API + "/aweme/v1/device/attest/", "query")
    token = jwt(
        {
            "iss": "tt-sec",
            "iat": int(ctx.now),
            "did": fb.id("device_id", where="header.x-tt-attest|jwt.did"),
            "aaid": fb.id("advertising_id", "nosep", where="header.x-tt-attest|jwt.aaid"),
            "nonce": new_uuid(ctx.rng),
        }
    )
    fb.header("x-tt-attest", token)
    fb.decoy("jwt nonce uuid")
    fb.set_body(jsb({"v": 2, "ts": int(ctx.now)}), "application/json")
    fb.respond(200, "application/json", jsb({"status_code": 0}))
    return fb.build()


def push_token(ctx: Context) -> Flow:
    """Device id in the URL path (REST style)."""
    did = ctx.phone.device_id
    fb = FlowBuilder(ctx, "bytedance.push", "POST", f"{API}/cloudpush/v2/devices/{did}/token")
    fb.id("device_id", where="path[3]")
    fb.params.extend([("aid", AID), ("ts", str(int(ctx.now)))])
    fb.header("user-agent", _ua(ctx))
    fb.set_body(
        jsb(
            {
                "token": new_hex(ctx.rng, 32) + ":APA91b" + b64(ctx.rng.randbytes(90)),
                "channel": "fcm",
            }
        ),
        "application/json",
    )
    fb.respond(200, "application/json", jsb({"message": "success"}))
    return fb.build()


def monitor(ctx: Context) -> Flow:
    """Performance monitor in msgpack, device id as an int64."""
    fb = FlowBuilder(ctx, "bytedance.monitor", "POST", MON + "/monitor/collect/c/session")
    fb.params.extend([("aid", AID), ("os", "android"), ("version_code", "340203")])
    fb.header("user-agent", _ua(ctx))
    doc = {
        "header": {
            "aid": int(AID),
            "device_id": int(fb.id("device_id", where="body.gzip.msgpack.header.device_id")),
            "os": "Android",
            "update_version_code": 2023402030,
            "session_id": new_uuid(ctx.rng),
        },
        "data": [
            {
                "log_type": "performance_monitor",
                "service": "fps",
                "value": {"fps": round(ctx.rng.uniform(50, 60), 1)},
            },
            {
                "log_type": "performance_monitor",
                "service": "memory",
                "value": {"java_heap": ctx.rng.randint(40, 300)},
            },
        ],
    }
    fb.set_body(mpack(doc), "application/x-msgpack", "gzip")
    fb.respond(200, "application/json", jsb({"message": "success"}))
    return fb.build()


def ttnet_metrics(ctx: Context) -> Flow:
    """Network metrics as protobuf: install id and android id as bare strings."""
    fb = FlowBuilder(ctx, "bytedance.ttnet_pb", "POST", LOG + "/service/2/ttnet_metrics/")
    fb.params.extend([("aid", AID), ("pb", "1")])
    fb.header("user-agent", _ua(ctx))
    iid = fb.id("install_id", where="body.protobuf.1.2", detectable=False)
    aid = fb.id("android_id", where="body.protobuf.1.3", detectable=False)
    msg = pb_msg(1, [pb_varint(1, 1233), pb_bytes(2, iid), pb_bytes(3, aid), pb_bytes(4, VERSION)])
    for _ in range(3):
        msg += pb_msg(
            2,
            [
                pb_bytes(
                    1, ctx.rng.choice(["api16-normal-c-useast1a.tiktokv.com", "v16m.tiktokcdn.com"])
                ),
                pb_varint(2, ctx.rng.randint(20, 900)),
                pb_varint(3, 200),
            ],
        )
    fb.set_body(msg, "application/x-protobuf")
    fb.respond(200, "application/x-protobuf", b"")
    return fb.build()


def play_url(ctx: Context, video: dict[str, object]) -> Flow:
    """The player resolving a clip's play address: a fetch keyed by item id, no report."""
    fb = FlowBuilder(ctx, "bytedance.play_url", "GET", API + "/aweme/v1/play/")
    fb.params.extend(
        [
            ("video_id", str(video["uri"])),
            ("item_id", str(video["id"])),
            ("line", "0"),
            ("is_play_url", "1"),
            ("source", "PackSourceEnum_FEED"),
            ("file_id", new_hex(ctx.rng, 32)),
            ("ratio", "720p"),
            ("signv3", new_hex(ctx.rng, 40)),
        ]
    )
    fb.header("user-agent", _ua(ctx))
    fb.decoy("play address fetch with item id (not a watch report)")
    fb.respond(302, None, headers=[("location", str(video["url"]))])
    return fb.build()


def comment_list(ctx: Context, video: dict[str, object]) -> Flow:
    """Opening a clip's comments: content id and cursor, a fetch."""
    fb = api_call(ctx, "bytedance.comments", "GET", API + "/aweme/v2/comment/list/")
    fb.params[:0] = [
        ("aweme_id", str(video["id"])),
        ("cursor", "0"),
        ("count", "20"),
        ("insert_ids", ""),
    ]
    fb.decoy("comment list fetch for a content id")
    body = {
        "comments": [
            {"cid": new_digits(ctx.rng, 19, "73"), "text": "lol", "create_time": int(ctx.now) - 60}
        ],
        "cursor": 20,
    }
    fb.respond(200, "application/json", jsb(body), "gzip")
    return fb.build()


def video_publish(ctx: Context) -> Flow:
    """The user posting a clip: content id and duration, but nothing was watched."""
    fb = api_call(ctx, "bytedance.publish", "POST", API + "/aweme/v1/create/aweme/")
    form = [
        ("video_id", f"v12044gd0000{new_hex(ctx.rng, 20)}"),
        ("duration", str(ctx.rng.randint(5000, 60000))),
        ("text", "my first clip"),
        ("is_private", "0"),
        ("creation_id", new_uuid(ctx.rng)),
        ("upload_type", "1"),
    ]
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    fb.decoy("creator upload with video id and duration (not viewing history)")
    fb.respond(
        200,
        "application/json",
        jsb({"status_code": 0, "aweme": {"aweme_id": new_digits(ctx.rng, 19, "72")}}),
    )
    return fb.build()


def history_sync(ctx: Context, watched: list[dict[str, object]]) -> Flow:
    """Watch history synced to the account: a generic list of items with watch times."""
    fb = api_call(ctx, "bytedance.history_sync", "POST", API + "/tiktok/v1/history/sync/", "query")
    items = [
        {
            "item_id": str(v["id"]),
            "watched_at": int(ctx.now) - ctx.rng.randint(10, 900),
            "progress": round(ctx.rng.uniform(0.1, 1.0), 3),
        }
        for v in watched
    ]
    fb.set_body(jsb({"items": items, "source": "foryou"}), "application/json", "gzip")
    fb.mark(
        "viewing_history",
        "watch_history_list",
        "body.gzip.json.items[] (item_id+watched_at+progress)",
        True,
    )
    fb.respond(200, "application/json", jsb({"status_code": 0}))
    return fb.build()
