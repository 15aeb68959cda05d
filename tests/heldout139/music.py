"""NhacHay: a Vietnamese music streaming app (V-pop, bolero, K-pop). Its scrobbles
(`da_nghe`), listening history and play events are viewing history (listening
counts); charts, lyrics and search are not. It carries Firebase Analytics.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, builder, iso, ms, rid, ua

API = "https://api.nhachay.example"
UA = ua("NhacHay", "23.8.1")
SONGS = ["Nơi này có anh", "Hãy trao cho anh", "Đi để trở về", "Chúng ta của hiện tại"]
ARTISTS = ["Sơn Tùng M-TP", "Soobin", "Đen Vâu", "Hòa Minzy"]


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "nhachay", method, url, UA)
    b.header("x-nh-session", rid(c.rng))
    return b


def _song(c: Context) -> str:
    return "ZW" + new_hex(c.rng, 6).upper()


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/bai-hat/da-nghe")
    b.header("x-nh-did", b.id("aid_nhac", where="header x-nh-did"))
    b.view("form ma_bai_hat + da_nghe + nghe_luc (scrobble)")
    b.form(
        [
            ("ma_bai_hat", _song(c)),
            ("ten_bai", c.rng.choice(SONGS)),
            ("ca_si", c.rng.choice(ARTISTS)),
            ("da_nghe", str(c.rng.randint(31, 300))),
            ("nghe_luc", str(ms(c) // 1000)),
            ("nguon", c.rng.choice(["playlist", "album", "radio"])),
        ]
    )
    b.ok_json({"err": 0, "msg": "ok"})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/user/listen-history?limit=20")
    b.view("response json data.items[] (recently played)", direction="response")
    b.ok_json(
        {
            "err": 0,
            "data": {
                "items": [
                    {"encodeId": _song(c), "title": c.rng.choice(SONGS), "listenedAt": iso(c)}
                    for _ in range(8)
                ]
            },
        }
    )
    return b.build()


def play_events_packed(c: Context) -> Flow:
    """Batched player events in msgpack with one-letter keys: unreadable by name."""
    b = _b(c, "POST", f"{API}/e/b")
    b.view("msgpack rows [s, t, d] under 'e'", detectable=False)
    rows = [[_song(c), ms(c), c.rng.randint(5, 280)] for _ in range(c.rng.randint(2, 6))]
    b.set_body(mpack({"e": rows, "k": 1}), "application/x-msgpack")
    b.no_content()
    return b.build()


def ga_firebase(c: Context) -> Flow:
    """Firebase Analytics batch (app-instance id under its own key, song in params)."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("json events[song_play].params.song_id + listen_seconds")
    b.json(
        {
            "app_instance_id": b.id("fb_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "song_play",
                    "params": {"song_id": _song(c), "listen_seconds": c.rng.randint(30, 240)},
                    "timestamp_millis": ms(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/bxh/tuan?ma=vpop")
    b.decoy("weekly chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "bxh": [
                {"hang": i + 1, "bai": s, "luot_nghe": c.rng.randint(10**5, 10**7)}
                for i, s in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/loi-bai-hat?ma={_song(c)}")
    b.decoy("timed lyrics (lines with start ms): content, not a listening record")
    b.ok_json({"loi": [{"bat_dau_ms": i * 4200, "cau": f"dòng {i}"} for i in range(1, 9)]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = _b(c, "GET", f"https://stream.nhachay.example/mp3/{_song(c)}/320?range=0-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
