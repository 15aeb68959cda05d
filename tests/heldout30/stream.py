""" "LakornPlus": a TrueID / iWantTFC / Viu-like streaming app (Thai dramas,
Filipino teleseryes) with in-house watch logs and NPAW Youbora analytics.

In-house keys are the developers' own, partly romanised Thai (kan_du = watching,
wela = time, tamnaeng = position, chue_rueang = title) or Tagalog (panonood =
watching, palabas = show, pamagat = title, posisyon, tagal = duration).
Youbora: the open REST API of NPAW's plugins (`/start`, `/ping` with
accountCode, title, mediaDuration, playhead, code, pingTime), as in
NicePeopleAtWork/NicePlayers `youbora-api.js` and the Youbora Open REST API v2.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.lakornplus.tv"
LOG = "https://log.lakornplus.tv"
YB = "https://a-fds.youborafds01.com"
TITLES = [
    ("ทองเอก หมอยา ท่าโฉลง", "th"),
    ("บุพเพสันนิวาส ๒", "th"),
    ("Batang Quiapo", "tl"),
    ("Linlang", "tl"),
    ("Can't Buy Me Love", "tl"),
    ("เกมรักทรยศ", "th"),
]
UA = ua("LakornPlus", "5.18.2")


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-app-version", "5.18.2")
    b.header("x-request-id", rid(c.rng))


def _show(c: Context) -> tuple[str, str, int, int]:
    title, lang = c.rng.choice(TITLES)
    return title, lang, c.rng.randint(1, 48), c.rng.randint(10000, 99999)


def watch_log_th(c: Context) -> Flow:
    b = FB(c, "lakornplus", "POST", f"{LOG}/v2/kan_du")
    _hdr(b, c)
    title, _, ep, cid = _show(c)
    dur = c.rng.randint(2400, 3300)
    row = {
        "content_id": f"drm{cid}",
        "chue_rueang": title,
        "ton_thi": ep,
        "wela_doem": iso(c),
        "tamnaeng": c.rng.randint(30, dur),
        "wela_du": c.rng.randint(60, 900),
        "khwam_yao": dur,
    }
    b.json({"kan_du": [row], "uid": b.acct("stream_user"), "platform": "android"}, "gzip")
    b.view("body kan_du[] (content_id, chue_rueang, ton_thi, tamnaeng)")
    b.no_content()
    return b.build()


def watch_log_tl(c: Context) -> Flow:
    b = FB(c, "lakornplus", "POST", f"{API}/ph/v1/panonood")
    _hdr(b, c)
    title, _, ep, cid = _show(c)
    b.json(
        {
            "panonood": {
                "palabas_id": cid,
                "pamagat": title,
                "episode": ep,
                "posisyon": c.rng.randint(10, 2800),
                "tagal": c.rng.randint(30, 1200),
                "oras": ms(c),
            },
            "device_uuid": b.id("stream_device_uuid", where="body device_uuid"),
        }
    )
    b.view("body panonood{palabas_id, pamagat, episode, posisyon}")
    b.ok_json({"ok": True})
    return b.build()


def youbora_start(c: Context) -> Flow:
    title, _, ep, cid = _show(c)
    code = hashlib.md5(str(c.rng.random()).encode()).hexdigest()[:16]
    params = [
        ("accountCode", "lakornplus"),
        ("title", f"{title} EP{ep}"),
        ("mediaDuration", str(c.rng.randint(2400, 3300))),
        ("mediaResource", f"https://vod.lakornplus.tv/hls/{cid}/master.m3u8"),
        ("playhead", str(c.rng.randint(0, 60))),
        ("code", code),
        ("live", "false"),
        ("player", "ExoPlayer"),
        ("pluginVersion", "6.8.9-ExoPlayer2"),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "youbora", "GET", f"{YB}/start", params)
    b.header("user-agent", UA)
    b.view("query title + mediaResource + playhead (view start)")
    b.no_content()
    return b.build()


def youbora_ping(c: Context) -> Flow:
    code = hashlib.md5(str(c.rng.random()).encode()).hexdigest()[:16]
    params = [
        ("code", code),
        ("pingTime", "5"),
        ("playhead", f"{c.rng.uniform(60, 2900):.3f}"),
        ("bitrate", str(c.rng.choice([1450000, 2800000, 4500000]))),
        ("diffTime", str(c.rng.randint(4980, 5030))),
        ("timemark", str(ms(c))),
    ]
    b = FB(c, "youbora", "GET", f"{YB}/ping", params)
    b.header("user-agent", UA)
    b.view("query playhead/pingTime heartbeat of a view code")
    b.no_content()
    return b.build()


def continue_sync(c: Context) -> Flow:
    b = FB(c, "lakornplus", "PUT", f"{API}/v1/me/continue-watching")
    _hdr(b, c)
    items = []
    for _ in range(c.rng.randint(1, 3)):
        title, _, ep, cid = _show(c)
        items.append(
            {
                "seriesId": cid,
                "seriesTitle": title,
                "episodeNo": ep,
                "progressSec": c.rng.randint(5, 3000),
                "durationSec": 2820,
                "updatedAt": iso(c),
            }
        )
    b.json({"items": items})
    b.view("body items[] seriesTitle/episodeNo/progressSec")
    b.no_content()
    return b.build()


def continue_list(c: Context) -> Flow:
    b = FB(c, "lakornplus", "GET", f"{API}/v1/me/continue-watching", [("limit", "20")])
    _hdr(b, c)
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        title, _, ep, cid = _show(c)
        rows.append(
            {
                "seriesId": cid,
                "seriesTitle": title,
                "episodeNo": ep,
                "watchedSec": c.rng.randint(5, 3000),
                "lastWatchedAt": iso(c),
            }
        )
    b.ok_json({"data": rows})
    b.view("response data[] lastWatchedAt/watchedSec", direction="response")
    return b.build()


def resume_point(c: Context) -> Flow:
    _, _, ep, cid = _show(c)
    params = [
        ("cid", str(cid)),
        ("ep", str(ep)),
        ("pos", str(c.rng.randint(1, 3000))),
        ("dur", "2820"),
        ("ts", str(ms(c))),
    ]
    b = FB(c, "lakornplus", "POST", f"{API}/v1/resume", params, "HTTP/1.1")
    _hdr(b, c)
    b.view("query cid/ep/pos/dur on /resume")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = FB(c, "lakornplus", "POST", f"{LOG}/b")
    b.header("user-agent", UA)
    blob = hashlib.shake_256(str(c.rng.random()).encode()).digest(c.rng.randint(180, 320))
    b.json({"v": 3, "d": b64(blob)})
    b.view("body d (AES blob of the player's session log)", detectable=False)
    b.no_content()
    return b.build()
