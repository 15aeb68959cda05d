"""RemotePlus and the Roku TV it controls. The phone app talks to the TV over Roku's
External Control Protocol on the LAN, registers the TV with its backend, shows
"what's on" and runs an audio content-recognition SDK; the TV itself runs
Samba TV-style ACR and fetches ads with its RIDA.

Wire formats: Roku ECP (`GET http://<tv>:8060/query/device-info` answers XML
with `serial-number`, `device-id`, `advertising-id`, `wifi-mac`; `POST
/keypress/<key>`; https://developer.roku.com/docs/developer-program/dev-tools/external-control-api.md);
GAM server-side ad requests with `rdid` + `idtype=rida` (Roku RIDA); smart-TV ACR
as described in Samba TV's privacy notices and the FTC v. Vizio (Inscape) 2017
complaint (fingerprints of the screen, matched to programmes); mobile audio ACR
SDKs (Alphonso) as reported by the NYT, 2017-12-28.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, okhttp, req_id, roku_ua, ua
from .shapes import TV_SHOWS

TV = "http://192.168.1.47:8060"
API = "https://api.remoteplus-tv.com"
UA = ua("RemotePlus", "3.4.2")


def show(ctx: Context) -> tuple[str, str]:
    return ctx.rng.choice(TV_SHOWS)


def _ecp(ctx: Context, method: str, path: str) -> FB:
    fb = FB(ctx, "roku-ecp", method, TV + path, http_version="HTTP/1.1")
    fb.header("user-agent", UA)
    return fb


# --- LAN control --------------------------------------------------------------------------


def device_info(ctx: Context) -> Flow:
    fb = _ecp(ctx, "GET", "/query/device-info")
    serial = fb.id("tv_serial", where="response <serial-number>", direction="response")
    devid = fb.id("roku_device_id", how="upper", where="response <device-id>", direction="response")
    rida = fb.id("rida", where="response <advertising-id>", direction="response")
    mac = fb.id("tv_mac", where="response <wifi-mac>", direction="response")
    xml = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<device-info>\n'
        f"<udn>29780067-{new_hex(ctx.rng, 4)}-10b3-80a5-{new_hex(ctx.rng, 12)}</udn>\n"
        f"<serial-number>{serial}</serial-number>\n<device-id>{devid}</device-id>\n"
        f"<advertising-id>{rida}</advertising-id>\n<vendor-name>TCL</vendor-name>\n"
        f"<model-name>55S455</model-name>\n<wifi-mac>{mac}</wifi-mac>\n"
        "<software-version>12.5.0</software-version>\n</device-info>\n"
    )
    fb.respond(200, "text/xml; charset=utf-8", xml.encode())
    return fb.build()


def keypress(ctx: Context) -> Flow:
    fb = _ecp(
        ctx,
        "POST",
        "/keypress/" + ctx.rng.choice(["Select", "Up", "Down", "Home", "VolumeUp", "Play"]),
    )
    fb.respond(200, None)
    return fb.build()


def apps_icon(ctx: Context) -> Flow:
    fb = _ecp(ctx, "GET", f"/query/icon/{ctx.rng.randint(10000, 99999)}")
    fb.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(ctx.rng.getrandbits(8) for _ in range(200))
    )
    return fb.build()


def active_app(ctx: Context) -> Flow:
    fb = _ecp(ctx, "GET", "/query/active-app")
    fb.respond(
        200,
        "text/xml",
        b'<active-app><app id="12" type="appl" version="5.2">Live TV</app></active-app>',
    )
    return fb.build()


# --- companion backend ---------------------------------------------------------------------


def register_tv(ctx: Context) -> Flow:
    fb = FB(ctx, "remoteplus", "POST", f"{API}/v1/tvs")
    fb.header("user-agent", UA)
    fb.header("x-install-id", fb.id("remote_install", where="header x-install-id"))
    fb.json(
        {
            "tv_serial": fb.id("tv_serial", where="body tv_serial"),
            "tv_device_id": fb.id("roku_device_id", where="body tv_device_id"),
            "tv_advertising_id": fb.id("rida", where="body tv_advertising_id"),
            "tv_wifi_mac": fb.id("tv_mac", how="nosep", where="body tv_wifi_mac"),
            "phone_android_id": fb.id("aid_remote", where="body phone_android_id"),
            "model": "55S455",
        }
    )
    fb.ok_json({"tv": "tv_" + new_hex(ctx.rng, 10)})
    return fb.build()


def guide(ctx: Context) -> Flow:
    fb = FB(ctx, "remoteplus", "GET", f"{API}/v1/guide")
    fb.header("user-agent", UA)
    fb.param("region", "IT")
    fb.param("hours", "4")
    fb.ok_json({"channels": [{"name": ch, "now": t, "next": "News"} for t, ch in TV_SHOWS[:4]]})
    return fb.build()


def now_watching(ctx: Context) -> Flow:
    title, ch = show(ctx)
    fb = FB(ctx, "remoteplus", "POST", f"{API}/v1/me/now-watching")
    fb.header("user-agent", UA)
    fb.json(
        {
            "channel": ch,
            "program": title,
            "started_at": iso(ctx),
            "position_s": ctx.rng.randint(30, 3000),
            "source": "roku-ecp",
        }
    )
    fb.view("body channel/program/started_at/position_s")
    fb.no_content()
    return fb.build()


def audio_acr(ctx: Context) -> Flow:
    """Mobile audio ACR SDK: microphone fingerprints under opaque keys."""
    fb = FB(ctx, "audio-acr", "POST", "https://s.acrsync-media.com/v4/m")
    fb.header("user-agent", okhttp())
    fb.json(
        {
            "k": new_hex(ctx.rng, 16),
            "u": fb.id("gaid", where="body u", detectable=False),
            "s": [
                b64(bytes(ctx.rng.getrandbits(8) for _ in range(48)))
                for _ in range(ctx.rng.randint(2, 5))
            ],
            "t": ms(ctx),
        },
        encoding="gzip",
    )
    fb.view("body s[] (audio fingerprints, opaque keys)", detectable=False)
    fb.ok_json({"r": 0})
    return fb.build()


# --- the TV itself -----------------------------------------------------------------------------


def samba_fingerprints(ctx: Context) -> Flow:
    fb = FB(ctx, "samba", "POST", "https://acr.samba.tv/v2/fingerprints")
    fb.header("user-agent", roku_ua())
    fb.json(
        {
            "psid": fb.id("samba_psid", where="body psid (Samba device id)", detectable=False),
            "device_id": fb.id("roku_device_id", where="body device_id"),
            "input": ctx.rng.choice(["tuner", "hdmi1"]),
            "video_fingerprints": [
                {
                    "ts": ms(ctx) - i * 2000,
                    "fp": b64(bytes(ctx.rng.getrandbits(8) for _ in range(64))),
                }
                for i in range(ctx.rng.randint(3, 8))
            ],
        },
        encoding="gzip",
    )
    fb.view("body video_fingerprints[] to acr endpoint")
    fb.ok_json({"next_interval_ms": 15000})
    return fb.build()


def samba_viewing(ctx: Context) -> Flow:
    title, ch = show(ctx)
    fb = FB(ctx, "samba", "POST", "https://events.samba.tv/v1/viewing")
    fb.header("user-agent", roku_ua())
    fb.json(
        {
            "device_id": fb.id("roku_device_id", where="body device_id"),
            "events": [
                {
                    "content_id": "ep_" + new_digits(ctx.rng, 8),
                    "network": ch,
                    "program": title,
                    "start": iso(ctx),
                    "duration_s": ctx.rng.randint(60, 3600),
                }
            ],
        }
    )
    fb.view("body events[].program/network/start/duration_s")
    fb.no_content()
    return fb.build()


def roku_ad(ctx: Context) -> Flow:
    fb = FB(
        ctx,
        "gam",
        "GET",
        "https://pubads.g.doubleclick.net/ondemand/hls/content/2548831/vid/live-ch4/streams",
    )
    fb.header("user-agent", roku_ua())
    fb.param("rdid", fb.id("rida", where="query rdid"))
    fb.param("idtype", "rida")
    fb.param("is_lat", "0")
    fb.param("correlator", new_digits(ctx.rng, 16))
    fb.ok_json(
        {
            "stream_id": req_id(ctx.rng),
            "stream_manifest": "https://dai.google.com/linear/hls/pa/event/x/stream/y/master.m3u8",
        }
    )
    return fb.build()


def roku_firmware(ctx: Context) -> Flow:
    fb = FB(ctx, "roku", "GET", "https://firmware.roku.com/cgi-bin/firmware/check")
    fb.header("user-agent", roku_ua())
    fb.param("v", "12.5.0.4178")
    fb.param("m", "8103X")
    fb.ok_json({"update": False})
    return fb.build()
