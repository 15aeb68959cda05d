"""Melodi (멜로디): a K-pop music streamer, on the daughter's iPhone.

Korean streamers log every stream for royalty settlement (정산): song, seconds
streamed, start time, whether it ended (`strmSec`, `lstnDt`, `endYn`). Those
logs, the "recently played" list and Hackle's `play_song` events are listening
history. The TOP100 chart (ranks and listener counts over everyone), the
user's own playlists (a curation, not a record of listening), time-coded lyrics
and the stream URL are not. Galaxy Buds play through iOS's Bluetooth route:
the app sees only the route name, no address.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, kst14, ms, rf, rid, ua_ios

API = "https://api.melodi.example"
UA = ua_ios("Melodi", "6.12.1")
SONGS = [
    (37145732, "Supernova", "aespa", 178),
    (37225917, "How Sweet", "NewJeans", 219),
    (37524037, "APT.", "로제 & Bruno Mars", 170),
    (36382580, "Love wins all", "아이유", 271),
    (37091488, "Magnetic", "ILLIT", 160),
    (37323944, "Small girl", "이영지", 189),
]


def _b(c: Context, method: str, url: str, dvc: bool = False) -> FB:
    b = FB(c, "melodi", method, url)
    b.header("user-agent", UA)
    b.header("x-mld-member", b.acct("music_user"))
    if dvc:
        b.header("x-mld-idfv", b.id("idfv_music", where="header x-mld-idfv"))
    return b


def strm_log(c: Context) -> Flow:
    sid, name, artist, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v1/strm/log", dvc=True)
    b.view("json strmList[] songId + strmSec / lstnDt (royalty stream log)")
    b.json(
        {
            "strmList": [
                {
                    "songId": sid,
                    "songNm": name,
                    "artistNm": artist,
                    "strmSec": c.rng.randint(60, dur),
                    "lstnDt": kst14(c),
                    "endYn": c.rng.choice(["Y", "N"]),
                    "bitrate": 320,
                    "outRoute": "BluetoothA2DP:Galaxy Buds2 Pro",
                }
            ],
            "strmTp": "ONLINE",
        }
    )
    b.ok_json({"code": "000000"})
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/my/recent?cnt=30")
    b.view("response json recentList[] songId + playDt", direction="response")
    b.ok_json(
        {
            "recentList": [
                {
                    "songId": s,
                    "songNm": n,
                    "artistNm": a,
                    "playDt": kst14(c),
                    "playCnt": c.rng.randint(1, 40),
                }
                for s, n, a, _ in SONGS
            ]
        }
    )
    return b.build()


def offline_pb(c: Context) -> Flow:
    """Offline plays flushed as protobuf rows: field 1 song, 2 seconds, 3 epoch ms."""
    b = _b(c, "POST", f"{API}/v1/o")
    b.view("protobuf rows (field 1 song, 2 seconds, 3 ms)", detectable=False)
    rows = [
        pb_msg(1, [pb_varint(1, s), pb_varint(2, c.rng.randint(30, d)), pb_varint(3, ms(c))])
        for s, _, _, d in c.rng.sample(SONGS, 3)
    ]
    b.set_body(b"".join(rows) + pb_bytes(9, "6.12.1"), "application/x-protobuf")
    b.no_content()
    return b.build()


def hackle_track(c: Context, play: bool) -> Flow:
    b = FB(c, "hackle", "POST", "https://event.hackle.io/api/v2/events")
    b.header("user-agent", "Hackle-iOS-SDK/2.33.0")
    b.header("x-hackle-sdk-key", "fe2c1d0a7b3e4f5a9c6d8e7f1a2b3c4d")
    user = {
        "id": b.id("music_hackle_id", where="json user.id (Hackle device id)"),
        "userId": b.acct("music_user"),
        "deviceId": b.id("idfv_music", where="json user.deviceId"),
    }
    if play:
        sid, name, artist, dur = c.rng.choice(SONGS)
        b.view("json trackEvents[] key=play_song properties song_id / play_sec")
        props = {
            "song_id": sid,
            "song_name": name,
            "artist": artist,
            "play_sec": c.rng.randint(30, dur),
        }
        key = "play_song"
    else:
        b.decoy("A/B exposure event with an experiment key and variation")
        props = {"experiment": "home_banner_v3", "variation": c.rng.choice(["A", "B"])}
        key = "$exposure"
    b.json(
        {
            "user": user,
            "trackEvents": [
                {
                    "insertId": rid(c.rng),
                    "timestamp": ms(c),
                    "eventTypeKey": key,
                    "properties": props,
                }
            ],
        }
    )
    b.ok_json({"success": True})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/chart/top100?type=REALTIME")
    b.decoy("TOP100 chart: ranks and listener counts over all users (aggregate)")
    b.ok_json(
        {
            "chartDt": kst14(c),
            "list": [
                {
                    "rank": i + 1,
                    "songId": s,
                    "songNm": n,
                    "artistNm": a,
                    "lstnrCnt": c.rng.randint(10**4, 10**6),
                }
                for i, (s, n, a, _) in enumerate(SONGS)
            ],
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/my/playlist/{c.rng.randint(1000, 9999)}/songs")
    b.decoy("adding songs to a personal playlist (a curation, not a listening record)")
    b.json({"songIds": [s for s, _, _, _ in c.rng.sample(SONGS, 2)], "plylstNm": "등굣길 🎧"})
    b.ok_json({"code": "000000"})
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, _, _, dur = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v1/song/{sid}/lyric")
    b.decoy("time-coded lyrics (LRC offsets look like playback positions)")
    lines = [
        f"[{t // 60:02d}:{t % 60:02d}.{c.rng.randint(0, 99):02d}]♪" for t in range(10, dur, 17)
    ]
    b.ok_json({"songId": sid, "lrc": "\n".join(lines)})
    return b.build()


def stream_url(c: Context) -> Flow:
    sid, _, _, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v1/song/{sid}/strmUrl?bitrate=320")
    b.decoy("signed stream URL (content fetch)")
    b.ok_json(
        {
            "url": f"https://cdn.melodi.example/a/{sid}.m4a?sig={new_hex(c.rng, 32)}",
            "exp": ms(c) + 600000,
        }
    )
    return b.build()


def device_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/device")
    b.json(
        {
            "idfv": b.id("idfv_music", where="json idfv"),
            "apnsToken": new_hex(c.rng, 64),
            "model": "iPhone15,4",
            "os": "17.6.1",
            "rating": rf(c.rng, 0, 1, 1),
        }
    )
    b.ok_json({"code": "000000", "sessionKey": new_hex(c.rng, 32)})
    return b.build()
