"""A Chromecast sender (the streaming app's cast module and a small remote app):
reads the Chromecast's setup info over the LAN, reports what is being cast to its
backend, and sends cast media status (a decoy: receiver capability lookups).

Sources: the Cast local setup API as documented by the community
(rithvikvibhu/GHLocalApi: `GET :8008/setup/eureka_info?params=...&options=detail`
returning `name`, `mac_address`, `ssdp_udn`, `device_info`); Cast media
protocol MEDIA_STATUS messages (developers.google.com/cast/docs/media/messages:
`mediaSessionId`, `playerState`, `currentTime`, `media.contentId`). The sender
backend's endpoints and key names are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, blob, iso, ms, rid, ua

LAN = "http://192.168.178.41:8008"
API = "https://cast.kijkbuis-example.nl"
TITLES = [
    ("AT_2189344", "Boer zoekt Vrouw S14E03"),
    ("77120", "Na Wspólnej odc. 3912"),
    ("VPWON_1311", "Flikken Maastricht S18E07"),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("KijkbuisAndroid", "8.14.2"))


def eureka_info(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "chromecast-lan",
        "GET",
        f"{LAN}/setup/eureka_info",
        [("params", "name,device_info,net"), ("options", "detail")],
        http_version="HTTP/1.1",
    )
    mac = b.id("cast_mac", where="response.mac_address", direction="response")
    udn = b.id("cast_udn", where="response.ssdp_udn", direction="response")
    b.ok_json(
        {
            "name": "Woonkamer TV",
            "mac_address": mac,
            "ssdp_udn": udn,
            "device_info": {
                "manufacturer": "Google Inc.",
                "model_name": "Chromecast",
                "ssdp_udn": udn,
            },
            "net": {"ip_address": "192.168.178.41", "online": True},
        }
    )
    return b.build()


def cast_session(ctx: Context) -> Flow:
    code, title = ctx.rng.choice(TITLES)
    b = FB(ctx, "kijkbuis-cast", "POST", f"{API}/v1/cast/sessie")
    _hdr(b)
    b.json(
        {
            "ontvanger": {
                "naam": "Woonkamer TV",
                "udn": b.id("cast_udn", where="body.ontvanger.udn"),
                "macAdres": b.id("cast_mac", where="body.ontvanger.macAdres"),
            },
            "nuAfgespeeld": {
                "contentId": code,
                "titel": title,
                "currentTime": ctx.rng.randint(0, 2800),
            },
            "start": iso(ctx),
        }
    )
    b.view("body.nuAfgespeeld.contentId+currentTime")
    b.ok_json({"sessieId": rid(ctx.rng)})
    return b.build()


def media_status(ctx: Context) -> Flow:
    code, title = ctx.rng.choice(TITLES)
    b = FB(ctx, "kijkbuis-cast", "POST", f"{API}/v1/cast/status")
    _hdr(b)
    b.json(
        {
            "type": "MEDIA_STATUS",
            "status": [
                {
                    "mediaSessionId": ctx.rng.randint(1, 9),
                    "playerState": ctx.rng.choice(["PLAYING", "PAUSED"]),
                    "currentTime": round(ctx.rng.uniform(1, 2800), 3),
                    "media": {"contentId": code, "metadata": {"title": title}, "duration": 2880.0},
                }
            ],
        }
    )
    b.view("body.status[].media.contentId+currentTime")
    b.no_content()
    return b.build()


def cast_history(ctx: Context) -> Flow:
    b = FB(ctx, "kijkbuis-cast", "POST", f"{API}/v1/cast/geschiedenis")
    _hdr(b)
    b.json(
        {
            "gecast": [
                {"id": c, "titel": t, "minutenGekeken": ctx.rng.randint(2, 50), "op": "Chromecast"}
                for c, t in ctx.rng.sample(TITLES, 2)
            ]
        }
    )
    b.view("body.gecast[].id+minutenGekeken")
    b.no_content()
    return b.build()


def opaque_cast(ctx: Context) -> Flow:
    b = FB(ctx, "kijkbuis-cast", "POST", f"{API}/v1/c")
    _hdr(b)
    b.json({"p": b64(blob(ctx.rng, 140)), "n": ms(ctx)})
    b.view("body.p (encrypted cast report)", detectable=False)
    b.no_content()
    return b.build()


def support_ticket(ctx: Context) -> Flow:
    b = FB(ctx, "kijkbuis-cast", "POST", f"{API}/v1/support/casting")
    _hdr(b)
    b.json(
        {
            "probleem": "beeld hapert",
            "apparaat": {
                "type": "Chromecast HD",
                "serienummer": b.id("cast_serial", where="body.apparaat.serienummer"),
            },
            "tablet": {"androidId": b.id("aid_cast", where="body.tablet.androidId")},
        }
    )
    b.ok_json({"ticket": rid(ctx.rng)[:8]})
    return b.build()


def receiver_config(ctx: Context) -> Flow:
    b = FB(
        ctx, "chromecast-lan", "GET", f"{LAN}/setup/supported_timezones", http_version="HTTP/1.1"
    )
    b.ok_json(
        [
            {"timezone": "Europe/Amsterdam", "offset": 60},
            {"timezone": "Europe/Warsaw", "offset": 60},
        ]
    )
    b.decoy("receiver timezone list")
    return b.build()


def app_availability(ctx: Context) -> Flow:
    b = FB(ctx, "kijkbuis-cast", "GET", f"{API}/v1/cast/receiver-app", [("appId", "CC1AD845")])
    b.ok_json({"appId": "CC1AD845", "supportedMediaTypes": ["video/mp4", "application/dash+xml"]})
    b.decoy("cast receiver capability lookup")
    return b.build()
