"""A music and audiobook app ("Yunyin Music" with its "Tingshu" audiobook tab).

- Listen logs shaped like NetEase Cloud Music's weblog (see the open-source
  NeteaseCloudMusicApi `scrobble` module and go-musicfox's ScrobbleService): form
  field `logs` holding a JSON array of `{"action":"play","json":{id,type,time,end,
  source,sourceId,wifi,download}}`; the app's own eapi variant sends `params` as AES
  hex (opaque). Its cookie carries `deviceId`, `os`, `appver`, `channel`, `MUSIC_U`.
- Audiobook play statistics shaped like Ximalaya's (`trackId`, `albumId`,
  `playedSecs`, `breakSecond`) with the `1&_device=android&<uuid>&<ver>` cookie.
- JPush (Aurora) report `POST stats.jpush.cn/v3/report` (docs.jiguang.cn): device
  info with android_id; the RegistrationID is a push token (not a device id).
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, jsb

from .phone import FB, dalvik, ms, rid, ua

API = "https://interface.yunyin-music.cn"
XM = "https://mobile.tingshu-fm.cn"
UA = ua("YunyinMusic", "9.1.65")


def _cookie(b: FB, c: Context) -> None:
    b.other_id("nc_device", "cookie:deviceId")
    b.header(
        "cookie",
        f"deviceId={c.phone.nc_device}; os=android; appver=9.1.65; osver=14; "
        f"mobilename={c.phone.model}; buildver={int(c.now)}; channel=xiaomi; "
        f"MUSIC_U={b.acct('music_uid')}00{rid(c.rng).replace('-', '')}",
    )
    b.header("user-agent", UA)


def _song(c: Context) -> int:
    return c.rng.randint(10**6, 2 * 10**9)


def weblog_play(c: Context) -> Flow:
    b = FB(c, "yunyin", "POST", f"{API}/api/feedback/weblog")
    _cookie(b, c)
    logs = [
        {
            "action": "play",
            "json": {
                "id": str(_song(c)),
                "type": "song",
                "wifi": 1,
                "download": 0,
                "time": c.rng.randint(20, 320),
                "end": c.rng.choice(["playend", "ui", "interrupt"]),
                "source": c.rng.choice(["list", "dailySongRecommend", "album"]),
                "sourceId": str(c.rng.randint(10**8, 10**10)),
                "mainsite": "1",
            },
        }
    ]
    b.form([("logs", json.dumps(logs, separators=(",", ":"), ensure_ascii=False))])
    b.view("body:logs[].json (action play, time)")
    b.ok_json({"code": 200, "data": "success"})
    return b.build()


def eapi_weblog(c: Context) -> Flow:
    """The app's eapi path: the same log, AES-encrypted into a hex `params`."""
    b = FB(c, "yunyin", "POST", f"{API}/eapi/feedback/weblog")
    _cookie(b, c)
    blob = "".join(c.rng.choice("0123456789ABCDEF") for _ in range(c.rng.randint(300, 700)))
    b.form([("params", blob)])
    b.view("body:params (eapi AES)", detectable=False)
    b.ok_json({"code": 200})
    return b.build()


def audiobook_stat(c: Context) -> Flow:
    b = FB(c, "tingshu", "POST", f"{XM}/mobile-playpage/statistics/v2/track/play")
    b.other_id("xm_device", "cookie:1&_device")
    b.header(
        "cookie",
        f"1&_device=android&{c.phone.xm_device}&9.2.12; channel=xiaomi; impl=com.tingshu.fm",
    )
    b.header("user-agent", ua("Tingshu", "9.2.12"))
    dur = c.rng.randint(600, 3600)
    b.json(
        {
            "trackId": c.rng.randint(10**8, 10**9),
            "albumId": c.rng.randint(10**7, 10**8),
            "duration": dur,
            "playedSecs": c.rng.randint(30, dur),
            "breakSecond": c.rng.randint(0, dur),
            "startedAt": ms(c) - 900000,
            "endedAt": ms(c),
            "playSource": 31,
            "playType": 0,
            "listenScene": "sleep",
        }
    )
    b.view("body:trackId/playedSecs/breakSecond")
    b.ok_json({"ret": 0, "msg": "0"})
    return b.build()


def listen_history(c: Context) -> Flow:
    b = FB(
        c, "tingshu", "GET", f"{XM}/nyx/history/query/v2", [("pageSize", "20"), ("ts", str(ms(c)))]
    )
    b.header("user-agent", ua("Tingshu", "9.2.12"))
    rows = [
        {
            "albumId": c.rng.randint(10**7, 10**8),
            "albumTitle": c.rng.choice(["三国演义", "明朝那些事儿", "凡人修仙传", "郭德纲相声"]),
            "trackId": c.rng.randint(10**8, 10**9),
            "tingshu_jindu": c.rng.randint(0, 3600),
            "endedAt": ms(c) - c.rng.randint(10**5, 10**9),
        }
        for _ in range(5)
    ]
    b.ok_json({"ret": 0, "data": {"listenModelList": rows}})
    b.view("response:data.listenModelList[]", direction="response")
    return b.build()


def podcast_ping(c: Context) -> Flow:
    b = FB(
        c,
        "tingshu",
        "GET",
        "https://xdcs.tingshu-fm.cn/p.gif",
        [
            ("e", "t5"),
            ("x", str(c.rng.randint(10**8, 10**9))),
            ("s", str(c.rng.randint(1, 1800))),
            ("r", str(c.rng.random())[:10]),
        ],
    )
    b.header("user-agent", ua("Tingshu", "9.2.12"))
    b.view("query:x/s (listen pixel)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def jpush_report(c: Context) -> Flow:
    b = FB(c, "jpush", "POST", "https://stats.jpush.cn/v3/report", http_version="HTTP/1.1")
    aid = b.id("aid_music", where="body:content[].android_id")
    b.json(
        {
            "platform": "a",
            "itime": int(c.now),
            "content": [
                {
                    "type": "android_device_info",
                    "registration_id": b.acct("jpush_rid"),
                    "android_id": aid,
                    "imei": "",
                    "mac": "",
                    "model": c.phone.model,
                    "manufacturer": "Xiaomi",
                    "os_version": "14",
                    "sdk_ver": "5.4.0",
                    "network_type": "wifi",
                    "timezone": "+8",
                    "language": "zh_CN",
                }
            ],
        }
    )
    b.header("user-agent", dalvik())
    b.header("authorization", "Basic " + "MjZhYmNkZWY6c2VjcmV0")
    b.decoy("JPush RegistrationID (push token, not a device id)")
    b.ok_json({"code": 0})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(
        c,
        "yunyin",
        "GET",
        f"{API}/api/song/lyric",
        [("id", str(_song(c))), ("lv", "-1"), ("tv", "-1")],
    )
    _cookie(b, c)
    lines = "\n".join(
        f"[{m:02d}:{s:02d}.{c.rng.randint(0, 99):02d}]一句歌词"
        for m in range(2)
        for s in (5, 25, 45)
    )
    b.ok_json({"code": 200, "lrc": {"version": 3, "lyric": lines}})
    b.decoy("lyrics with timestamps (content fetch)")
    return b.build()


def song_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "yunyin",
        "GET",
        f"https://m{c.rng.randint(701, 804)}.yunyin-cdn.cn/{rid(c.rng)[:8]}/obj/song.mp3",
    )
    b.header("user-agent", UA)
    b.respond(206, "audio/mpeg", fake_wav(c.rng.randint(0, 10**6), 700))
    b.decoy("audio file fetch")
    return b.build()


def playlist(c: Context) -> Flow:
    b = FB(c, "yunyin", "POST", f"{API}/api/v6/playlist/detail")
    _cookie(b, c)
    b.form([("id", str(c.rng.randint(10**8, 10**10))), ("n", "30")])
    tracks = [
        {"id": _song(c), "dt": c.rng.randint(120000, 320000), "name": "歌曲"} for _ in range(8)
    ]
    b.respond(
        200,
        "application/json",
        jsb({"code": 200, "playlist": {"tracks": tracks, "playCount": 123456}}),
    )
    b.decoy("playlist with track durations and play count")
    return b.build()


def login_email(c: Context) -> Flow:
    b = FB(c, "yunyin", "POST", f"{API}/api/login")
    _cookie(b, c)
    email = b.id("email", where="body:username")
    b.form(
        [
            ("username", email),
            ("password", rid(c.rng).replace("-", "")[:32]),
            ("rememberLogin", "true"),
        ]
    )
    b.ok_json({"code": 200, "account": {"id": int(c.phone.music_uid)}})
    return b.build()
