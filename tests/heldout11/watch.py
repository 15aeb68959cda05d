"""Children's smartwatch companion ("KidoWatch"): binding, location, video calls.

The parent's app binds the watch by the code on its screen, then talks to the
cloud about it by IMEI. The watch's own status frames follow the bracketed
"[3G*<id>*<len>*<cmd>,...]" text protocol of the common Chinese kids-watch
platforms (documented in public GPS-tracker server projects such as Traccar's
Watch protocol decoder), relayed by the app's debug screen. The cloud API is
in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://cloud.kidowatch.com"
UA = ua("KidoWatch", "2.9.6")


def _b(ctx: Context, method: str, url: str) -> FB:
    b = FB(ctx, "kidowatch", method, url)
    b.header("user-agent", UA)
    b.header("token", rid(ctx.rng).replace("-", ""))
    return b


def bind(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/api/v2/watch/bind")
    b.json(
        {
            "bindCode": b.acct("watch_code"),
            "imei": b.id("watch_imei", where="json:imei"),
            "iccid": b.id("watch_iccid", where="json:iccid"),
            "sn": b.id("watch_serial", where="json:sn"),
            "relation": "mother",
            "phoneDeviceId": b.id("aid_watch", where="json:phoneDeviceId"),
        }
    )
    b.ok_json({"code": 200, "msg": "bound"})
    return b.build()


def location(ctx: Context) -> Flow:
    imei = ctx.phone.watch_imei
    b = _b(ctx, "GET", f"{API}/api/v2/watch/imei/{imei}/location")
    b.id("watch_imei", where="path:/watch/imei/<imei>/")
    b.decoy("the child's location (not one of the three categories)")
    b.ok_json(
        {
            "lat": 37.51 + ctx.rng.random() / 50,
            "lng": 127.02 + ctx.rng.random() / 50,
            "acc": 20,
            "battery": ctx.rng.randint(10, 100),
            "ts": ms(ctx),
        }
    )
    return b.build()


def watch_info(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/api/v2/watch/info?uid={ctx.phone.watch_user}")
    b.id("watch_imei", where="response json:data.imei", direction="response")
    b.id("watch_iccid", where="response json:data.iccid", direction="response")
    b.id("watch_serial", where="response json:data.deviceSn", direction="response")
    b.ok_json(
        {
            "code": 200,
            "data": {
                "imei": ctx.phone.watch_imei,
                "iccid": ctx.phone.watch_iccid,
                "deviceSn": ctx.phone.watch_serial,
                "fw": "KW-S8_V2.1.4",
                "nickname": "Minji",
            },
        }
    )
    return b.build()


def video_call(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/api/v2/call/video/start")
    b.json(
        {
            "callee": {"imei": b.id("watch_imei", where="json:callee.imei")},
            "channel": "kw_" + rid(ctx.rng)[:8],
            "codec": "H264",
            "res": "480x640",
        }
    )
    b.ok_json({"rtcToken": rid(ctx.rng).replace("-", ""), "appId": "kw-rtc"})
    return b.build()


def status_frame_opaque(ctx: Context) -> Flow:
    """A relayed watch frame: '[3G*<id>*LEN*UD,...]' (the id is the watch's serial)."""
    sn = ctx.phone.watch_serial
    payload = f"UD,{ms(ctx)},A,37.5112,N,127.0211,E,0.00,0,0,9,100,{ctx.rng.randint(10, 99)},0,0"
    frame = f"[3G*{sn}*{len(payload):04X}*{payload}]"
    b = _b(ctx, "POST", f"{API}/api/v2/debug/frame")
    b.id("watch_serial", where="body:[3G*<serial>*...] frame", detectable=False)
    b.set_body(frame.encode(), "text/plain; charset=utf-8")
    b.no_content()
    return b.build()


def voice_msg(ctx: Context) -> Flow:
    """A voice chat message to the watch (ordinary messaging, no voiceprint)."""
    b = _b(ctx, "POST", f"{API}/api/v2/chat/voice")
    b.decoy("voice chat message (AMR audio), not a voiceprint")
    b.set_body(b"#!AMR\n" + bytes(ctx.rng.randint(0, 255) for _ in range(400)), "audio/amr")
    b.ok_json({"msgId": rid(ctx.rng)})
    return b.build()


def geofence(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", f"{API}/api/v2/geofence")
    b.decoy("geofence polygon coordinates")
    poly = [
        [round(37.5 + ctx.rng.random() / 100, 6), round(127.0 + ctx.rng.random() / 100, 6)]
        for _ in range(6)
    ]
    b.json({"name": "school", "polygon": poly, "updatedAt": iso(ctx)})
    b.ok_json({"ok": True})
    return b.build()


def photo(ctx: Context) -> Flow:
    b = FB(ctx, "kidowatch", "GET", f"https://oss.kidowatch.com/album/{rid(ctx.rng)}.jpg")
    b.decoy("photo taken by the watch (download)")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 600))
    return b.build()


def steps(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/api/v2/health/steps?days=7")
    b.decoy("daily step counts")
    b.respond(
        200,
        "application/json",
        js({"steps": [ctx.rng.randint(2000, 12000) for _ in range(7)]}).encode(),
    )
    return b.build()
