"""The family's Android TV box (Infomir MAG 524-style) on an Almaty IPTV
operator's Ministra / Stalker middleware portal.

Source: Stalker portal clients on GitHub (erkexzcx/stalkerhek README; several
PHP / Python portal clients): `GET /stalker_portal/server/load.php?type=stb&
action=handshake&token=&JsHttpRequest=1-xml`, `action=get_profile` with `sn`,
`device_id`, `device_id2`, `signature`, `hw_version`, the box's MAC in the
`mac=` cookie, `User-Agent: ... MAG200 stbapp ...`, `X-User-Agent: Model: ...;
Link: ...`, `Authorization: Bearer <token>`. Playback logging is
`type=stb&action=log&real_action=play&param=...&content_id=...`.
The operator's own channel-switch statistics and device check-in are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms

PORTAL = "http://tv.almatv-iptv.kz/stalker_portal/server/load.php"
MAG_UA = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 2 rev: 250 Safari/533.3"
)
CHANNELS = [("412", "Khabar"), ("415", "Qazaqstan"), ("431", "31 kanal"), ("460", "KTK")]


def _portal(ctx: Context, params: list[tuple[str, str]], token: bool = True) -> FB:
    b = FB(ctx, "stalker", "GET", PORTAL, [*params, ("JsHttpRequest", "1-xml")], "HTTP/1.1")
    b.header("user-agent", MAG_UA)
    b.header("x-user-agent", "Model: MAG524; Link: Ethernet")
    how = ctx.rng.choice(["plain", "urlenc"])
    mac = b.id("box_mac", how=how, where="cookie.mac")
    b.header("cookie", f"mac={mac}; stb_lang=ru; timezone=Asia%2FAlmaty")
    if token:
        b.header("authorization", "Bearer " + b.acct("stb_token"))
    b.header("referer", "http://tv.almatv-iptv.kz/stalker_portal/c/")
    return b


def handshake(ctx: Context) -> Flow:
    b = _portal(ctx, [("type", "stb"), ("action", "handshake"), ("token", "")], token=False)
    b.ok_json({"js": {"token": b.acct("stb_token")}})
    return b.build()


def get_profile(ctx: Context) -> Flow:
    b = _portal(ctx, [("type", "stb"), ("action", "get_profile"), ("hd", "1")])
    b.param("num_banks", "2")
    b.param("sn", b.id("box_serial", where="query.sn"))
    b.param("stb_type", "MAG524")
    b.param("client_type", "STB")
    b.param("image_version", "218")
    b.param("device_id", b.id("stb_device_id", where="query.device_id"))
    b.param("device_id2", b.id("stb_device_id2", where="query.device_id2"))
    # constant per box (a provisioning credential): identifies it, though its name does not say so
    b.param("signature", b.id("stb_signature", where="query.signature", detectable=False))
    b.param("auth_second_step", "1")
    b.param("hw_version", "1.7-BD-00")
    b.param("not_valid_token", "0")
    b.param("timestamp", str(int(ctx.now)))
    b.param("api_signature", "262")
    b.ok_json({"js": {"id": 1, "status": 0, "fname": "", "locale": "ru_RU.utf8"}})
    return b.build()


def play_log(ctx: Context) -> Flow:
    ch, _ = ctx.rng.choice(CHANNELS)
    b = _portal(ctx, [("type", "stb"), ("action", "log"), ("real_action", "play")])
    b.param("param", f"ffmpeg http://{ch}.live.almatv-iptv.kz/ch/{ch}/index.m3u8")
    b.param("content_id", ch)
    b.param("tmp_type", "1")
    b.view("query.real_action=play&content_id")
    b.ok_json({"js": 1})
    return b.build()


def set_last_id(ctx: Context) -> Flow:
    ch, _ = ctx.rng.choice(CHANNELS)
    b = _portal(ctx, [("type", "itv"), ("action", "set_last_id"), ("id", ch)])
    b.view("query.id (last channel)", detectable=False)
    b.ok_json({"js": True})
    return b.build()


def channel_switch(ctx: Context) -> Flow:
    """The operator's own statistics service: each zap with its dwell time."""
    b = FB(
        ctx, "stalker", "POST", "https://stat.almatv-iptv.kz/v1/zapping", http_version="HTTP/1.1"
    )
    b.header("user-agent", "AlmaTV-Launcher/2.4 (Android 11; MAG524)")
    (a, _), (c, name) = ctx.rng.sample(CHANNELS, 2)
    b.json(
        {
            "stb_mac": b.id("box_mac", where="body.stb_mac"),
            "from_channel": a,
            "to_channel": c,
            "channel_name": name,
            "dwell_sec": ctx.rng.randint(3, 3600),
            "switched_at": iso(ctx),
        }
    )
    b.view("body.to_channel/dwell_sec")
    b.no_content()
    return b.build()


def watchdog(ctx: Context) -> Flow:
    b = _portal(ctx, [("type", "watchdog"), ("action", "get_events")])
    b.param("cur_play_type", "1")
    b.param("event_active_id", "0")
    b.param("init", "0")
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()


def all_channels(ctx: Context) -> Flow:
    b = _portal(ctx, [("type", "itv"), ("action", "get_all_channels")])
    data = [{"id": c, "name": n, "number": str(i + 1)} for i, (c, n) in enumerate(CHANNELS)]
    b.ok_json({"js": {"total_items": len(data), "data": data}})
    b.decoy("channel list")
    return b.build()


def short_epg(ctx: Context) -> Flow:
    ch, _ = ctx.rng.choice(CHANNELS)
    b = _portal(ctx, [("type", "itv"), ("action", "get_short_epg"), ("ch_id", ch)])
    b.ok_json({"js": [{"name": "Жаңалықтар", "start_timestamp": int(ctx.now) + 1800}]})
    b.decoy("EPG")
    return b.build()


def create_link(ctx: Context) -> Flow:
    ch, _ = ctx.rng.choice(CHANNELS)
    b = _portal(ctx, [("type", "itv"), ("action", "create_link")])
    b.param("cmd", f"ffrt http://localhost/ch/{ch}")
    b.ok_json({"js": {"cmd": f"ffmpeg http://{ch}.live.almatv-iptv.kz/ch/{ch}/index.m3u8?t=x"}})
    b.decoy("stream link request (video fetch)")
    return b.build()


def box_checkin(ctx: Context) -> Flow:
    """The box firmware's check-in with the operator's device management."""
    b = FB(ctx, "stalker", "POST", "https://dm.almatv-iptv.kz/api/v1/checkin")
    b.header("user-agent", "MAG524-OTA/3.1")
    b.json(
        {
            "SerialNumber": b.id("box_serial", where="body.SerialNumber"),
            "MACAddress": b.id("box_mac", where="body.MACAddress"),
            "AndroidId": b.id("aid_box", where="body.AndroidId"),
            "Firmware": "3.1.2-r11",
            "Uptime": ctx.rng.randint(100, 10**6),
            "ts": ms(ctx),
        }
    )
    b.ok_json({"update": False})
    return b.build()
