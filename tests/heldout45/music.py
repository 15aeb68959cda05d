"""A music-streaming app (LINE MUSIC / Melon / Zing MP3-like, own backend)
that also scrobbles to Last.fm: here the listening IS history.

Positives: its play log, the recently-played sync, Last.fm `track.scrobble`
(form POST to ws.audioscrobbler.com/2.0/ with `artist[i]`, `track[i]`,
`timestamp[i]`, `api_key`, `sk`, `api_sig`, per the Last.fm API docs), an
obfuscated play beacon (opaque), and the device registration with the IDFV.
Decoys: charts with play counts, lyrics, audio segments.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_mp4

from .phone import FB, iso, ms, rid, ua

API = "https://api.kikuoto.example"
UA = ua("KikuOto", "2518")
SONGS = [
    ("YOASOBI", "アイドル"),
    ("NewJeans", "Ditto"),
    ("Sơn Tùng M-TP", "Chúng Ta Của Hiện Tại"),
    ("Aimyon", "マリーゴールド"),
    ("IU", "밤편지"),
    ("Hoàng Thùy Linh", "See Tình"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "music", method, API + path)
    b.header("user-agent", UA)
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/saisei-log")  # 再生ログ = play log
    artist, title = c.rng.choice(SONGS)
    b.json(
        {
            "logs": [
                {
                    "track_id": f"t{c.rng.randint(10**6, 10**7)}",
                    "artist": artist,
                    "title": title,
                    "listened_ms": c.rng.randint(30000, 240000),
                    "started_at": iso(c),
                    "source": c.rng.choice(["playlist", "album", "radio"]),
                }
            ]
        }
    )
    b.view("json:logs[].track_id+listened_ms")
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/me/recently-played")
    b.json(
        {
            "items": [
                {
                    "track_id": f"t{c.rng.randint(10**6, 10**7)}",
                    "played_at": ms(c) - i * 200000,
                    "position_ms": c.rng.randint(0, 200000),
                }
                for i in range(c.rng.randint(2, 6))
            ]
        }
    )
    b.view("json:items[].track_id+played_at")
    b.no_content()
    return b.build()


def scrobble(c: Context) -> Flow:
    b = FB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    artist, title = c.rng.choice(SONGS)
    pairs = [
        ("method", "track.scrobble"),
        ("artist[0]", artist),
        ("track[0]", title),
        ("timestamp[0]", str(int(c.now))),
        ("api_key", hashlib.md5(b"kikuoto").hexdigest()),
        ("sk", rid(c.rng).replace("-", "")),
    ]
    pairs.append(
        ("api_sig", hashlib.md5("".join(k + v for k, v in sorted(pairs)).encode()).hexdigest())
    )
    pairs.append(("format", "json"))
    b.form(pairs)
    b.view("form:artist[0]+track[0]+timestamp[0]")
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sb")
    raw = bytes(c.rng.getrandbits(8) for _ in range(96))
    b.set_body(b64(raw).encode(), "text/plain")
    b.view("body: base64 of an encrypted play beacon", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "device_uuid": b.id("idfv_music", where="json:device_uuid"),
            "push_token": b.acct("apns_token"),
            "os": "ios",
            "model": "iPhone15,4",
            "user": b.acct("music_user"),
        }
    )
    b.ok_json({"ok": True, "max_devices": 3})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/charts/daily")
    b.param("region", c.rng.choice(["JP", "KR", "VN"]))
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "artist": a, "title": t, "play_count": c.rng.randint(10**5, 10**7)}
                for i, (a, t) in enumerate(SONGS)
            ]
        }
    )
    b.decoy("daily chart with aggregate play counts (catalogue)")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/tracks/t{c.rng.randint(10**6, 10**7)}/lyrics")
    b.ok_json({"synced": [{"ms": i * 4000, "line": "..."} for i in range(8)], "req": rid(c.rng)})
    b.decoy("synced lyrics with millisecond offsets (catalogue)")
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "music",
        "GET",
        f"https://cdn.kikuoto.example/a/{c.rng.randint(10**6, 10**7)}"
        f"/seg_{c.rng.randint(1, 40)}.m4s",
    )
    b.header("user-agent", UA)
    b.respond(200, "audio/mp4", fake_mp4(c.rng.getrandbits(32), 900))
    b.decoy("audio segment download")
    return b.build()
