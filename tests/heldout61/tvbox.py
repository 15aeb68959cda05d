"""The family's Android TV box (operator-branded, Android TV 12): its automatic
content recognition, its firmware / operator check-ins and its launcher.

ACR on such boxes samples the HDMI / tuner audio, ships short fingerprints and
gets back the matched channel or programme, then logs viewing sessions (the
pattern Samba TV and Inscape describe in their privacy notices: "viewing data:
content, channel, time and duration"). Key names here are the box vendor's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, box_ua, iso, ms, rf, rid

ACR = "https://acr.xmbox-example.com"
OTA = "https://ota.xmbox-example.com"
CHANNELS = ["beIN SPORTS 1", "MBC 1", "Al Jazeera", "TRT 1", "Dubai One", "Show TV", "Alkass One"]


def acr_match(ctx: Context) -> Flow:
    b = FB(ctx, "tvbox-acr", "POST", f"{ACR}/v2/match")
    b.header("user-agent", box_ua("XMBoxACR", "1.9.3"))
    fps = [new_hex(ctx.rng, 16) for _ in range(6)]
    b.json(
        {
            "serial": b.id("box_serial", where="body.serial"),
            "fp": {"audio": fps, "rate": 8000},
            "ts": ms(ctx),
            "input": "HDMI2",
        }
    )
    ch = ctx.rng.choice(CHANNELS)
    b.ok_json(
        {"match": {"channel": ch, "programme": "Evening News", "offset_s": rf(ctx.rng, 0, 1800, 1)}}
    )
    b.view("body.fp.audio (ACR fingerprints) + response.match")
    return b.build()


def viewing_sessions(ctx: Context) -> Flow:
    b = FB(ctx, "tvbox-acr", "POST", f"{ACR}/v2/viewing", http_version="HTTP/1.1")
    b.header("user-agent", box_ua("XMBoxACR", "1.9.3"))
    rows = []
    for ch in ctx.rng.sample(CHANNELS, 3):
        start = int(ctx.now) - ctx.rng.randint(600, 20000)
        rows.append({"channel": ch, "start": start, "end": start + ctx.rng.randint(120, 3600)})
    b.json(
        {
            "device": {"eth_mac": b.id("box_eth_mac", where="body.device.eth_mac")},
            "viewing_sessions": rows,
        },
        encoding="gzip",
    )
    b.view("body.viewing_sessions[]")
    b.no_content()
    return b.build()


def acr_protobuf(ctx: Context) -> Flow:
    """The low-latency ACR path: protobuf without a schema, ids as bytes fields."""
    b = FB(ctx, "tvbox-acr", "POST", f"{ACR}/v3/m")
    serial = b.id("box_serial", "protobuf", where="protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, serial)
        + pb_bytes(2, bytes.fromhex(new_hex(ctx.rng, 48)))
        + pb_varint(3, ms(ctx))
    )
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf field 2 (fingerprint bytes)", detectable=False)
    b.respond(200, "application/x-protobuf", pb_bytes(1, ctx.rng.choice(CHANNELS)))
    return b.build()


def ota_check(ctx: Context) -> Flow:
    b = FB(ctx, "tvbox-ota", "GET", f"{OTA}/api/firmware/check", http_version="HTTP/1.1")
    b.header("user-agent", box_ua("XMBoxOTA", "3.0"))
    b.param("sn", b.id("box_serial", where="query.sn"))
    b.param("mac", b.id("box_wifi_mac", "nosep", where="query.mac"))
    b.param("fw", "XMB-12.4.118")
    b.ok_json({"update": False, "latest": "XMB-12.4.118"})
    return b.build()


def operator_checkin(ctx: Context) -> Flow:
    b = FB(ctx, "tvbox-ota", "POST", f"{OTA}/api/device/checkin")
    b.header("user-agent", box_ua("XMBoxOTA", "3.0"))
    b.json(
        {
            "androidId": b.id("box_aid", where="body.androidId"),
            "ethernetMac": b.id("box_eth_mac", "upper", where="body.ethernetMac"),
            "wifiMac": b.id("box_wifi_mac", where="body.wifiMac"),
            "uptime": ctx.rng.randint(1000, 900000),
            "operator": "ooredoo-qa",
        }
    )
    b.ok_json({"ok": True, "next": 21600})
    return b.build()


def opaque_token(ctx: Context) -> Flow:
    """A login token whose payload is an encrypted device tuple: opaque."""
    b = FB(ctx, "tvbox-ota", "GET", f"{OTA}/api/token")
    raw = b.id_raw("box_serial", "aes_gcm", "header x-dt (encrypted)")
    b.header(
        "x-dt", b64(bytes(x ^ 0x33 for x in raw.encode()) + bytes.fromhex(new_hex(ctx.rng, 16)))
    )
    b.ok_json({"token": new_hex(ctx.rng, 40), "exp": 3600})
    return b.build()


def launcher_rows(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "tvbox-launcher",
        "GET",
        "https://launcher.xmbox-example.com/v1/home",
        [("region", "QA")],
    )
    b.header("user-agent", box_ua("XMLauncher", "5.1"))
    b.ok_json(
        {"rows": [{"app": "Sahra+"}, {"app": "YouTube"}], "req": rid(ctx.rng), "at": iso(ctx)}
    )
    b.decoy("launcher recommendations (catalogue)")
    return b.build()


def remote_keys(ctx: Context) -> Flow:
    b = FB(ctx, "tvbox-launcher", "POST", "https://launcher.xmbox-example.com/v1/ux")
    keys = [ctx.rng.choice(["DPAD_UP", "DPAD_DOWN", "OK", "BACK"]) for _ in range(8)]
    b.json({"keys": keys, "dt_ms": [ctx.rng.randint(80, 900) for _ in keys]})
    b.decoy("remote-control key timings (numeric series)")
    b.no_content()
    return b.build()
