"""Khel Batori (খেল বাতৰি): a cricket scores and live-stream app (the son's realme in Guwahati).

The app's own events use romanised Assamese (`khel` = match, `sua` =
watching, `somoy` = time, `obosthan` = position) and its "watched
highlights" list comes back with Assamese-script keys (`চোৱা_ভিডিঅ'`).
AppsFlyer sees launches (advertiserId, uid, android_id) and
`af_content_view` events naming the highlight watched. A stats beacon
packs stream position in a base64 pipe-delimited string. Live scores,
ball-by-ball commentary, the points table, push topics and the fantasy
mini-game's camera pose are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.khelbatori.example"
UA = ua("KhelBatori", "6.0.3", "bhai")
AF = "api/v6.13/androidevent?app_id=com.khelbatori.app&buildnumber=6.13.0"
MATCHES = [
    ("m9101", "Assam vs Odisha, Ranji Trophy"),
    ("m9114", "IND vs AUS, 3rd T20I"),
    ("m9120", "Guwahati Titans vs Barsapara XI"),
    ("m9133", "IND W vs ENG W, 1st ODI"),
]
CLIPS = [
    ("h71", "Riyan Parag 78 off 41"),
    ("h72", "Bumrah 4/17 spell"),
    ("h73", "Last-over finish at Barabati"),
    ("h74", "Top 10 catches of the week"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khelbatori", method, url)
    b.header("user-agent", UA)
    b.header("x-kb-user", b.acct("khel_user"))
    return b


def _af(c: Context, host: str, event: str | None, clip: tuple[str, str] | None = None) -> FB:
    b = FB(c, "appsflyer", "POST", f"https://{host}.appsflyer.com/{AF}")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; RMX3636 Build/TP1A.220905.001)")
    body = {
        "advertiserId": b.id("gaid_bhai", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("khel_af_uid", where="json uid"),
        "android_id": b.id("aid_khel", where="json android_id"),
        "appsflyerKey": "Tn4sPq8ZxW2cVb7J",
        "af_timestamp": str(ms(c)),
        "brand": "realme",
        "model": "RMX3636",
        "lang_code": "as",
        "country": "IN",
        "counter": str(c.rng.randint(2, 90)),
    }
    if event:
        body["eventName"] = event
        if clip:
            body["eventValue"] = js(
                {
                    "af_content_id": clip[0],
                    "af_content_type": "highlight",
                    "af_content": clip[1],
                    "watch_seconds": c.rng.randint(20, 300),
                }
            )
        else:
            body["eventValue"] = js({"af_level": "fantasy", "score": c.rng.randint(10, 300)})
    b.json(body)
    b.ok_json({"ok": True})
    return b


def appsflyer_launch(c: Context) -> Flow:
    return _af(c, "launches", None).build()


def appsflyer_view(c: Context) -> Flow:
    clip = c.rng.choice(CLIPS)
    b = _af(c, "inapps", "af_content_view", clip)
    b.view("json eventValue (JSON string: af_content, watch_seconds)")
    return b.build()


def appsflyer_game(c: Context) -> Flow:
    return _af(c, "inapps", "af_level_achieved").build()


def stream_heartbeat(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v2/sua/hridspandan")
    b.view("json khel_id/khel_naam/obosthan_sec/sua_somoy (romanised Assamese)")
    b.json(
        {
            "khel_id": mid,
            "khel_naam": name,
            "obosthan_sec": c.rng.randint(60, 14000),
            "sua_somoy": c.rng.randint(30, 300),
            "gunman": c.rng.choice(["auto", "720p"]),
            "somoy": iso(c),
        }
    )
    b.no_content()
    return b.build()


def suwa_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mor/suwa")
    b.view("response json চোৱা_ভিডিঅ'[] (watched highlights with time)", direction="response")
    rows = [
        {"চিনাকি": cid, "শিৰোনাম": t, "চোৱা_সময়": ms(c) - c.rng.randint(600, 4 * 86400) * 1000}
        for cid, t in c.rng.sample(CLIPS, 3)
    ]
    b.ok_json({"চোৱা_ভিডিঅ'": rows})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    mid, _name = c.rng.choice(MATCHES)
    raw = f"{mid}|{c.rng.randint(60, 14000)}|{c.rng.randint(30, 300)}|{ms(c)}"
    b = _b(c, "GET", f"{API}/s?q={b64(raw).replace('=', '')}")
    b.view("query q = base64 pipe string (match|position|seconds|time)", detectable=False)
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/score/{mid}")
    b.ok_json(
        {
            "khel": name,
            "run": c.rng.randint(40, 320),
            "wicket": c.rng.randint(0, 9),
            "over": rf(c.rng, 5, 49.5, 1),
        }
    )
    return b.build()


def commentary(c: Context) -> Flow:
    mid, _name = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/commentary/{mid}?since={ms(c) - 60000}")
    b.decoy("ball-by-ball timestamps")
    b.ok_json({"balls": [{"ov": "12.3", "text": "FOUR! চাৰি ৰান", "ts": ms(c)}]})
    return b.build()


def points_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/table/ranji-2024")
    b.ok_json({"table": [{"team": "Assam", "pts": 19}, {"team": "Odisha", "pts": 14}]})
    return b.build()


def fantasy_pose(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/game/replay")
    b.decoy("camera pose and yaw/pitch of the 3D mini-game")
    b.json(
        {
            "camera": {
                "pos": [rf(c.rng, -5, 5, 2), 2.4, rf(c.rng, -20, 20, 2)],
                "yaw": rf(c.rng, -90, 90, 1),
                "pitch": rf(c.rng, -15, 5, 1),
            },
            "shot": c.rng.choice(["cover_drive", "pull", "sweep"]),
            "run_id": rid(c.rng),
        }
    )
    b.ok_json({"score": c.rng.randint(0, 6)})
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push/topic")
    b.json({"topics": ["assam", "ind"], "lang": "as"})
    b.ok_json({"ok": True})
    return b.build()
