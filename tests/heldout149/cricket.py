"""CricStream: a cricket streaming app (IPL, PSL, ILT20 from Dubai) on the Samsung phone.

The player sends Conviva-like heartbeats from its own SDK (`sessionId`,
`playheadSec`, `assetName`), the app logs "watched match" for its highlights
feed in romanised Urdu/Hindi keys (`dekha`), and Adjust carries the advertising
id and its own adid. Ball-by-ball scorecards (number series), the fixtures
list, fantasy-team saves and the live viewer count are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.cricstream.example"
UA = android_ua("CricStream", "12.4.2")
MATCHES = [
    "ILT20 MI Emirates v Gulf Giants",
    "PSL Lahore Qalandars v Karachi Kings",
    "IPL CSK v RCB",
    "Asia Cup PAK v IND",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cricstream", method, url)
    b.header("user-agent", UA)
    b.header("x-did", b.id("aid_cricket", where="header x-did (ANDROID_ID)"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "https://qos.cricstream.example/hb")
    b.view("json {assetName, playheadSec, playerState} player heartbeat")
    b.json(
        {
            "sessionId": rid(c.rng),
            "assetName": c.rng.choice(MATCHES),
            "live": True,
            "playheadSec": c.rng.randint(10, 14000),
            "playerState": "playing",
            "bitrateKbps": c.rng.choice([800, 1800, 3500]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def dekha(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/user/dekha")
    b.view("json {match, kitni_der_dekha_min} highlights watched")
    b.json(
        {
            "match": c.rng.choice(MATCHES),
            "clip": f"hl_{c.rng.randint(100, 999)}",
            "kitni_der_dekha_min": c.rng.randint(1, 40),
            "waqt": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", UA)
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid (Adjust id)")),
            ("android_id", b.id("aid_cricket", where="form android_id")),
            ("event_token", "x7k2pq"),
            ("created_at", iso(c)),
            ("app_token", "7qz1m4k0ab3c"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def opaque_qos(c: Context) -> Flow:
    b = _b(c, "GET", "https://qos.cricstream.example/p.gif")
    b.param("e", b64(f"{new_hex(c.rng, 4)}|{c.rng.randint(10, 14000)}"))
    b.view("query e=base64(match|seconds) pixel", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def hashed_device(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/entitlement")
    b.header("x-s", b.id("aid_cricket", "sha1", "header x-s (SHA-1 of ANDROID_ID)", False))
    b.ok_json({"plan": "premium", "expires": iso(c)})
    return b.build()


def scorecard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/match/{c.rng.randint(1000, 9999)}/balls")
    b.decoy("ball-by-ball series: overs, runs, speeds (numbers, not viewing)")
    b.ok_json(
        {
            "balls": [
                [round(o / 6, 1), c.rng.choice([0, 1, 1, 2, 4, 6]), rf(c.rng, 110, 150, 1)]
                for o in range(60)
            ]
        }
    )
    return b.build()


def fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fixtures?series=ilt20")
    b.decoy("fixtures list with start times (content fetch)")
    b.ok_json({"fixtures": [{"match": m, "start": iso(c), "venue": "Dubai"} for m in MATCHES]})
    return b.build()


def live_viewers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/live/viewers")
    b.decoy("concurrent viewers of the match (aggregate over all viewers)")
    b.ok_json({"match": c.rng.choice(MATCHES), "watching": c.rng.randint(10**5, 10**7)})
    return b.build()


def fantasy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fantasy/team")
    b.json({"players": [c.rng.randint(1, 300) for _ in range(11)], "captain": 7})
    b.ok_json({"teamId": rid(c.rng)})
    return b.build()
