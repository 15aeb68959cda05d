"""HanamiTV: an anime / K-drama streaming app on the phone and the Android TV box.

Watch logs say `lastPositionMs` / `watchDurationMs`; the TV-box client registers the
box (serial, Ethernet MAC) at login. A protobuf "qos" beacon carries content id,
playhead and device install id under bare field numbers (opaque). Subtitle files,
episode lists and "people also watched" recommendations are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, app_fb, iso, ms, ua

API = "https://api.hanamitv.example"
UA = ua("HanamiTV", "3.9.0")
BOX_UA = "HanamiTV-ATV/3.9.0 (Linux; Android 11; TX9 Pro Build/RP1A)"
TITLES = ["Crash Landing Sa'yo", "Jujutsu Kaisen", "Queen of Tears", "Frieren", "Spy x Family"]


def _b(c: Context, method: str, url: str, box: bool = False) -> FB:
    b = app_fb(c, "hanamitv", method, url, BOX_UA if box else UA)
    b.header("x-hanami-install", b.id("hanami_install", where="header x-hanami-install"))
    return b


def watch_log(c: Context) -> Flow:
    box = c.rng.random() < 0.4
    b = _b(c, "POST", f"{API}/v1/history/watch-log", box)
    b.view("json lastPositionMs / watchDurationMs")
    body = {
        "contentId": f"kd-{c.rng.randint(100, 999)}",
        "title": c.rng.choice(TITLES),
        "ep": c.rng.randint(1, 16),
        "lastPositionMs": c.rng.randint(10, 3500) * 1000,
        "watchDurationMs": c.rng.randint(30, 1200) * 1000,
        "subLang": "fil",
        "loggedAt": iso(c),
    }
    if box:
        body["deviceSn"] = b.id("tvbox_serial", where="json deviceSn (TV box)")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/history?limit=20")
    b.view("response json history[].progressPct", direction="response")
    b.ok_json(
        {
            "history": [
                {
                    "title": c.rng.choice(TITLES),
                    "ep": c.rng.randint(1, 16),
                    "progressPct": c.rng.randint(3, 100),
                    "watchedAt": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def qos_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q", box=True)
    b.view("protobuf fields 1 (content) 3 (playhead ms) 4 (ts)", detectable=False)
    body = pb_msg(
        1,
        [
            pb_bytes(1, f"kd-{c.rng.randint(100, 999)}"),
            pb_varint(2, c.rng.randint(1, 16)),
            pb_varint(3, c.rng.randint(10, 3500) * 1000),
            pb_varint(4, ms(c)),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/register", box=True)
    b.json(
        {
            "deviceType": "ANDROID_TV",
            "serialNo": b.id("tvbox_serial", where="json serialNo"),
            "ethMac": b.id("tvbox_mac", where="json ethMac"),
            "androidId": b.id("aid_hanami", where="json androidId"),
            "account": b.acct("hanami_user"),
        }
    )
    b.ok_json({"registered": True, "slot": 2})
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/reco/also-watched?contentId=kd-{c.rng.randint(100, 999)}")
    b.decoy("'also watched' recommendations: catalogue items, not this person's history")
    b.ok_json({"items": [{"title": t, "score": round(c.rng.random(), 3)} for t in TITLES]})
    return b.build()


def subtitles(c: Context) -> Flow:
    b = FB(
        c, "hanamitv", "GET", f"https://cdn.hanamitv.example/sub/{c.rng.randint(100, 999)}/fil.vtt"
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.decoy("subtitle cues with timestamps (file content, not playback report)")
    b.respond(200, "text/vtt", b"WEBVTT\n\n00:01:02.000 --> 00:01:04.500\nSaranghae, Ji-won.\n")
    return b.build()
