"""The Google TV Streamer: a FAST app, content recognition and device check-ins.

The FAST app's channel-tune log and the TV's ACR reports (audio fingerprints
matched to a channel) are in-house formats with our own key names; the ACR
fingerprint batch without any match is sent opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

CHANNELS = ["fast-uk-0142", "fast-uk-0077", "fast-ie-0009", "fast-uk-0310"]


def channel_tune(c: Context) -> Flow:
    b = FB(c, "fastapp", "POST", "https://events.fastview.example.tv/v1/tune")
    b.view("body.channel_tune")
    b.json(
        {
            "channel_tune": {
                "channel_id": c.rng.choice(CHANNELS),
                "program_title": "Classic Quiz Hour",
                "dwell_seconds": c.rng.randint(5, 2400),
            },
            "device_id": b.id("aid_tvfast", where="body.device_id"),
            "ts": ms(c),
        }
    )
    b.header("user-agent", ua("FastView", "3.2.0", tv=True))
    b.no_content()
    return b.build()


def acr_match(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", "https://acr.tvplatform.example.com/v3/matches")
    b.view("body.matches")
    b.json(
        {
            "matches": [
                {
                    "contentId": f"crid://itv.example/{c.rng.randint(10**5, 10**6)}",
                    "channel": "ITV1 London",
                    "offsetMs": c.rng.randint(0, 3_600_000),
                    "detectedAt": iso(c),
                }
            ],
            "fingerprintType": "audio",
        }
    )
    b.ok_json({"accepted": 1})
    return b.build()


def acr_blob(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", "https://acr.tvplatform.example.com/v3/fp")
    b.view("body (protobuf fingerprint batch)", detectable=False)
    parts = [pb_varint(1, ms(c)), pb_bytes(2, bytes(c.rng.randrange(256) for _ in range(120)))]
    b.set_body(b"".join(parts), "application/x-protobuf")
    b.no_content()
    return b.build()


def tv_checkin(c: Context) -> Flow:
    b = FB(c, "tv-platform", "POST", "https://device.tvplatform.example.com/v1/checkin")
    b.json(
        {
            "hardware": {
                "serialNumber": b.id("tv_serial", where="body.hardware.serialNumber"),
                "ethMac": b.id("tv_mac", where="body.hardware.ethMac"),
                "model": "Google TV Streamer",
            },
            "build": "UTT3.240625.001",
        }
    )
    b.ok_json({"nextCheckinSecs": 86400})
    return b.build()


def fast_ad_beacon(c: Context) -> Flow:
    b = FB(c, "fastapp", "GET", "https://ads.fastview.example.tv/imp")
    b.param("ifa", b.id("tv_gaid", where="query.ifa"))
    b.param("cb", rid(c.rng))
    b.param("pod", str(c.rng.randint(1, 6)))
    b.respond(200, "image/gif", b"GIF89a")
    return b.build()


def fast_ping(c: Context) -> Flow:
    b = FB(c, "fastapp", "POST", "https://events.fastview.example.tv/v1/p")
    tok = b.id("fast_device", how="b64", where="body.k", detectable=False)
    b.form([("k", tok), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "fastapp", "GET", "https://api.fastview.example.tv/v1/epg")
    b.decoy("EPG schedule: channel ids and start times")
    b.ok_json({"channels": [{"id": ch, "slots": [iso(c)] * 3} for ch in CHANNELS]})
    return b.build()


def remote_nav(c: Context) -> Flow:
    b = FB(c, "tv-platform", "POST", "https://telemetry.tvplatform.example.com/v1/ui")
    b.decoy("remote-control navigation counters")
    b.json({"dpad": {"up": 3, "down": 7, "ok": 2}, "screen": "home", "traceId": rid(c.rng)})
    b.no_content()
    return b.build()


VIEW = [channel_tune, acr_match, acr_blob, channel_tune, acr_match]
DEVICE = [tv_checkin, fast_ad_beacon, fast_ping]
BENIGN = [epg, remote_nav]
