"""PatternCast: casts test patterns and demo loops to customers' TVs on the bench.

The TV on the bench is a customer's (its serial, MAC and panel hours are the
customer's device). The demo loop's playback reports (position, duration,
loop count) look like a player's heartbeat, but label choice: they record a
shop's test playout on a TV under repair, like a business's proof-of-play, not
a person's viewing, so they are decoys. Colour-meter readings are float series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, mac_of, ms, rf, rid, ua

API = "https://api.patterncast.example"
UA = ua("PatternCast", "2.11.4")
TVS = [
    ("Samsung", "QA65Q80CAWXXY"),
    ("LG", "OLED55C3PSA"),
    ("Sony", "XR-65A80L"),
    ("TCL", "65C745"),
    ("Hisense", "65U8K"),
]
PATTERNS = ["smpte_bars", "pluge", "grey_ramp_10bit", "uniformity_5pct", "dead_pixel_rgbw"]
DEMOS = ["hdr10_demo_reel_4k", "dolby_vision_test_loop", "motion_judder_pan", "burn_in_check"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "patterncast", method, url)
    b.header("user-agent", UA)
    return b


def _customer_tv(c: Context) -> dict[str, object]:
    brand, model = c.rng.choice(TVS)
    return {
        "brand": brand,
        "model": model,
        "serial": f"{c.rng.randint(100, 999)}RM{c.rng.randint(10**5, 10**6)}",
        "mac": mac_of(c.rng, c.rng.choice(["64:E4:A5", "70:2A:D5", "E4:7D:BD"])),
        "panelHours": c.rng.randint(300, 40000),
    }


def cast_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cast/sessions")
    b.decoy("a customer's TV on the repair bench: its serial and MAC (not the tester's TV)")
    b.json({"target": _customer_tv(c), "pattern": c.rng.choice(PATTERNS), "startedAt": iso(c)})
    b.ok_json({"sessionId": rid(c.rng), "ttlSec": 3600})
    return b.build()


def demo_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cast/playback")
    b.decoy("demo-loop playout on a customer's TV under test: a shop's test playback, not viewing")
    dur = c.rng.choice([120, 300, 600])
    b.json(
        {
            "sessionId": rid(c.rng),
            "contentId": c.rng.choice(DEMOS),
            "positionSec": c.rng.randint(0, dur),
            "durationSec": dur,
            "loop": c.rng.randint(1, 30),
            "state": c.rng.choice(["playing", "paused"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def pattern_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/patterns?hdr=1")
    b.decoy("catalogue of test patterns and demo clips (content list)")
    b.ok_json(
        {
            "patterns": [{"id": p, "title": p.replace("_", " ").title()} for p in PATTERNS],
            "demos": [{"id": d, "durationSec": c.rng.choice([120, 300, 600])} for d in DEMOS],
        }
    )
    return b.build()


def colour_readings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/calibration/readings")
    b.decoy("colour-meter readings (x, y, Y per grey step): a float series, no person")
    b.json(
        {
            "meter": "i1Display Pro",
            "steps": [
                {
                    "ire": i * 10,
                    "x": rf(c.rng, 0.30, 0.32),
                    "y": rf(c.rng, 0.32, 0.34),
                    "Y": rf(c.rng, 0.1, 300, 2),
                }
                for i in range(11)
            ],
            "gamma": rf(c.rng, 2.1, 2.5, 3),
        }
    )
    b.ok_json({"deltaE": rf(c.rng, 0.5, 6, 2)})
    return b.build()


def panel_diag(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/diagnostics")
    b.decoy("a customer's TV service-menu dump: panel serial, MAC, hours (customer's device)")
    tv = _customer_tv(c)
    b.json({"tv": tv, "errors": [f"E{c.rng.randint(100, 999)}"], "backlightLevel": 38})
    b.ok_json({"ok": True})
    return b.build()
