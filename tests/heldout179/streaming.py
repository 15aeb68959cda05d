"""Fjordplay: her personal streaming app (series and films), with Adjust.

Viewing history: the player's heartbeat (content id, position, state), the
continue-watching list in a response, and an older beacon endpoint that sends
the same heartbeat as a base64 JSON blob under 'b'. Ordinary: the catalogue,
the manifest, the "most watched in Norway" rail, search and the sign-in (her
email is a contact, labelled as such). Adjust's session call carries the
advertising id and ANDROID_ID, and Adjust answers with its adid.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.fjordplay.example"
UA = ua("Fjordplay", "12.3.0")
TITLES = [
    ("ep-skam-s03e04", "Skam S3 E4", 1560),
    ("ep-exit-s02e01", "Exit S2 E1", 2640),
    ("mov-troll", "Troll", 6060),
    ("ep-lilyhammer-s01e05", "Lilyhammer S1 E5", 2820),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fjordplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def heartbeat(c: Context) -> Flow:
    cid, _, length = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/player/v1/heartbeat")
    b.view("json contentId + positionSec + state")
    b.json(
        {
            "profileId": b.acct("stream_profile"),
            "contentId": cid,
            "positionSec": c.rng.randint(0, length),
            "durationSec": length,
            "state": c.rng.choice(["playing", "paused", "playing"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/home/v1/rails/fortsett-a-se")
    b.view("response items[] contentId + progress", direction="response")
    b.ok_json(
        {
            "rail": "Fortsett å se",
            "items": [
                {"contentId": cid, "title": t, "progress": round(c.rng.random(), 2)}
                for cid, t, _ in TITLES[:3]
            ],
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    cid, _, length = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{API}/b")
    b.view("query b (base64 JSON {c, p, s})", detectable=False)
    inner = js({"c": cid, "p": c.rng.randint(0, length), "s": 1})
    b.param("b", b64(inner))
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.0 android")
    b.form(
        [
            ("app_token", "k3vq9x2mw1fk"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_id", b.id("aid_stream", where="form android_id")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
        ]
    )
    b.other_id("stream_adid", "response adid", direction="response")
    adid = str(c.phone.stream_adid)
    b.ok_json({"adid": adid, "timestamp": iso(c)})
    return b.build()


def sign_in(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/login")
    b.json({"email": b.id("email", where="json email"), "password": "•" * 8})
    b.ok_json({"token": new_hex(c.rng, 40), "profiles": 2})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/home/v1/rails/nyheter")
    b.decoy("catalogue rail with durations")
    b.ok_json({"items": [{"contentId": i, "title": t, "durationSec": d} for i, t, d in TITLES]})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/home/v1/rails/mest-sett-i-norge")
    b.decoy("most watched in Norway: aggregate rank and view counts")
    b.ok_json(
        {
            "items": [
                {"contentId": i, "rank": n + 1, "views7d": c.rng.randint(10**4, 10**6)}
                for n, (i, _, _) in enumerate(TITLES)
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = _b(c, "GET", f"https://cdn.fjordplay.example/dash/{cid}/manifest.mpd")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"/>')
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/search/v1?q={c.rng.choice(['troll', 'skam', 'krim'])}")
    b.decoy("search results")
    b.ok_json({"hits": [{"contentId": i, "title": t} for i, t, _ in TITLES], "rid": rid(c.rng)})
    return b.build()
