"""Melo: a Melon-like music streaming app on the iPad and on the Galaxy Watch6.

In-house backend (fictional hosts): the per-song streaming log that Korean
music services keep for royalty settlement and "recently played", the watch
app's offline-play upload (Wear OS, so ANDROID_ID, GAID and the watch's serial
and Bluetooth MAC show up), and Firebase Installations as its REST API is
documented (POST firebaseinstallations.googleapis.com/v1/projects/{p}/installations
with `fid`, `appId`, `authVersion: FIS_v2`, `sdkVersion`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, WATCH_UA, iso, ms, rf, rid, ua

API = "https://app.melo.example.kr"
LOG = "https://stlog.melo.example.kr"


def _song(c: Context) -> int:
    return c.rng.randint(30000000, 37999999)


def _b(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "melo", method, url)
    b.header("user-agent", ua("Melo", "60412"))
    if ident:
        b.header("x-melo-cpid", b.id("idfv_melo", "plain", "header x-melo-cpid", detectable=False))
    return b


def stream_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/v4/streaming/log")
    length = c.rng.randint(150, 260)
    b.json(
        {
            "memberKey": b.acct("melo_member"),
            "songId": _song(c),
            "playTime": c.rng.randint(60, length),
            "songLength": length,
            "playType": "STREAMING",
            "startDt": iso(c),
            "bitrate": 320,
            "deviceId": b.id("idfv_melo", "plain", "body deviceId"),
        }
    )
    b.view("body songId + playTime (listening log)")
    b.no_content()
    return b.build()


def recent_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mymusic/v2/recent?type=song&size=50")
    rows = [
        {
            "songId": _song(c),
            "songName": n,
            "artistName": a,
            "playedAt": iso(c),
            "playCnt": c.rng.randint(1, 40),
        }
        for n, a in [("Supernova", "aespa"), ("Magnetic", "ILLIT"), ("How Sweet", "NewJeans")]
    ]
    b.ok_json({"response": {"songList": rows}})
    b.view("response recently played songs with play counts", direction="response")
    return b.build()


def watch_offline_plays(c: Context) -> Flow:
    b = FB(c, "melo-watch", "POST", f"{LOG}/v4/wear/offline-plays")
    b.header("user-agent", WATCH_UA)
    b.header("x-android-id", b.id("watch_aid", "plain", "header x-android-id"))
    plays = [
        {"sid": _song(c), "dur": c.rng.randint(30, 240), "at": ms(c) - i * 200000}
        for i in range(c.rng.randint(2, 6))
    ]
    b.set_body(
        jsb(
            {
                "watchSerial": b.id("watch_serial", "plain", "body watchSerial"),
                "offlinePlays": plays,
            }
        ),
        "application/json",
        "gzip",
    )
    b.view("body offlinePlays[] (song id + seconds played on the watch)")
    b.no_content()
    return b.build()


def watch_register(c: Context) -> Flow:
    b = FB(c, "melo-watch", "POST", f"{API}/device/v1/wearable")
    b.header("user-agent", WATCH_UA)
    b.json(
        {
            "androidId": b.id("watch_aid", "plain", "body androidId"),
            "adid": b.id("watch_gaid", "plain", "body adid"),
            "btMac": b.id("watch_bt", "plain", "body btMac"),
            "serialNo": b.id("watch_serial", "plain", "body serialNo"),
            "model": "SM-R940",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/melo-ios-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSyB-melo-EXAMPLE-key-0000000000000")
    b.header("x-ios-bundle-identifier", "kr.example.melo")
    b.json(
        {
            "fid": b.id("melo_fid", "plain", "body fid"),
            "appId": "1:901234567890:ios:5a1b2c3d4e5f6a7b",
            "authVersion": "FIS_v2",
            "sdkVersion": "i:10.27.0",
        }
    )
    b.ok_json({"name": "projects/901234567890/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/chart/v3/top100?period=HOUR", ident=False)
    b.ok_json(
        {
            "chartList": [
                {
                    "rank": i + 1,
                    "songId": _song(c),
                    "rankGap": c.rng.randint(-5, 5),
                    "likeCnt": c.rng.randint(1000, 300000),
                }
                for i in range(20)
            ]
        }
    )
    b.decoy("top-100 chart (song ids, ranks)")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/song/v1/{_song(c)}/lyric", ident=False)
    b.ok_json({"lyric": "[00:12.30]너의 얼굴이 떠올라\n[00:15.80]목소리가 들려", "sync": True})
    b.decoy("timed lyrics mentioning a face and a voice")
    return b.build()


def album_art(c: Context) -> Flow:
    b = FB(c, "melo", "GET", f"https://cdnimg.melo.example.kr/album/{_song(c)}_500.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    b.decoy("album art")
    return b.build()


def eq_preset(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/setting/v1/eq")
    b.json(
        {"bands": [rf(c.rng, -6, 6, 1) for _ in range(10)], "preset": "custom", "req": rid(c.rng)}
    )
    b.ok_json({"ok": True})
    return b.build()
