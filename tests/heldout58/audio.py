""" "Mellow" (a Melon / Genie-like music app) and "PodPod" (podcasts and
audiobooks).

Mellow's stream-log is a form POST per song, as Korean music services report
each play for royalty settlement (the Korea Music Copyright Association pays per
stream, so every play with its duration is logged server-side); recently-played
is synced as JSON. Keys are invented (cType, menuId, playTime: a Melon-like
abbreviation style). PodPod is invented; the e-book reading position it also
syncs is not viewing history (the project's convention), and neither is the
"song embedding" vector of its recommender.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, floats_b64

from .phone import FB, floats, iso, ms, rid, ua

MELLOW = "https://m.api.mellow.co.kr"
POD = "https://api.podpod.kr"
SONGS = ["37301458", "36966223", "37145732", "37520011", "36397952", "35008345"]


def _m(c: Context, method: str, path: str) -> FB:
    b = FB(c, "mellow", method, MELLOW + path)
    b.header("user-agent", ua("Mellow", "6.12.1"))
    return b


def stream_log(c: Context) -> Flow:
    b = _m(c, "POST", "/m6/log/streaming.json")
    total = c.rng.randint(150, 260)
    b.form(
        [
            ("cType", "1"),
            ("songId", c.rng.choice(SONGS)),
            ("menuId", "1000000" + str(c.rng.randint(10, 99))),
            ("playTime", str(c.rng.randint(30, total))),
            ("totalTime", str(total)),
            ("bitrate", "320"),
            ("dKey", b.sid("melon_mkey", "form.dKey", detectable=False)),
            ("memberKey", b.acct("melon_user")),
            ("logDt", iso(c)),
        ]
    )
    b.view("form.songId+playTime")
    b.ok_json({"RESPONSE": {"STATUS": "0"}})
    return b.build()


def recent_sync(c: Context) -> Flow:
    b = _m(c, "POST", "/m6/mymusic/recentlistened/sync.json")
    b.header("x-android-id", b.id("aid_melon", how="md5", where="header.x-android-id"))
    b.json(
        {
            "recentSongs": [
                {
                    "songId": s,
                    "lastListenedAt": ms(c) - i * 200000,
                    "listenCnt": c.rng.randint(1, 40),
                }
                for i, s in enumerate(c.rng.sample(SONGS, 4))
            ]
        }
    )
    b.view("body.recentSongs[]")
    b.ok_json({"RESPONSE": {"STATUS": "0"}})
    return b.build()


def chart(c: Context) -> Flow:
    b = _m(c, "GET", "/m6/chart/realtime/list.json?startIndex=1&pageSize=50")
    b.decoy("chart ranks")
    b.ok_json(
        {
            "CHARTLIST": [
                {"songId": s, "rank": i + 1, "rankGap": c.rng.randint(-5, 5)}
                for i, s in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _m(c, "GET", f"/m6/song/lyrics.json?songId={c.rng.choice(SONGS)}")
    b.decoy("timed lyrics")
    b.ok_json({"lyricLines": [{"ms": i * 3500, "text": "la la la"} for i in range(6)]})
    return b.build()


def reco(c: Context) -> Flow:
    b = _m(c, "POST", "/m6/reco/similar.json")
    b.decoy("song embedding vector (no face context)")
    b.json({"seedSongId": c.rng.choice(SONGS), "songEmbedding": floats(c.rng, 64), "topK": 20})
    b.ok_json({"songs": SONGS[:3]})
    return b.build()


def _p(c: Context, method: str, path: str, dev: bool = True) -> FB:
    b = FB(c, "podpod", method, POD + path)
    b.header("user-agent", ua("PodPod", "2.9.4"))
    if dev:
        b.header("x-install-id", b.sid("pod_install", "header.x-install-id"))
    return b


def episode_progress(c: Context) -> Flow:
    b = _p(c, "PATCH", f"/v1/episodes/ep{c.rng.randint(10000, 99999)}/progress")
    b.json(
        {
            "listenedSeconds": c.rng.randint(10, 4000),
            "durationSeconds": 4200,
            "playbackRate": c.rng.choice([1.0, 1.25, 1.5]),
            "finished": False,
            "at": iso(c),
        }
    )
    b.view("path episode + body.listenedSeconds")
    b.ok_json({"ok": True})
    return b.build()


def audiobook_chapter(c: Context) -> Flow:
    b = _p(c, "POST", "/v1/audiobooks/listening-sessions")
    b.json(
        {
            "bookId": f"AB{c.rng.randint(1000, 9999)}",
            "chapterNo": c.rng.randint(1, 30),
            "startOffsetSec": c.rng.randint(0, 1800),
            "endOffsetSec": c.rng.randint(1800, 3600),
            "narrator": "성우 김민지",
            "device": "phone",
        }
    )
    b.view("body.bookId+chapter+offsets")
    b.ok_json({"sessionId": rid(c.rng)})
    return b.build()


def listen_history_opaque(c: Context) -> Flow:
    b = _p(c, "POST", "/v1/sync/blob")
    b.set_body(
        b64(bytes(c.rng.getrandbits(8) for _ in range(220))).encode(), "application/octet-stream"
    )
    b.view("body (sealed sync blob of the listening history)", detectable=False)
    b.no_content()
    return b.build()


def ebook_position(c: Context) -> Flow:
    b = _p(c, "PUT", f"/v1/ebooks/EB{c.rng.randint(1000, 9999)}/position", dev=False)
    b.decoy("e-book reading position (not viewing history)")
    b.json(
        {
            "cfi": f"/6/{c.rng.randint(2, 40)}!/4/2/1:{c.rng.randint(0, 400)}",
            "percent": c.rng.randint(1, 99),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def podcast_search(c: Context) -> Flow:
    b = _p(c, "GET", "/v1/search?q=%EA%B2%BD%EC%A0%9C&type=show", dev=False)
    b.decoy("search results")
    b.ok_json(
        {
            "shows": [
                {"id": f"sh{i}", "title": "경제 이야기", "episodes": c.rng.randint(10, 500)}
                for i in range(3)
            ]
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "podpod-cdn", "GET", f"https://cdn.podpod.kr/covers/{c.rng.randint(1, 99999)}.webp")
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + floats_b64([1.0]).encode())
    return b.build()
