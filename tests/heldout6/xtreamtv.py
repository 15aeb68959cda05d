"""StreamBox: an IPTV player that logs in to Xtream-Codes and Stalker (MAG) portals.

Xtream-Codes `player_api.php?username=&password=&action=get_live_streams|
get_vod_info|get_short_epg` (https://github.com/chazlarson/py-xtream-codes)
fetches content lists: not viewing history. A Stalker middleware portal
authenticates the emulated set-top box by its MAC in a `mac=` cookie and by
`sn`, `device_id`, `device_id2`, `signature` on `type=stb&action=get_profile`
(https://github.com/erkexzcx/stalkerhek), and the box logs what it plays with
`type=stb&action=log&real_action=play&content_id=` and remembers the last
channel with `type=itv&action=set_last_id`. The player syncs its own
"recently watched" list to its cloud. Portals are plain HTTP on port 8080.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid

UA_MAG = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 2 rev: 250 Safari/533.3"
)
UA = "StreamBox/5.1.2 (Linux; Android 14; SM-A546B)"
XC = "http://line.tvking-example.net:8080"
PORTAL = "http://mag.tvking-example.net:8080/stalker_portal/server/load.php"
CLOUD = "https://cloud.streambox.example"
CHANNELS = ["DE| DAS ERSTE HD", "IT| RAI 1", "UK| BBC ONE", "SPORT| DAZN 1", "NL| NPO 1"]


def _xc(c: Context, action: str | None, **extra: str) -> FB:
    f = FB(c, "xtream", "GET", f"{XC}/player_api.php", http_version="HTTP/1.1")
    f.header("user-agent", UA)
    f.param("username", f.acct("iptv_user"))
    f.param("password", f.acct("iptv_pass"))
    if action:
        f.param("action", action)
    for k, v in extra.items():
        f.param(k, v)
    return f


def xc_auth(c: Context) -> Flow:
    f = _xc(c, None)
    f.ok_json(
        {
            "user_info": {
                "auth": 1,
                "status": "Active",
                "exp_date": "1767225600",
                "max_connections": "1",
            },
            "server_info": {"port": "8080", "timezone": "Europe/Berlin"},
        }
    )
    return f.build()


def xc_live_streams(c: Context) -> Flow:
    f = _xc(c, "get_live_streams", category_id=str(c.rng.randint(1, 60)))
    f.ok_json(
        [
            {"num": i, "name": n, "stream_id": c.rng.randint(1000, 99999), "epg_channel_id": ""}
            for i, n in enumerate(CHANNELS)
        ]
    )
    return f.build()


def xc_vod_info(c: Context) -> Flow:
    f = _xc(c, "get_vod_info", vod_id=str(c.rng.randint(1000, 99999)))
    f.ok_json({"info": {"name": "The Lighthouse", "duration_secs": 6540, "rating": "7.4"}})
    return f.build()


def xc_short_epg(c: Context) -> Flow:
    f = _xc(c, "get_short_epg", stream_id=str(c.rng.randint(1000, 99999)), limit="4")
    f.ok_json({"epg_listings": [{"title": "TmV3cw==", "start": "2024-09-03 20:00:00"}]})
    return f.build()


def xc_segment(c: Context) -> Flow:
    f = FB(c, "xtream", "GET", "", http_version="HTTP/1.1")
    f.base = (
        f"{XC}/live/{f.acct('iptv_user')}/{f.acct('iptv_pass')}/{c.rng.randint(1000, 99999)}.ts"
    )
    f.header("user-agent", UA)
    f.respond(200, "video/mp2t", b"\x47" + bytes(500))
    return f.build()


def _portal(c: Context, params: list[tuple[str, str]], mac_where: str = "cookie.mac") -> FB:
    f = FB(c, "stalker", "GET", PORTAL, http_version="HTTP/1.1")
    f.header("user-agent", UA_MAG)
    f.header("x-user-agent", "Model: MAG250; Link: WiFi")
    mac = f.id("stb_mac", "urlenc", where=mac_where)
    f.header("cookie", f"mac={mac}; stb_lang=en; timezone=Europe%2FBerlin")
    f.header("authorization", "Bearer " + rid(c.rng).replace("-", "").upper()[:32])
    for k, v in params:
        f.param(k, v)
    f.param("JsHttpRequest", "1-xml")
    return f


def stalker_handshake(c: Context) -> Flow:
    f = _portal(c, [("type", "stb"), ("action", "handshake"), ("token", "")])
    f.ok_json({"js": {"token": rid(c.rng).replace("-", "").upper()}})
    return f.build()


def stalker_profile(c: Context) -> Flow:
    f = FB(c, "stalker", "GET", PORTAL, http_version="HTTP/1.1")
    f.header("user-agent", UA_MAG)
    mac = f.id("stb_mac", "urlenc", where="cookie.mac")
    f.header("cookie", f"mac={mac}; stb_lang=en; timezone=Europe%2FBerlin")
    for k, v in [("type", "stb"), ("action", "get_profile"), ("hd", "1"), ("stb_type", "MAG250")]:
        f.param(k, v)
    f.param("sn", f.id("iptv_stb_sn", where="query.sn"))
    f.param("device_id", f.id("iptv_stb_devid", where="query.device_id"))
    f.param("device_id2", f.id("iptv_stb_devid", where="query.device_id2"))
    f.param("signature", rid(c.rng).replace("-", "").upper() * 2)
    f.param("JsHttpRequest", "1-xml")
    f.ok_json({"js": {"id": str(c.rng.randint(1000, 9999)), "status": 0, "fname": "ines"}})
    return f.build()


def stalker_genres(c: Context) -> Flow:
    f = _portal(c, [("type", "itv"), ("action", "get_genres")])
    f.ok_json({"js": [{"id": str(i), "title": t} for i, t in enumerate(["News", "Sport", "Kids"])]})
    return f.build()


def stalker_create_link(c: Context) -> Flow:
    """Asking the portal for a stream URL: a content fetch, not a viewing report."""
    ch = c.rng.randint(1000, 99999)
    f = _portal(
        c,
        [
            ("type", "itv"),
            ("action", "create_link"),
            ("cmd", quote(f"ffrt http://localhost/ch/{ch}_")),
        ],
    )
    f.ok_json({"js": {"cmd": f"ffmpeg http://line.tvking-example.net:8080/play/{ch}"}})
    return f.build()


def stalker_play_log(c: Context) -> Flow:
    ch = c.rng.randint(1000, 99999)
    f = _portal(
        c,
        [
            ("type", "stb"),
            ("action", "log"),
            ("real_action", "play"),
            ("param", f"http://localhost/ch/{ch}_"),
            ("content_id", str(ch)),
            ("tmp_type", "1"),
        ],
    )
    f.view("query.real_action=play&content_id")
    f.ok_json({"js": 1})
    return f.build()


def stalker_last_id(c: Context) -> Flow:
    f = _portal(
        c, [("type", "itv"), ("action", "set_last_id"), ("id", str(c.rng.randint(1000, 99999)))]
    )
    f.view("query.set_last_id(id)", detectable=False)
    f.ok_json({"js": True})
    return f.build()


def cloud_recent(c: Context) -> Flow:
    f = FB(c, "streambox", "POST", f"{CLOUD}/api/v1/recently-watched")
    f.header("user-agent", UA)
    f.view("body.recently_watched[]")
    items = [
        {
            "stream_id": c.rng.randint(1000, 99999),
            "stream_type": c.rng.choice(["live", "movie", "series"]),
            "name": c.rng.choice(CHANNELS),
            "last_position_s": c.rng.randint(0, 5400),
            "watched_at": iso(c),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    f.json({"profile": f.acct("iptv_user"), "recently_watched": items}, encoding="gzip")
    f.ok_json({"synced": len(items)})
    return f.build()


def cloud_continue_resp(c: Context) -> Flow:
    """Continue-watching row in a response: history travelling back to the phone."""
    f = FB(c, "streambox", "GET", f"{CLOUD}/api/v1/home")
    f.header("user-agent", UA)
    f.view("response.continue_watching[]", direction="response")
    f.ok_json(
        {
            "continue_watching": [
                {
                    "vod_id": c.rng.randint(1000, 99999),
                    "title": "The Lighthouse",
                    "progress": rf(c.rng, 0.05, 0.95, 2),
                    "last_watched": iso(c),
                }
            ],
            "rows": ["Sport", "Kids"],
        }
    )
    return f.build()


def cloud_device(c: Context) -> Flow:
    f = FB(c, "streambox", "POST", f"{CLOUD}/api/v1/devices")
    f.header("user-agent", UA)
    f.json(
        {"android_id": f.id("aid_iptv", where="body.android_id"), "app": "5.1.2", "playlists": 2}
    )
    f.ok_json({"license": "PREMIUM"})
    return f.build()
