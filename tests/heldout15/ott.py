"""An Indian OTT app (Hotstar / JioCinema style, "StreamVeda"): Conviva and
Youbora (NPAW) playback analytics, its own watch history, continue-watching
sync and the live-cricket concurrency heartbeat, Google IMA ad requests.

Sources: Conviva's `CwsSessionHb` heartbeat (keys t, cid, clid, sid, seq, pver,
clv, iid, st, sst, vid, an, pn, lv, tags, evs; decompiled Conviva Android SDK
com.conviva.session.Session.makeHeartbeat, as on GitHub); Youbora / NPAW
`/start` and `/ping` query parameters (accountCode, title, mediaDuration,
playhead, bitrate, pingTime: NPAW "Youbora API" docs); Google IMA / GAM ad tag
parameters (iu, sz, rdid, idtype=adid, is_lat: Google Ad Manager "VAST ad tag
URL parameters"). The app's own backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rf, ua

API = "https://api.streamveda.in"
TITLES = [
    ("1260088512", "Aarya S3 E4", 2710),
    ("1260131277", "Panchayat S3 E2", 2460),
    ("1271003991", "Jawan", 9780),
    ("1260190022", "Kota Factory S3 E5", 2215),
    ("1270099812", "Sita Ramam (Telugu)", 9890),
]
MATCHES = [("IPL2024-M43", "MI vs CSK"), ("IPL2024-M44", "RCB vs KKR"), ("WC24-S8-3", "IND vs AUS")]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "streamveda", method, url, params)
    b.header("user-agent", ua("StreamVeda", "24.11.4"))
    b.header("x-sv-platform", "android")
    return b


def _dev(b: FB) -> None:
    b.header("x-sv-device-id", b.id("ott_device", where="header x-sv-device-id"))


def conviva_hb(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(TITLES)
    b = FB(c, "conviva", "POST", "https://streamveda.cws.conviva.com/0/wsg")
    b.header("user-agent", dalvik())
    b.view("json CwsSessionHb an/tags.contentId + pht")
    seq = c.rng.randint(1, 60)
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": new_hex(c.rng, 40),
            "clid": b.id("conviva_clid", where="json clid"),
            "sid": c.rng.randint(10**8, 2**31),
            "seq": seq,
            "pver": "2.5",
            "clv": "4.0.39",
            "iid": 0,
            "st": seq * 20000,
            "sst": ms(c) - seq * 20000,
            "vid": b.acct("ott_user"),
            "an": f"[{cid}] {title}",
            "pn": "ExoPlayer",
            "lv": False,
            "pht": c.rng.randint(0, dur * 1000),
            "tags": {"contentId": cid, "contentType": "EPISODE", "c3.cm.name": title},
            "evs": [{"t": "CwsStateChangeEvent", "seq": seq, "st": seq * 20000, "new": {"ps": 3}}],
        }
    )
    b.ok_json({"err": "ok", "clid": "", "cfg": {"hbi": 20, "maxhbinfos": 2}})
    return b.build()


def youbora_start(c: Context) -> Flow:
    _, title, dur = c.rng.choice(TITLES)
    params = [
        ("code", "U_" + new_hex(c.rng, 16)),
        ("accountCode", "streamvedadev"),
        ("title", title),
        ("mediaDuration", str(dur)),
        ("playhead", "0"),
        ("live", "false"),
        ("player", "ExoPlayer2"),
        ("pluginVersion", "6.8.9-ExoPlayer2-Android"),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "youbora", "GET", "https://a-fds.youborafds01.com/start", params)
    b.header("user-agent", dalvik())
    b.view("query title + mediaDuration (/start)")
    b.no_content()
    return b.build()


def youbora_ping(c: Context) -> Flow:
    params = [
        ("code", "U_" + new_hex(c.rng, 16)),
        ("pingTime", "5"),
        ("playhead", str(rf(c.rng, 10, 5000, 3))),
        ("bitrate", str(c.rng.choice([400000, 800000, 1600000]))),
        ("throughput", str(c.rng.randint(900000, 9000000))),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "youbora", "GET", "https://a-fds.youborafds01.com/ping", params)
    b.header("user-agent", dalvik())
    b.view("query playhead (/ping heartbeat)")
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/um/v3/watch-history")
    _dev(b)
    b.view("json contentId + watchedSeconds")
    b.json(
        {
            "contentId": cid,
            "watchedSeconds": c.rng.randint(30, dur),
            "totalSeconds": dur,
            "lang": c.rng.choice(["hi", "ta", "te"]),
            "updatedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/um/v3/users/me/continue-watching")
    _dev(b)
    b.view("json cw[].contentId + resumeAt")
    items = [
        {"contentId": t[0], "resumeAt": c.rng.randint(60, t[2]), "duration": t[2]}
        for t in c.rng.sample(TITLES, 3)
    ]
    b.json({"cw": items, "profileId": "p1"})
    b.ok_json({"saved": len(items)})
    return b.build()


def cricket_heartbeat(c: Context) -> Flow:
    match, name = c.rng.choice(MATCHES)
    b = _b(c, "POST", "https://live.streamveda.in/v1/concurrency/heartbeat")
    _dev(b)
    b.view("json matchId + streamPosition (live heartbeat)")
    b.json(
        {
            "matchId": match,
            "title": name,
            "streamPosition": c.rng.randint(60, 14000),
            "feed": c.rng.choice(["hindi", "english", "tamil"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"concurrency": c.rng.randint(10**6, 5 * 10**7), "next": 30})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "https://t.streamveda.in/b")
    b.view("encrypted blob p", detectable=False)
    b.json({"v": 3, "k": c.rng.randint(1, 9), "p": b64(c.rng.randbytes(180))})
    b.no_content()
    return b.build()


def ima_ad(c: Context) -> Flow:
    params = [
        ("iu", "/21830968352/streamveda/android/preroll"),
        ("sz", "640x360"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("rdid", ""),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("correlator", new_digits(c.rng, 16, "4")),
    ]
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads", params)
    b.params[5] = ("rdid", b.id("gaid", where="query rdid"))
    b.header("user-agent", dalvik())
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.1"/>')
    return b.build()


def login_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/um/v3/devices/register")
    _dev(b)
    b.json(
        {
            "androidId": b.id("aid_ott", where="json androidId"),
            "model": "23129RN51X",
            "os": "Android 14",
            "app": "24.11.4",
        }
    )
    b.ok_json({"deviceToken": new_hex(c.rng, 48), "maxScreens": 1})
    return b.build()
