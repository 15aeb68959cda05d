"""The living-room Roku TV and its ACR, plus the phone's remote app talking to it.

The Roku TV's "smart TV experience" ACR posts what it matched on the HDMI and
antenna inputs (content, channel, start, seconds); Samba TV's ACR, also on the
TV, sends audio/video fingerprint hashes with a match window (opaque: nothing
names the programme). The Marquee+ Roku channel's ad calls carry the RIDA. The
remote app reads the TV's device-info over ECP on the LAN (serial, Wi-Fi MAC,
advertising id in the answer). Key presses and the home-screen row are not
sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rid

TV_UA = "Roku/DVP-14.0 (14.0.4.5300-46)"
LAN = "http://192.168.1.41:8060"
ROKU_CHANNEL_DEV_ID = "5f3c0e1d9a7b64c2e8f10d3a6b9c2e7f4a1d0c58"
PROGRAMMES = [
    ("WEWS", "Wheel of Fortune"),
    ("WBNS", "Jeopardy!"),
    ("HDMI2", "PlayStation 5"),
    ("ESPN", "Monday Night Football"),
    ("WJW", "Fox 8 News at 10"),
]


def roku_acr(c: Context) -> Flow:
    b = FB(c, "roku-acr", "POST", "https://acr.sr.roku.com/v2/matches")
    b.header("user-agent", TV_UA)
    b.view("gzip json matches[] (channel, programTitle, startTime, durationSec)")
    # Relabelled by the lead after scoring: Roku OS adds X-Roku-Reserved-Dev-Id to a
    # channel's requests with the channel developer's keyed id (the same on every Roku),
    # not the TV's serial (developer.roku.com: "keyed developer ID"), so it is no device id.
    b.header("x-roku-reserved-dev-id", ROKU_CHANNEL_DEV_ID)
    b.decoy("x-roku-reserved-dev-id: the channel developer's keyed id, the same on every Roku")
    b.json(
        {
            "input": c.rng.choice(["ANTENNA", "HDMI1", "HDMI2"]),
            "matches": [
                {
                    "channel": ch,
                    "programTitle": t,
                    "startTime": iso(c),
                    "durationSec": c.rng.randint(30, 1800),
                }
                for ch, t in c.rng.sample(PROGRAMMES, c.rng.randint(1, 3))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def samba_fingerprints(c: Context) -> Flow:
    b = FB(c, "samba-acr", "POST", "https://acr-us.samba.tv/fp/v3")
    b.header("user-agent", TV_UA)
    b.view("json fp[] fingerprint hashes + window (opaque content match)", detectable=False)
    b.header(
        "x-device",
        b.id(
            "roku_mac", "sha256_of_nosep_upper", "header x-device (sha256 of MAC)", detectable=False
        ),
    )
    b.json(
        {"fp": [b64(c.rng.randbytes(24)) for _ in range(8)], "w": [ms(c) - 30000, ms(c)], "s": 4}
    )
    b.no_content()
    return b.build()


def roku_ad_request(c: Context) -> Flow:
    b = FB(c, "roku-ads", "GET", "https://ads.roku.com/vast/3.0/ad")
    b.header("user-agent", TV_UA)
    b.param("rida", b.id("roku_rida", where="query rida"))
    b.param("lat", "0")
    b.param("channel", "marqueeplus")
    b.param("ad_pod", "midroll_2")
    b.respond(200, "application/xml", b'<VAST version="3.0"><Ad id="1"/></VAST>')
    return b.build()


def roku_watch_report_opaque(c: Context) -> Flow:
    """The Marquee+ Roku channel reports progress as base64(gzip(csv)) under `x`."""
    b = FB(c, "marquee-roku", "POST", "https://api.marqueeplus.example/r/x")
    b.header("user-agent", TV_UA)
    b.view("json x = base64(gzip('title,seconds,ts')) (opaque)", detectable=False)
    row = f"ttl-{c.rng.randint(1000, 9999)},{c.rng.randint(10, 3000)},{ms(c)}"
    b.json(
        {
            "x": b64(gz(row.encode())),
            "r": b.id(
                "roku_rida", where="json r (RIDA, readable shape under 'r')", detectable=False
            ),
        }
    )
    b.no_content()
    return b.build()


def ecp_device_info(c: Context) -> Flow:
    b = FB(c, "ecp", "GET", f"{LAN}/query/device-info", http_version="HTTP/1.1")
    b.header("user-agent", "RokuRemote/10.5 (iOS 17.5.1)")
    ser = b.id("roku_serial", where="response xml serial-number", direction="response")
    mac = b.id("roku_mac", "lower", "response xml wifi-mac", direction="response")
    rida = b.id("roku_rida", where="response xml advertising-id", direction="response")
    xml = (
        f"<device-info><serial-number>{ser}</serial-number><model-name>55R635</model-name>"
        f"<wifi-mac>{mac}</wifi-mac><advertising-id>{rida}</advertising-id>"
        "<friendly-device-name>Living Room TV</friendly-device-name></device-info>"
    )
    b.respond(200, "text/xml; charset=utf-8", xml.encode())
    return b.build()


def ecp_keypress(c: Context) -> Flow:
    key = c.rng.choice(["Home", "Select", "Right", "VolumeUp", "Play"])
    b = FB(c, "ecp", "POST", f"{LAN}/keypress/{key}", http_version="HTTP/1.1")
    b.header("user-agent", "RokuRemote/10.5 (iOS 17.5.1)")
    b.respond(200, None)
    return b.build()


def home_row(c: Context) -> Flow:
    b = FB(c, "roku-home", "GET", "https://api.sr.roku.com/home/v1/featured")
    b.header("user-agent", TV_UA)
    b.decoy("featured free movies row (catalogue)")
    b.ok_json(
        {
            "items": [
                {"title": t, "durationSec": 5400, "rating": "PG-13"} for _, t in PROGRAMMES[:3]
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()
