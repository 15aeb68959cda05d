""" "Fanverse", a Weverse-like K-pop fan community app: music-video views, live
stream heartbeats (with a concurrent-viewer counter), the paired official
lightstick (BLE), fan posts, votes and a sign-up form.

Invented backend, camelCase with Konglish abbreviations (cnt, seq, yn). The
lightstick sync follows the pattern of official K-pop lightstick apps: the phone
registers the stick's BLE address so that concert seat-sync colours reach it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://gw.fanverse.kr"
MVS = [
    ("mv_88123", "Supernova"),
    ("mv_88300", "Magnetic"),
    ("mv_87011", "How Sweet"),
    ("mv_86420", "Love wins all"),
    ("mv_89001", "APT."),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "fanverse", method, API + path)
    b.header("user-agent", ua("Fanverse", "3.4.0"))
    b.header("x-fv-user", b.acct("fan_user"))
    return b


def mv_view(c: Context) -> Flow:
    vid, title = c.rng.choice(MVS)
    b = _b(c, "POST", f"/media/v1/videos/{vid}/playLog")
    dur = c.rng.randint(150, 260)
    b.json(
        {
            "videoSeq": vid,
            "title": title,
            "playTime": c.rng.randint(5, dur),
            "duration": dur,
            "watchedRatio": rf(c.rng, 0.05, 1.0, 2),
            "replayCnt": c.rng.randint(0, 3),
            "startedAt": iso(c),
        }
    )
    b.view("path video + body.playTime")
    b.ok_json({"viewCnt": c.rng.randint(10**6, 10**8)})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "PUT", "/live/v2/lives/" + f"L{c.rng.randint(1000, 9999)}" + "/heartbeat")
    b.json(
        {
            "watchingSec": c.rng.randint(30, 5400),
            "heartbeatSeq": c.rng.randint(1, 200),
            "quality": "1080p",
            "chatOpenYn": "Y",
            "deviceId": b.id("aid_fan", where="body.deviceId"),
        }
    )
    b.view("path live + body.watchingSec")
    b.ok_json({"concurrentViewers": c.rng.randint(20000, 900000)})
    return b.build()


def replay_list(c: Context) -> Flow:
    b = _b(c, "GET", "/media/v1/me/recentlyWatched?size=10")
    b.ok_json(
        {
            "recentlyWatched": [
                {"videoSeq": v, "title": t, "lastPlayTime": c.rng.randint(1, 200)}
                for v, t in c.rng.sample(MVS, 3)
            ]
        }
    )
    b.view("response.recentlyWatched[]", direction="response")
    return b.build()


def stick_pair(c: Context) -> Flow:
    b = _b(c, "POST", "/lightstick/v1/register")
    b.json(
        {
            "bleAddress": b.sid("stick_mac", "body.bleAddress"),
            "model": "OFFICIAL-LS-VER3",
            "fw": "1.0.7",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def stick_seat(c: Context) -> Flow:
    b = _b(c, "GET", f"/lightstick/v1/seatmap?concert=C24SEOUL&zone={c.rng.choice('ABCDEF')}")
    b.decoy("seat coordinates and colour cues")
    b.ok_json(
        {
            "cues": [
                {
                    "t": i * 500,
                    "rgb": new_hex(c.rng, 6),
                    "xy": [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)],
                }
                for i in range(8)
            ]
        }
    )
    return b.build()


def artist_profile(c: Context) -> Flow:
    b = _b(c, "GET", f"/community/v1/artists/{c.rng.randint(100, 180)}/profile")
    b.decoy("artist profile viewed (not viewing history)")
    b.ok_json({"name": "카리나", "followerCnt": c.rng.randint(10**5, 10**7), "viewedAt": ms(c)})
    return b.build()


def post(c: Context) -> Flow:
    b = _b(c, "POST", "/community/v1/posts")
    b.json(
        {
            "body": c.rng.choice(
                ["컴백 축하해요!!", "오늘 라방 최고 🥹", "see you at the concert"]
            ),
            "clientReqId": rid(c.rng),
        }
    )
    b.ok_json({"postId": new_hex(c.rng, 16)})
    return b.build()


def vote(c: Context) -> Flow:
    b = _b(c, "POST", "/vote/v1/ballots")
    b.decoy("vote counts series")
    b.json({"pollId": "MAMA2024-BEST", "choice": c.rng.randint(1, 10), "tickets": 3})
    b.ok_json({"tally": [c.rng.randint(10000, 999999) for _ in range(10)]})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", "/account/v1/signup/profile")
    b.decoy("self-declared gender and birth year")
    b.json(
        {
            "nickname": "별빛" + str(c.rng.randint(10, 99)),
            "gender": c.rng.choice(["F", "M"]),
            "birthYear": c.rng.randint(1995, 2008),
            "country": "KR",
            "marketingYn": "N",
            "email": b.id("email", where="body.email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def photo(c: Context) -> Flow:
    b = FB(
        c, "fanverse-cdn", "GET", f"https://phinf.fanverse.kr/{new_hex(c.rng, 20)}.jpg?type=w1080"
    )
    b.decoy("artist photo (contains faces, not face data)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
