"""Short-video app "Kuaibo" (Kuaishou / Douyin-style) on Volcengine AppLog.

Sources for the wire formats:
- Volcengine / ByteDance AppLog (RangersAppLog SDK): `POST /service/2/device_register/`
  body `{"magic_tag":"ss_app_log","header":{...,"openudid","cdid","clientudid",
  "google_aid","oaid":{"id","req_id","take_ms","is_track_limited","query_times",
  "time"},"oaid_may_support"},"_gen_time"}`; the answer carries `device_id`,
  `install_id`, `device_id_str`, `install_id_str` (public reverse-engineering notes
  and clients of klink.volceapplog.com / log.snssdk.com found via the code corpus).
  `POST /service/2/app_log/` with `event_v3: [{event, params (a JSON string),
  session_id, local_time_ms}]`.
- Douyin `aweme/v1/aweme/stats/` form body `item_id`, `play_delta`, `aweme_type`,
  `action_time` (public client libraries).
- Kuaishou-style `rest/n/...` query params `kpn`, `kpf=ANDROID_PHONE`,
  `did=ANDROID_<ANDROID_ID>`, `egid`, `appver`, `sys` (public scripts that replay the
  Kuaishou API); the app's own client-log endpoint is in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import FB, ms, rf, rid, ua

LOG = "https://klink.volceapplog.com"
API = "https://api3.kuaibo-video.com"
CDN = "https://p3-kbcdn.kuaibo-video.com"
AID = "517823"
UA = ua("com.kuaibo.video", "12.8.30")


def item_id(ctx: Context) -> str:
    return "73" + new_digits(ctx.rng, 17)


def device_register(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "volcengine-applog",
        "POST",
        f"{LOG}/service/2/device_register/",
        [("aid", AID), ("device_platform", "android"), ("version_code", "128300")],
    )
    header = {
        "aid": int(AID),
        "app_version": "12.8.30",
        "package": "com.kuaibo.video",
        "os": "Android",
        "os_version": "14",
        "os_api": 34,
        "device_model": "23129RAA4G",
        "device_brand": "Redmi",
        "device_manufacturer": "Xiaomi",
        "rom": "HyperOS-1.0.5",
        "openudid": b.id("aid_video", where="body.json.header.openudid"),
        "cdid": b.id("video_cdid", where="body.json.header.cdid"),
        "clientudid": b.id("video_clientudid", where="body.json.header.clientudid"),
        "google_aid": b.id("gaid", where="body.json.header.google_aid"),
        "oaid": {
            "req_id": rid(ctx.rng),
            "hw_id_version_code": "null",
            "take_ms": "9",
            "is_track_limited": "false",
            "query_times": "1",
            "id": b.id("oaid", where="body.json.header.oaid.id"),
            "time": str(ms(ctx)),
        },
        "oaid_may_support": True,
        "req_id": rid(ctx.rng),
        "region": "CN",
        "tz_name": "Asia/Shanghai",
        "tz_offset": 28800,
        "sdk_flavor": "china",
    }
    b.header("user-agent", UA)
    b.json({"magic_tag": "ss_app_log", "header": header, "_gen_time": ms(ctx)}, "gzip")
    did = b.id("video_did", where="response.json.device_id_str", direction="response")
    iid = b.id("video_iid", where="response.json.install_id_str", direction="response")
    b.ok_json(
        {
            "server_time": int(ctx.now),
            "device_id": int(did),
            "install_id": int(iid),
            "device_id_str": did,
            "install_id_str": iid,
            "new_user": 0,
            "ssid": rid(ctx.rng),
        }
    )
    return b.build()


def _applog_header(b: FB) -> dict[str, object]:
    return {
        "aid": int(AID),
        "app_version": "12.8.30",
        "os": "Android",
        "os_version": "14",
        "device_model": "23129RAA4G",
        "access": "wifi",
        "language": "zh",
        "device_id": b.id("video_did", where="body.json.header.device_id"),
        "install_id": b.id("video_iid", where="body.json.header.install_id"),
        "openudid": b.id("aid_video", where="body.json.header.openudid"),
    }


def app_log(ctx: Context, watch: bool = True) -> Flow:
    """A batch of v3 events; with `watch`, the play events of the videos seen."""
    b = FB(ctx, "volcengine-applog", "POST", f"{LOG}/service/2/app_log/", [("aid", AID)])
    sid, events = rid(ctx.rng), []
    if watch:
        for _ in range(ctx.rng.randint(1, 4)):
            gid = item_id(ctx)
            dur = ctx.rng.randint(3000, 60000)
            for name, extra in (
                ("video_play", {"play_type": "click"}),
                ("video_play_finish", {"duration": dur, "percent": rf(ctx.rng, 5, 100, 1)}),
            ):
                params = {
                    "group_id": gid,
                    "author_id": new_digits(ctx.rng, 11),
                    "enter_from": "homepage_hot",
                    **extra,
                }
                events.append(
                    {
                        "event": name,
                        "params": js(params),
                        "session_id": sid,
                        "local_time_ms": ms(ctx) + len(events) * 900,
                    }
                )
        b.view("body.json.event_v3[].params|json.group_id+duration")
    else:
        for name in ("app_launch", "enter_search", "click_tab"):
            events.append(
                {
                    "event": name,
                    "params": js({"tab": "discover", "launch_method": "enter_launcher"}),
                    "session_id": sid,
                    "local_time_ms": ms(ctx),
                }
            )
    body = {
        "magic_tag": "ss_app_log",
        "header": _applog_header(b),
        "event_v3": events,
        "time_sync": {"server_time": int(ctx.now), "local_time": int(ctx.now)},
    }
    b.header("user-agent", UA)
    b.json(body, "gzip")
    b.ok_json({"magic_tag": "ss_app_log", "message": "success", "server_time": int(ctx.now)})
    return b.build()


def aweme_stats(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "kuaibo-api",
        "POST",
        f"{API}/aweme/v1/aweme/stats/",
        [("device_id", ""), ("iid", ""), ("device_platform", "android"), ("aid", AID)],
    )
    b.params = [
        ("device_id", b.id("video_did", where="query.device_id")),
        ("iid", b.id("video_iid", where="query.iid")),
        ("device_platform", "android"),
        ("aid", AID),
        ("ts", str(int(ctx.now))),
    ]
    b.form(
        [
            ("item_id", item_id(ctx)),
            ("play_delta", "1"),
            ("aweme_type", "0"),
            ("tab_type", "0"),
            ("action_time", str(int(ctx.now))),
            ("follow_status", "0"),
        ]
    )
    b.view("body.form.item_id+play_delta")
    b.header("user-agent", UA)
    b.ok_json({"status_code": 0, "extra": {"now": ms(ctx), "logid": new_hex(ctx.rng, 32)}})
    return b.build()
