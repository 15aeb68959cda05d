""" "Siang": a JOOX-like music app (Thailand) with an in-house listening history.

JOOX reports plays to its own backend with a device `guid`; the keys here are
the developers' own (songid, play_time, listen_list...). The protobuf play log
has no key names on the wire, so it is labelled not signature-detectable.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.sianghub.com"
SONGS = [
    ("ลาลาลอย", "The TOYS"),
    ("Multo", "Cup of Joe"),
    ("ทน", "Palmy"),
    ("Pasilyo", "SunKissed Lola"),
    ("เพื่อนเล่น ไม่เล่นเพื่อน", "Tilly Birds"),
    ("Museo", "Eliza Maturan"),
]
UA = ua("Siang", "8.4.1")


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-trace", rid(c.rng))


def _song(c: Context) -> tuple[int, str, str]:
    name, singer = c.rng.choice(SONGS)
    return c.rng.randint(1000000, 9999999), name, singer


def play_report(c: Context) -> Flow:
    b = FB(c, "siang", "POST", f"{API}/music/v3/report/play")
    _hdr(b, c)
    sid, name, singer = _song(c)
    b.json(
        {
            "guid": b.id("music_guid", where="body guid"),
            "uin": b.acct("music_user"),
            "songid": sid,
            "song_name": name,
            "singer_name": singer,
            "play_time": c.rng.randint(5000, 240000),
            "duration": 240000,
            "start_ts": ms(c),
            "from": c.rng.choice(["playlist", "search", "radio", "daily_mix"]),
        }
    )
    b.view("body songid/song_name/play_time (play report)")
    b.ok_json({"code": 0})
    return b.build()


def listen_batch(c: Context) -> Flow:
    b = FB(c, "siang", "POST", f"{API}/music/v3/report/batch")
    _hdr(b, c)
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        sid, name, singer = _song(c)
        rows.append(
            {
                "id": sid,
                "t": name,
                "a": singer,
                "listened_ms": c.rng.randint(3000, 240000),
                "at": iso(c),
            }
        )
    b.json({"listen_list": rows, "ver": 2}, "gzip")
    b.view("body listen_list[] (track, artist, listened_ms, at)")
    b.ok_json({"code": 0, "accepted": len(rows)})
    return b.build()


def play_pb(c: Context) -> Flow:
    b = FB(c, "siang", "POST", f"{API}/pb/stat/v1")
    _hdr(b, c)
    sid, name, singer = _song(c)
    body = pb_msg(
        1,
        [
            pb_varint(1, sid),
            pb_bytes(2, name),
            pb_bytes(3, singer),
            pb_varint(4, c.rng.randint(5, 240)),
            pb_varint(5, ms(c)),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf field 1 (track id, title, artist, seconds, time)", detectable=False)
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def recently_played(c: Context) -> Flow:
    b = FB(c, "siang", "GET", f"{API}/music/v3/user/recent", [("num", "30")])
    _hdr(b, c)
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        sid, name, singer = _song(c)
        rows.append({"songid": sid, "song_name": name, "singer_name": singer, "last_play": ms(c)})
    b.ok_json({"recent_songs": rows})
    b.view("response recent_songs[] last_play", direction="response")
    return b.build()


def opaque_stat(c: Context) -> Flow:
    b = FB(c, "siang", "POST", f"{API}/s")
    _hdr(b, c)
    blob = hashlib.shake_256(b"s" + str(c.rng.random()).encode()).digest(c.rng.randint(120, 260))
    b.form([("e", b64(blob)), ("k", "7")])
    b.view("form e (encrypted listening stat)", detectable=False)
    b.no_content()
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "siang", "POST", f"{API}/music/v3/auth/device")
    _hdr(b, c)
    b.form(
        [
            ("device_guid", b.id("music_guid", where="form device_guid")),
            ("android_id", b.id("aid_music", where="form android_id")),
            ("oaid", b.id("ouid", where="form oaid (OPPO OUID)")),
            ("model", "CPH2603"),
            ("country", "th"),
        ]
    )
    b.ok_json({"code": 0, "vip": False})
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, name, _ = _song(c)
    b = FB(c, "siang", "GET", f"{API}/music/v3/lyric", [("songid", str(sid))])
    _hdr(b, c)
    lrc = "\n".join(f"[00:{i * 4:02d}.{c.rng.randint(10, 99)}]{name} ..." for i in range(8))
    b.ok_json({"songid": sid, "lrc": lrc})
    b.decoy("lyrics with timestamps (song id, no play)")
    return b.build()


def chart(c: Context) -> Flow:
    b = FB(c, "siang", "GET", f"{API}/music/v3/chart", [("id", "th_top100")])
    _hdr(b, c)
    rows = [
        {
            "rank": i + 1,
            "songid": c.rng.randint(1000000, 9999999),
            "song_name": s,
            "singer_name": a,
            "plays": c.rng.randint(10**5, 10**7),
        }
        for i, (s, a) in enumerate(SONGS)
    ]
    b.ok_json({"chart": rows, "updated": iso(c)})
    b.decoy("top chart: rank, titles, play counts of everyone")
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.randint(1000000, 9999999)
    b = FB(c, "siang", "GET", f"https://stream.sianghub.com/a/{sid}/320.m4a")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 262144}-")
    b.respond(206, "audio/mp4", hashlib.shake_256(str(sid).encode()).digest(700))
    b.decoy("audio stream range fetch")
    return b.build()
