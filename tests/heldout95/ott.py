"""Chalchitra: an Indian OTT (JioCinema / ZEE5 / SonyLIV / Hoichoi-like) with
Hindi, Punjabi, Gujarati, Kannada and Malayalam catalogues.

Its in-house watch log names keys in romanised Hindi and regional words
("dekha" watched, "samay" time, "bhaag"/"kadi" episode, Gujarati "joyu", Kannada
"nodide", Malayalam "kandu", Punjabi "dekhiya"); the player also flushes
CleverTap "Video Watched" events, MoEngage and Firebase video events, and asks
Google IMA for pre-rolls (see sdks.py for those formats). Thumbnails, rails,
search and HLS segments are fetches, not history.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow

from . import ads, sdks
from .phone import FB, iso, ms, rid, ua

HOST = "https://api.chalchitra.example.in"
PKG = "in.chalchitra.ott"
SHOWS = [
    ("Rab Ne Mila Di", "pa", 24),
    ("Kadak Chai Diaries", "hi", 40),
    ("Mane Mane Kathe", "kn", 18),
    ("Kayal Theerangal", "ml", 12),
    ("Garba Nights", "gu", 10),
    ("Dilli Dhadkan", "hi", 52),
]


def _show(c: Context) -> tuple[str, str, int, str]:
    name, lang, eps = c.rng.choice(SHOWS)
    return name, lang, c.rng.randint(1, eps), "cc_" + hashlib.md5(name.encode()).hexdigest()[:10]


def _base(c: Context, method: str, path: str, sdk: str = "chalchitra") -> FB:
    b = FB(c, sdk, method, HOST + path)
    b.header("user-agent", ua("Chalchitra", "24.11.3"))
    b.header("x-session-id", rid(c.rng))
    return b


def watch_log_hi(c: Context) -> Flow:
    name, lang, ep, cid = _show(c)
    b = _base(c, "POST", "/v3/dekha/log")
    dur = c.rng.randint(1200, 2800)
    b.view("json:dekha[0]")
    b.json(
        {
            "user": c.phone.ott_user,
            "dekha": [
                {
                    "kadi_id": cid,
                    "naam": name,
                    "bhaag": ep,
                    "bhasha": lang,
                    "dekha_samay": c.rng.randint(60, dur),
                    "kul_samay": dur,
                    "shuru": iso(c),
                    "khatam": c.rng.random() < 0.3,
                }
            ],
            "src": "player",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def watch_log_regional(c: Context) -> Flow:
    _, lang, ep, cid = _show(c)
    word = {"gu": "joyu", "kn": "nodide", "ml": "kandu", "pa": "dekhiya"}.get(lang, "dekhna")
    b = _base(c, "PUT", f"/v2/{lang}/{word}")
    b.view(f"json:{word}_list")
    b.json(
        {
            f"{word}_list": [
                {
                    "content_id": cid,
                    "episode_no": ep,
                    "pos_sec": c.rng.randint(30, 2500),
                    "ts": ms(c),
                }
            ],
            "profile": "bade_papa",
        }
    )
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    _, lang, ep, cid = _show(c)
    b = _base(c, "POST", "/playback/hb")
    b.view("json:(hb content_id + playhead)")
    b.json(
        {
            "evt": "hb",
            "content_id": cid,
            "ep": ep,
            "playhead_ms": c.rng.randint(10, 2400) * 1000,
            "interval_s": 30,
            "bitrate": c.rng.choice([800, 1800, 3500]),
            "lang": lang,
            "play_session": rid(c.rng),
        }
    )
    b.ok_json({"next": 30})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _base(c, "POST", "/v1/user/cw/sync")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        _, _, ep, cid = _show(c)
        items.append(
            {"cid": cid, "ep": ep, "progress_pct": c.rng.randint(3, 97), "last_seen": ms(c)}
        )
    b.view("json:continueWatching")
    b.json({"continueWatching": items})
    b.ok_json({"synced": len(items)})
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    name, lang, ep, cid = _show(c)
    ev = {
        "evtName": "Video Watched",
        "evtData": {
            "Content ID": cid,
            "Show Name": name,
            "Episode": ep,
            "Language": lang,
            "Watch Duration": c.rng.randint(30, 2400),
            "Percent Watched": c.rng.randint(1, 100),
        },
    }
    return sdks.clevertap(c, "ott", "aid_ott", [ev], True)


def clevertap_browse(c: Context) -> Flow:
    ev = {
        "evtName": "Rail Clicked",
        "evtData": {
            "Rail": c.rng.choice(["Trending", "Punjabi Hits"]),
            "Position": c.rng.randint(1, 12),
        },
    }
    return sdks.clevertap(c, "ott", "aid_ott", [ev], False)


def firebase_video(c: Context) -> Flow:
    name, _, _, cid = _show(c)
    params = {
        "video_title": name,
        "video_id": cid,
        "video_current_time": c.rng.randint(10, 2400),
        "video_percent": c.rng.choice([10, 25, 50, 75, 90]),
    }
    return sdks.firebase(c, PKG, [("video_progress", params)], True)


def opaque_qos(c: Context) -> Flow:
    """The player's QoS beacon: an AES blob under `d` (holds the watch position, unreadable)."""
    b = _base(c, "POST", "/q/b")
    b.view("json:d (encrypted)", detectable=False)
    blob = hashlib.shake_256(rid(c.rng).encode()).digest(180)
    b.json({"v": 3, "d": base64.b64encode(blob).decode(), "k": c.rng.randint(1, 9)})
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _base(c, "POST", "/v1/device/register")
    b.json(
        {
            "deviceId": b.id("aid_ott", where="json:deviceId"),
            "platform": "android",
            "deviceModel": "23117RA68G",
            "fcmToken": c.phone.fcm_token,
            "appVersion": "24.11.3",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def ima_preroll(c: Context) -> Flow:
    return ads.ima(c, PKG, "/21665149170/chalchitra_android/preroll", _show(c)[3])
