"""Koora Live: a football app (Saudi Pro League, Egyptian league) with live
streams. The live player pings a heartbeat every 60 s (match, channel, seconds
watched); the app sends CleverTap "Stream Watched"; score polling, line-ups and
fantasy squads are the decoys (minute-by-minute numbers, player ids, ratings).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from . import engage, sdks
from .phone import FB, ms, rid, ua

API = "https://api.kooralive.com"
MATCHES = [
    ("m88120", "الهلال × النصر"),
    ("m88121", "الأهلي × الزمالك"),
    ("m88133", "الاتحاد × الشباب"),
    ("m88140", "بيراميدز × المصري"),
]


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("KooraLive", "7.2.1"))


def live_heartbeat(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    params = [
        ("m", mid),
        ("ch", c.rng.choice(["ssc1", "ontime", "ad-sports"])),
        ("watched", str(c.rng.randint(1, 95) * 60)),
        ("ts", str(ms(c))),
        ("sid", rid(c.rng)),
    ]
    b = FB(c, "koora", "GET", "https://live.kooralive.com/stream/hb", params)
    _hdr(b)
    b.view("query.m+watched")
    b.no_content()
    return b.build()


def watch_session_end(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = FB(c, "koora", "POST", f"{API}/v2/viewer/sessions")
    _hdr(b)
    b.view("body.viewing")
    body = {
        "viewing": {
            "matchId": mid,
            "startedAt": ms(c) - 3000000,
            "secondsWatched": c.rng.randint(60, 5400),
            "bitrateAvg": 3200,
        },
        "user": b.acct("user_koora"),
    }
    if c.rng.random() < 0.5:
        body["device_id"] = b.id("aid_koora", where="body.device_id")
    b.json(body)
    b.ok_json({"ok": 1})
    return b.build()


def clevertap_stream(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    data = {
        "Match": name,
        "Match ID": mid,
        "Minutes Watched": c.rng.randint(1, 95),
        "Stream Type": "live",
    }
    return engage.clevertap(c, "koora", "Stream Watched", data, view="body[1].evtData")


def scores(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = FB(c, "koora", "GET", f"{API}/v2/matches/{mid}/live")
    _hdr(b)
    b.decoy("live score: minute-by-minute possession series")
    b.ok_json(
        {
            "match": name,
            "minute": c.rng.randint(1, 90),
            "possession": [c.rng.randint(30, 70) for _ in range(18)],
            "shots": [c.rng.randint(0, 3) for _ in range(18)],
            "traceId": rid(c.rng),
        }
    )
    return b.build()


def fantasy(c: Context) -> Flow:
    b = FB(c, "koora", "POST", f"{API}/v2/fantasy/squad")
    _hdr(b)
    b.decoy("fantasy squad: player ids and prices")
    b.set_body(
        jsb(
            {
                "squad": [
                    {
                        "playerId": 1000 + c.rng.randint(1, 900),
                        "price": round(c.rng.uniform(4, 12), 1),
                    }
                    for _ in range(11)
                ],
                "captain": 1043,
            }
        ),
        "application/json",
    )
    b.ok_json({"saved": True})
    return b.build()


def highlights_clip(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = FB(
        c,
        "koora",
        "GET",
        f"https://vod.kooralive.com/highlights/{mid}/goal_{c.rng.randint(1, 4)}.mp4",
    )
    b.decoy("highlight clip fetch")
    b.respond(206, "video/mp4", bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def push_register(c: Context) -> Flow:
    b = FB(c, "koora", "POST", f"{API}/v2/push/register")
    _hdr(b)
    b.json(
        {
            "token": "IQAAAACy" + rid(c.rng).replace("-", ""),
            "provider": "hms",
            "deviceId": b.id("aid_koora", where="body.deviceId"),
            "topics": ["m88120", "saudi-pro-league"],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, "koora")
