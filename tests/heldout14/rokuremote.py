"""The Roku mobile remote: Roku ECP on the LAN and the remote app's cloud calls.

ECP (developer.roku.com, External Control Protocol): plain HTTP on port 8060,
`POST /keypress/<Key>`, `GET /query/device-info` answering XML with
`serial-number`, `device-id`, `advertising-id` (the RIDA), `wifi-mac`,
`ethernet-mac`, `udn`..., `GET /query/media-player` answering
`<player state=...><plugin id name/><position>N ms</position>`, `GET
/query/icon/<id>`. The remote app's cloud API (mobile-api.roku.com) and its
log collector are made up, with key names after ECP's and the RIDA's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, LAN_TV, iso, ms, rid

ECP = f"http://{LAN_TV}:8060"
CLOUD = "https://mobile-api.roku.com"
UA = "Roku/RokuMobile-Android 9.4.1.1240 (KFTRWI; Android 11)"
SERVER = [("server", "Roku/12.5.0 UPnP/1.0 Roku/12.5.0")]
CHANNELS = [
    ("12", "Netflix"),
    ("837", "YouTube"),
    ("13", "Prime Video"),
    ("151908", "The Roku Channel"),
]


def _ecp(c: Context, method: str, path: str) -> FB:
    b = FB(c, "roku-ecp", method, ECP + path, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def _xml(b: FB, text: str) -> None:
    b.respond(200, 'text/xml; charset="utf-8"', text.encode(), headers=SERVER)


def device_info(c: Context) -> Flow:
    b = _ecp(c, "GET", "/query/device-info")
    r = "response.device-info."
    serial = b.id("roku_serial", where=r + "serial-number", direction="response")
    devid = b.id("roku_devid", where=r + "device-id", direction="response")
    rida = b.id("rida", where=r + "advertising-id", direction="response")
    mac = b.id("roku_mac", where=r + "wifi-mac", direction="response")
    _xml(
        b,
        (
            '<?xml version="1.0" encoding="UTF-8" ?>\n<device-info>\n'
            f"<udn>29380007-0800-1025-80a4-{rid(c.rng)[-12:]}</udn>\n"
            f"<serial-number>{serial}</serial-number>\n<device-id>{devid}</device-id>\n"
            f"<advertising-id>{rida}</advertising-id>\n<vendor-name>TCL</vendor-name>\n"
            "<model-name>55R635</model-name>\n<model-number>C128X</model-number>\n"
            f"<wifi-mac>{mac}</wifi-mac>\n<network-type>wifi</network-type>\n"
            "<software-version>12.5.0</software-version>\n<power-mode>PowerOn</power-mode>\n"
            "</device-info>\n"
        ),
    )
    return b.build()


def keypress(c: Context) -> Flow:
    key = c.rng.choice(
        ["Select", "Up", "Down", "Left", "Right", "Home", "Back", "VolumeUp", "Play"]
    )
    b = _ecp(c, "POST", f"/keypress/{key}")
    b.decoy("ECP key press")
    b.respond(200, None, headers=SERVER)
    return b.build()


def media_player(c: Context) -> Flow:
    b = _ecp(c, "GET", "/query/media-player")
    cid, name = c.rng.choice(CHANNELS)
    pos, dur = c.rng.randint(10_000, 3_000_000), 3_600_000
    b.view("response.player.plugin + position (what the TV plays)", direction="response")
    _xml(
        b,
        (
            f'<?xml version="1.0" encoding="UTF-8" ?>\n<player error="false" state="play">'
            f'<plugin bandwidth="18000000 bps" id="{cid}" name="{name}"/>'
            f'<format audio="eac3" captions="none" drm="widevine" video="hevc"/>'
            f"<position>{pos} ms</position><duration>{dur} ms</duration><is_live>false</is_live>"
            "</player>\n"
        ),
    )
    return b.build()


def icon(c: Context) -> Flow:
    cid, _ = c.rng.choice(CHANNELS)
    b = _ecp(c, "GET", f"/query/icon/{cid}")
    b.decoy("channel icon fetch")
    b.respond(200, "image/jpeg", fake_jpeg(int(cid), 500), headers=SERVER)
    return b.build()


def _cloud(c: Context, method: str, path: str) -> FB:
    b = FB(c, "roku-mobile", method, CLOUD + path)
    b.header("user-agent", UA)
    b.header(
        "x-roku-mobile-client-id",
        b.id("remote_client", where="header:x-roku-mobile-client-id", detectable=False),
    )
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def link_device(c: Context) -> Flow:
    b = _cloud(c, "POST", "/v1/devices/link")
    body = {
        "serialNumber": b.id("roku_serial", where="body.serialNumber"),
        "deviceId": b.id("roku_devid", where="body.deviceId"),
        "rida": b.id("rida", where="body.rida"),
        "wifiMac": b.id("roku_mac", "upper", where="body.wifiMac"),
        "modelNumber": "C128X",
        "clientAndroidId": b.id("aid_remote", where="body.clientAndroidId"),
        "userId": b.acct("remote_user"),
    }
    b.json(body)
    b.ok_json({"linked": True, "friendlyName": "Living Room TV"})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _cloud(c, "POST", "/v1/activity/now-playing")
    cid, name = c.rng.choice(CHANNELS)
    body = {
        "deviceId": b.id("roku_devid", where="body.deviceId"),
        "channelId": cid,
        "channelName": name,
        "contentId": rid(c.rng).replace("-", "")[:20],
        "title": c.rng.choice(["Harbour Nights", "Baking Duel S3E2", "Late Show Monologue"]),
        "positionMs": c.rng.randint(10_000, 3_000_000),
        "state": "play",
        "at": iso(c),
    }
    b.view("body.channelId + title + positionMs")
    b.json(body)
    b.no_content()
    return b.build()


def continue_sync(c: Context) -> Flow:
    b = _cloud(c, "PUT", "/v1/continue-watching")
    items = [
        {
            "contentId": rid(c.rng).replace("-", "")[:20],
            "channelId": c.rng.choice(CHANNELS)[0],
            "resumeMs": c.rng.randint(60_000, 4_000_000),
            "watchedAt": ms(c) - c.rng.randint(0, 10**8),
        }
        for _ in range(c.rng.randint(2, 4))
    ]
    b.view("body.items[].resumeMs/watchedAt")
    b.json({"serial": b.id("roku_serial", where="body.serial"), "items": items})
    b.ok_json({"ok": True})
    return b.build()


def log_event(c: Context) -> Flow:
    b = FB(c, "roku-mobile", "POST", "https://cooper.logs.roku.com/api/v2/events")
    b.header("user-agent", UA)
    ev = {
        "event": c.rng.choice(["remote_open", "keyboard_used", "tv_discovered"]),
        "rida_sha256": b.id("rida", "sha256", where="body.rida_sha256"),
        "tv_serial_hash": b.id("roku_serial", "md5", where="body.tv_serial_hash"),
        "ts": ms(c),
        "app": "9.4.1.1240",
    }
    b.json(ev)
    b.no_content()
    return b.build()


def cloud_opaque(c: Context) -> Flow:
    b = FB(c, "roku-mobile", "POST", f"{CLOUD}/v1/t")
    b.header("user-agent", UA)
    token = b.id("roku_devid", "custom_b64", where="body.x (shuffled base64)", detectable=False)
    b.form([("x", token + "." + c.rng.randbytes(18).hex()), ("v", "3")])
    b.no_content()
    return b.build()


def store_search(c: Context) -> Flow:
    q = c.rng.choice(["cooking", "news", "kids", "anime"])
    b = FB(c, "roku-mobile", "GET", f"{CLOUD}/v1/store/search", [("q", q), ("limit", "20")])
    b.header("user-agent", UA)
    b.decoy("channel store search results")
    b.ok_json({"results": [{"id": cid, "name": n} for cid, n in CHANNELS]})
    return b.build()
