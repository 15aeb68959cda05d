"""Bongoflix: a Bangladeshi OTT (natok / dramas, films, live cricket) on the phone
and on the living-room Android TV box.

The in-house player team writes Banglish keys: `natok_id`, `dekha_sec` (seconds
watched), `obosthan` (position), `shesh` (finished), and a `cholche_dekha`
(continue watching) rail. The TV box logs in with its serial and Wi-Fi MAC. A
compact resume beacon gzips its rows and base64s them under `d` (opaque). The
"sobcheye beshi dekha" (most watched) rail, the catalogue, the HLS manifest and
the live scorecard are not viewing history. AppsFlyer carries the advertising id.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, bd_time, ms, rid, ua

API = "https://api.bongoflix.example"
UA = ua("Bongoflix", "4.12.1")
BOX_UA = "Bongoflix-TV/4.12.1 (Linux; Android 11; X96 Max Plus)"
TITLES = [
    ("nt_5521", "Ekannoborti Poribar"),
    ("nt_6180", "Bachelor Point S5"),
    ("fl_0932", "Hawa"),
    ("fl_1177", "Poran"),
    ("nt_7034", "Kacher Manush Dure Thuiya"),
    ("fl_1402", "Surongo"),
]


def _b(c: Context, method: str, url: str, on_box: bool = False, with_id: bool = True) -> FB:
    """Phone calls of the player and account carry the ANDROID_ID; rails and the box do not."""
    b = FB(c, "bongoflix", method, url)
    b.header("user-agent", BOX_UA if on_box else UA)
    b.header("x-bf-token", b64(rid(c.rng)))
    if with_id and not on_box:
        b.header("x-device-id", b.id("aid_bongo", where="header x-device-id"))
    return b


def _title(c: Context) -> tuple[str, str, int]:
    tid, name = c.rng.choice(TITLES)
    return tid, name, c.rng.randint(1500, 8400)


def watch_progress(c: Context) -> Flow:
    tid, name, dur = _title(c)
    b = _b(c, "POST", f"{API}/v3/player/progress")
    b.view("json natok_id + dekha_sec + obosthan (Banglish watch progress)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "natok_id": tid,
            "shironam": name,
            "obosthan": pos,
            "dekha_sec": min(pos, c.rng.randint(60, 1800)),
            "mot_dorgho": dur,
            "shesh": pos > dur - 120,
            "somoy": bd_time(c.now),
        }
    )
    b.ok_json({"thik_ache": True})
    return b.build()


def box_progress(c: Context) -> Flow:
    """The TV box's player: its serial in the query, playback event in the body."""
    tid, _, dur = _title(c)
    b = _b(c, "POST", f"{API}/tv/v2/khela/ghotona", on_box=True)
    b.param("box", b.id("box_serial", where="query box"))
    b.view("json ghotona=pause|play with natok_id, obosthan (TV box player event)")
    b.json(
        {
            "ghotona": c.rng.choice(["play", "pause", "resume", "stop"]),
            "natok_id": tid,
            "obosthan": c.rng.randint(0, dur),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home/cholche-dekha?profile=ammu")
    b.view("response cholche_dekha[] with obosthan (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        tid, name, dur = _title(c)
        rows.append({"natok_id": tid, "shironam": name, "obosthan": c.rng.randint(60, dur)})
    b.ok_json({"cholche_dekha": rows})
    return b.build()


def live_cricket_join(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/join")
    b.view("json live channel tuning (channel, joined_at, left_at)")
    b.json(
        {
            "channel": c.rng.choice(["t-sports-live", "bpl-live-1", "gtv-cricket"]),
            "match": "BAN vs SL, 2nd ODI",
            "joined_at": bd_time(c.now - c.rng.randint(60, 3000)),
            "left_at": bd_time(c.now),
        }
    )
    b.no_content()
    return b.build()


def resume_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b")
    b.view("gzip+base64 rows under d", detectable=False)
    rows = [[c.rng.choice(TITLES)[0], c.rng.randint(10, 8000), ms(c)] for _ in range(3)]
    b.json({"d": b64(gz(json.dumps(rows).encode())), "v": 3})
    b.no_content()
    return b.build()


def box_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tv/v2/device/login", on_box=True)
    b.json(
        {
            "device_serial": b.id("box_serial", where="json device_serial"),
            "wifi_mac": b.id("box_mac", where="json wifi_mac"),
            "model": "X96 Max Plus",
            "pair_code": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"session": b64(rid(c.rng)), "user": b.acct("bongo_user")})
    return b.build()


def box_heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/tv/hb", on_box=True)
    b.param("k", b.id("box_mac", "md5", where="query k (md5 of Wi-Fi MAC)", detectable=False))
    b.param("t", str(ms(c)))
    b.no_content()
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/sobcheye-beshi-dekha?week=48", with_id=False)
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    rows = [
        {"natok_id": t, "shironam": n, "dekha_hoyeche": c.rng.randint(10**4, 10**6)}
        for t, n in TITLES
    ]
    b.ok_json({"rail": rows})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalog?category=natok&page={c.rng.randint(1, 6)}", with_id=False)
    b.decoy("catalogue with durations and thumbnails (content fetch)")
    items = []
    for _ in range(6):
        tid, name, dur = _title(c)
        items.append({"id": tid, "title": name, "dorgho": dur, "thumb": f"{API}/img/{tid}.webp"})
    b.ok_json({"items": items})
    return b.build()


def manifest(c: Context) -> Flow:
    tid, _, _ = _title(c)
    b = FB(c, "bongoflix", "GET", f"https://vod.bongoflix.example/{tid}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.decoy("stream manifest fetch (not a watch report)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def scorecard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/scorecard?match=ban-sl-odi2", with_id=False)
    b.decoy("live cricket scorecard: runs per over series")
    b.ok_json(
        {
            "over_runs": [c.rng.randint(0, 14) for _ in range(c.rng.randint(10, 40))],
            "dorshok": c.rng.randint(20000, 900000),
        }
    )
    return b.build()


def appsflyer(c: Context) -> Flow:
    url = "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=com.bongoflix.app&buildnumber=6.12.2"
    b = FB(c, "appsflyer", "POST", url)
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; Primo RX9)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("bongo_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "eventName": c.rng.choice(["af_subscribe", "app_open", "af_login"]),
            "brand": "WALTON",
            "model": "Primo RX9",
            "lang": "বাংলা",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()
