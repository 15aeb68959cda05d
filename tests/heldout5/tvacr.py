"""An LG webOS TV (LivePlus ACR) and a Vizio TV (Inscape ACR) on the same network.

Formats followed (as far as public research shows them; the payloads are
modelled, hosts and roles come from the papers):
- Anselmi et al., "Watching TV with the Second-Party: A First Look at
  Automatic Content Recognition Tracking in Smart TVs", IMC 2024
  (arxiv.org/abs/2409.06203): LG's ACR (LivePlus, by Alphonso) uploads
  fingerprints to `*.alphonso.tv` every few seconds, whatever the input.
- Vizio Inscape / "Viewing Data" (FTC v. Vizio, 2017 complaint: second-by-second
  content matches tied to IP, MAC and device ids; tvinteractive.tv hosts).
- OpenRTB 2.6 CTV ad requests with `device.ifa` and `ifa_type`
  (iabtechlab.com, "Guidelines for IFA on OTT platforms": `lgudid`, `vida`).
- EPG grids, firmware checks and app icons - negatives.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb, pb_bytes, pb_varint

from .phone import FB, iso, ms, req_id, rf

LG_UA = (
    "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/94.0.4606.128 Safari/537.36 WebAppManager"
)
VIZIO_UA = "Mozilla/5.0 (Linux; SmartCast/1.0; VIZIO) AppleWebKit/537.36 Chrome/96.0 Safari/537.36"
CHANNELS = [
    ("BBC One", "bbc1"),
    ("Channel 4", "c4"),
    ("Pluto Crime", "pluto-crime"),
    ("HDMI 2", "hdmi2"),
]


def lg_fingerprints(ctx: Context, opaque: bool) -> Flow:
    host = f"eu-acr{ctx.rng.randint(0, 9)}.alphonso.tv"
    if opaque:
        b = FB(ctx, "lg-acr", "POST", f"https://{host}/fp/v2")
        body = (
            pb_bytes(1, b.id_raw("lg_udid", "protobuf", "body:pb.1", False))
            + pb_varint(2, ms(ctx))
            + pb_bytes(3, bytes(ctx.rng.getrandbits(8) for _ in range(240)))
        )
        b.view("body:pb.3 video fingerprints (unnamed)", False)
        b.set_body(body, "application/octet-stream")
        b.no_content()
        return b.build()
    b = FB(ctx, "lg-acr", "POST", f"https://{host}/acr/v1/fingerprints")
    b.header("user-agent", LG_UA)
    b.json(
        {
            "device_id": b.id("lg_udid", where="body.device_id"),
            "platform": "webOS 23",
            "input": ctx.rng.choice(["TV", "HDMI1", "APP"]),
            "acr_type": "video",
            "fingerprints": [
                {"ts": ms(ctx) + i * 500, "fp": new_hex(ctx.rng, 64)} for i in range(8)
            ],
        }
    )
    b.view("body.fingerprints[] (ACR video fingerprints with device_id)", True)
    b.ok_json({"next_interval_ms": 15000})
    return b.build()


def lg_match_report(ctx: Context) -> Flow:
    ch, _ = ctx.rng.choice(CHANNELS)
    b = FB(ctx, "lg-acr", "POST", "https://eu-acr-report.alphonso.tv/v1/matches")
    b.header("user-agent", LG_UA)
    b.json(
        {
            "tv": {
                "lgudid": b.id("lg_udid", where="body.tv.lgudid"),
                "mac": b.id("lg_mac", "nosep_upper", "body.tv.mac"),
            },
            "matches": [
                {
                    "content_title": ctx.rng.choice(
                        ["Gardeners' World", "Countdown", "Midsomer Murders"]
                    ),
                    "channel": ch,
                    "start": iso(ctx),
                    "duration_s": ctx.rng.randint(30, 1800),
                    "confidence": rf(ctx.rng, 0.7, 1, 2),
                }
            ],
        }
    )
    b.view("body.matches[] {content_title, channel, start, duration_s}", True)
    b.no_content()
    return b.build()


def lg_ad(ctx: Context) -> Flow:
    b = FB(ctx, "lg-ads", "POST", "https://eu.ad.lgsmartad.com/openrtb/v2/bid")
    b.header("user-agent", LG_UA)
    b.json(
        {
            "id": req_id(ctx.rng),
            "imp": [{"id": "1", "video": {"w": 1920, "h": 1080}}],
            "device": {
                "ifa": b.id("lg_ifa", where="body.device.ifa"),
                "ext": {"ifa_type": "lgudid"},
                "devicetype": 3,
                "make": "LG",
                "model": "OLED55C36LC",
                "os": "webOS",
            },
            "app": {"bundle": "lg.home"},
        }
    )
    b.ok_json({"seatbid": []})
    return b.build()


def lg_epg(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "lg-epg",
        "GET",
        f"https://gb.lgtvsdp.com/rest/sdp/v8.0/epg/schedule?channelCount=40&startTime={int(ctx.now)}",
    )
    b.header("user-agent", LG_UA)
    b.ok_json(
        {
            "channels": [
                {"name": c, "programmes": [{"title": "News at Six", "start": iso(ctx)}]}
                for c, _ in CHANNELS
            ]
        }
    )
    return b.build()


def lg_firmware(ctx: Context) -> Flow:
    b = FB(ctx, "lg-snu", "POST", "https://snu.lge.com/CheckSWAutoUpdate.laf")
    b.set_body(
        b"<REQUEST><PRODUCT_NM>webOSTV 23</PRODUCT_NM><MODEL_NM>OLED55C36LC</MODEL_NM>"
        b"<FW_VERSION>23.20.57</FW_VERSION></REQUEST>",
        "application/xml",
    )
    b.respond(200, "application/xml", b"<RESPONSE><RESULT_CD>900</RESULT_CD></RESPONSE>")
    return b.build()


def lg_home_icons(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "lg-cdn",
        "GET",
        "https://ngfts.lge.com/fts/gftsDownload.lge?biz_code=APP_STORE&func_code=ICON"
        f"&file_path=/{new_hex(ctx.rng, 12)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    return b.build()


def vizio_viewing(ctx: Context) -> Flow:
    _ch, code = ctx.rng.choice(CHANNELS)
    b = FB(ctx, "vizio-inscape", "POST", "https://ctrl.tvinteractive.tv/v2/viewing")
    b.header("user-agent", VIZIO_UA)
    b.json(
        {
            "tvid": b.id("inscape_tvid", where="body.tvid"),
            "serial_number": b.id("vizio_serial", where="body.serial_number"),
            "viewing": [
                {
                    "channel_code": code,
                    "program_id": "EP" + new_hex(ctx.rng, 10).upper(),
                    "start_ts": ms(ctx),
                    "seconds_viewed": ctx.rng.randint(10, 600),
                    "source": "tuner",
                }
            ],
        }
    )
    b.view("body.viewing[] {program_id, seconds_viewed}", True)
    b.no_content()
    return b.build()


def vizio_audio_acr(ctx: Context) -> Flow:
    """Audio fingerprints in a form with a base64 blob and one-letter keys (opaque)."""
    b = FB(ctx, "vizio-inscape", "POST", "https://acr.tvinteractive.tv/a")
    b.header("user-agent", VIZIO_UA)
    b.form(
        [
            ("m", b.id("vizio_mac", "nosep", "form:m", False)),
            ("b", new_hex(ctx.rng, 200)),
            ("t", str(ms(ctx))),
        ]
    )
    b.view("form:b audio fingerprint, no names", False)
    b.no_content()
    return b.build()


def vizio_ad(ctx: Context) -> Flow:
    b = FB(ctx, "vizio-ads", "GET", "https://ads.vizio.com/v1/ctv/vast")
    b.param("ifa", b.id("vizio_ifa", where="query:ifa"))
    for k, v in [
        ("ifa_type", "vida"),
        ("app_bundle", "com.vizio.watchfree"),
        ("w", "1920"),
        ("h", "1080"),
    ]:
        b.param(k, v)
    b.respond(200, "application/xml", b'<VAST version="4.0"/>')
    return b.build()


def vizio_guide(ctx: Context) -> Flow:
    b = FB(ctx, "vizio-epg", "GET", "https://epg.smartcast.vizio.com/v1/guide?region=GB&hours=3")
    b.ok_json(
        {
            "channels": [
                {"id": c, "now": "Film: The Long Harbour", "next": "News"} for _, c in CHANNELS
            ]
        }
    )
    return b.build()


def vizio_heartbeat(ctx: Context) -> Flow:
    """A device heartbeat with MAC and serial (device_id, no viewing)."""
    b = FB(ctx, "vizio-cloud", "POST", "https://scfs.vizio.com/v1/device/heartbeat")
    b.set_body(
        jsb(
            {
                "serial": b.id("vizio_serial", where="body.serial"),
                "mac_address": b.id("vizio_mac", where="body.mac_address"),
                "fw": "6.0.31.8-2",
                "uptime_s": ctx.rng.randint(100, 10**6),
            }
        ),
        "application/json",
    )
    b.ok_json({"ok": True})
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "lg-time", "GET", "https://gb.lgtvsdp.com/rest/sdp/v8.0/time")
    b.ok_json({"epoch_ms": ms(ctx)})
    return b.build()
