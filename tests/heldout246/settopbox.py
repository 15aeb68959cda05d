"""The DTH hybrid set-top box in the Visakhapatnam house (a Tata Play-like "Disha
Play" Android TV box, DP-HD4K).

The box identifies itself by its serial (`stbSerialNo`), its Ethernet MAC and
the number of its viewing card (`vcNo`, the smart card). Its audience
measurement posts channel-tune events (LCN, channel, dwell seconds); the
"recently watched" rail comes back from the server; an older component uploads
return-path data as gzip'd pipe-separated lines keyed by an MD5 of the bare MAC.
The programme guide, the account balance with its pack validity, the channel
packs with prices and the box's software check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import TB, iso, ms, rf

API = "https://api.dishaplay.example"
AUD = "https://audience.dishaplay.example"
UA = "DishaPlay-STB/4.2.7 (Android TV 11; DP-HD4K)"
CHANNELS = [
    (114, "Star Maa HD"),
    (118, "ETV Telugu HD"),
    (121, "Zee Telugu HD"),
    (125, "Gemini TV HD"),
    (133, "TV9 Telugu"),
    (137, "SVBC"),
    (141, "ETV Cinema"),
    (176, "Star Sports 1 Telugu"),
]


def _b(c: Context, method: str, url: str) -> TB:
    b = TB(c, "dishaplay-stb", method, url)
    b.header("user-agent", UA)
    b.header("x-subscriber-id", b.acct("stb_subscriber"))
    return b


def boot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v1/boot")
    b.json(
        {
            "stbSerialNo": b.id("stb_serial", where="json stbSerialNo"),
            "vcNo": b.id("stb_vc", where="json vcNo"),
            "ethMac": b.id("stb_mac", where="json ethMac"),
            "model": "DP-HD4K",
            "swVer": "4.2.7",
            "casVer": "NGR-6.3",
        }
    )
    b.ok_json({"status": "ACTIVE", "region": "AP-VSKP", "packs": ["Telugu Value HD"]})
    return b.build()


def channel_tune(c: Context) -> Flow:
    b = TB(c, "dishaplay-stb", "POST", f"{AUD}/v1/events")
    b.header("user-agent", UA)
    b.view("json events[] CHANNEL_TUNE (lcn, channel, dwellSec)")
    events = []
    for _ in range(c.rng.randint(1, 4)):
        lcn, name = c.rng.choice(CHANNELS)
        events.append(
            {
                "type": "CHANNEL_TUNE",
                "lcn": lcn,
                "channel": name,
                "startTs": ms(c),
                "dwellSec": c.rng.randint(5, 3600),
            }
        )
    b.json({"vcNo": b.id("stb_vc", where="json vcNo"), "events": events})
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/recent")
    b.param("vc", b.id("stb_vc", where="query vc"))
    b.view("response json recent[] (channels watched, minutes)", direction="response")
    b.ok_json(
        {
            "recent": [
                {
                    "lcn": lcn,
                    "channel": name,
                    "lastWatched": iso(c),
                    "minutes": c.rng.randint(2, 180),
                }
                for lcn, name in c.rng.sample(CHANNELS, 4)
            ]
        }
    )
    return b.build()


def rpd_opaque(c: Context) -> Flow:
    b = TB(c, "dishaplay-stb", "POST", "https://rpd.dishaplay.example/u")
    b.header("user-agent", "rpd/2.0")
    b.header("x-b", b.id("stb_mac", "md5_of_nosep", "header x-b", detectable=False))
    b.view("gzip text lines ts|lcn|seconds (no names)", detectable=False)
    lines = [
        f"{ms(c)}|{c.rng.choice(CHANNELS)[0]}|{c.rng.randint(5, 3600)}"
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(("\n".join(lines) + "\n").encode(), "text/plain", "gzip")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    lcn, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/epg/v2/{lcn}?hours=6")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "channel": name,
            "events": [
                {"title": t, "start": t0 + i * 3600, "duration": 3600}
                for i, t in enumerate(["Varthalu", "Serial", "Cinema", "Comedy Show"])
            ],
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/v1/balance")
    b.decoy("recharge balance and pack validity days")
    b.ok_json(
        {
            "balance": rf(c.rng, 20, 900, 2),
            "currency": "INR",
            "validityDays": c.rng.randint(1, 30),
            "nextRecharge": iso(c)[:10],
        }
    )
    return b.build()


def packs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/v1/packs?lang=telugu")
    b.decoy("channel pack prices and durations")
    b.ok_json(
        {
            "packs": [
                {"name": "Telugu Value HD", "price": 399, "duration": "30 days", "channels": 212},
                {"name": "Telugu Smart", "price": 299, "duration": "30 days", "channels": 180},
                {"name": "Sports Add-on", "price": 79, "duration": "30 days", "channels": 9},
            ]
        }
    )
    return b.build()


def sw_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/sw?model=DP-HD4K&ver=4.2.7")
    b.ok_json({"latest": "4.2.9", "sha256": new_hex(c.rng, 64), "mandatory": False})
    return b.build()
