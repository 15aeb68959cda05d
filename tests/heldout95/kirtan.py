"""Gurbani Radio: a devotional / kirtan radio app (live Harmandir Sahib kirtan,
katha, bhajans for the Gujarati side of the family), used in Punjab and Canada.

It logs what was listened to in-house with Punjabi keys ("suniya" heard,
"samaan" duration, "shabad" hymn), syncs "recent shabads", and reports sessions
and a "listen" event to Adjust with callback params (sdks.py). Hukamnama text,
the schedule and the live stream's ICY metadata are fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from . import ads
from .phone import FB, iso, ms, ua

HOST = "https://api.gurbaniradio.example.org"
PKG = "org.gurbaniradio.live"
TOKEN = "q7k2x9w4m1ab"
CHANNELS = ["darbar_sahib_live", "katha_24x7", "simran", "bhajan_gu", "anand_sahib"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gurbaniradio", method, HOST + path)
    b.header("user-agent", ua("GurbaniRadio", "5.2.1"))
    return b


def suniya_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/suniya")
    b.view("json:suniya")
    b.json(
        {
            "suniya": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "shabad_id": c.rng.randint(1, 5000),
                    "suniya_samaan_sec": c.rng.randint(30, 5400),
                    "shuru_vela": iso(c),
                }
            ],
            "desh": c.rng.choice(["IN", "CA"]),
        }
    )
    b.no_content()
    return b.build()


def listen_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/listen/session/end")
    b.view("json:channel+listened_seconds")
    b.json(
        {
            "channel": c.rng.choice(CHANNELS),
            "listened_seconds": c.rng.randint(60, 7200),
            "started": ms(c) - 3600000,
            "ended": ms(c),
            "output": c.rng.choice(["speaker", "bt"]),
            "did": b.id("aid_kirtan", where="json:did"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recent_shabads(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/recent")
    b.view("response:json:recentlyPlayed", direction="response")
    b.ok_json(
        {
            "recentlyPlayed": [
                {
                    "shabadId": c.rng.randint(1, 5000),
                    "channel": c.rng.choice(CHANNELS),
                    "playedAt": ms(c) - c.rng.randint(10**5, 10**8),
                    "listenedSec": c.rng.randint(40, 900),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    return ads.adjust(c, PKG, TOKEN)


def adjust_listen(c: Context) -> Flow:
    cb = {"channel": c.rng.choice(CHANNELS), "listen_min": str(c.rng.randint(1, 120))}
    return ads.adjust(c, PKG, TOKEN, event="kx81ra", cb=cb, view=True)


def hukamnama(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/hukamnama/today")
    b.decoy("daily text with page number and date")
    b.ok_json({"ang": c.rng.randint(1, 1430), "date": iso(c)[:10], "raag": "Sorath"})
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/schedule")
    b.params.append(("tz", c.rng.choice(["Asia/Kolkata", "America/Toronto", "America/Vancouver"])))
    b.decoy("programme schedule with start times and durations")
    b.ok_json(
        {
            "items": [
                {"title": "Asa Di Vaar", "start": "04:00", "duration_min": 150},
                {"title": "Rehras Sahib", "start": "18:30", "duration_min": 45},
            ]
        }
    )
    return b.build()


def icy_meta(c: Context) -> Flow:
    b = FB(
        c, "gurbaniradio-stream", "GET", "https://stream.gurbaniradio.example.org/status-json.xsl"
    )
    b.decoy("stream server status with listener counts")
    b.ok_json(
        {"icestats": {"source": {"listeners": c.rng.randint(200, 9000), "title": "Live Kirtan"}}}
    )
    return b.build()
