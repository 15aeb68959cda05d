"""聽歌 TengGo: a Hong Kong music streaming app (the manager's own).

Backend keys are Cantonese in Jyutping / Yale without tones (`teng` 聽 listen,
`go` 歌 song, `go_meng` 歌名, `go_sau` 歌手 singer, `teng_zo_miu` 聽咗秒 seconds
listened, `geiluk` 記錄 record) and the recently played answer is keyed
最近播放. Analytics go to CleverTap (a1 endpoint, `z` account in the query, a JSON
array whose first element is the `meta` header with the SDK's own device id
under the bare key `g`; the App Launched header also sends `af` app fields with
`GoogleAdID`; events carry `evtName` / `evtData`). A compact play log goes
out as msgpack rows of bare numbers.

Charts (everyone's play counts), lyrics with their time positions and the
audio chunks themselves are content, not her listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import SB, iso, ms, rid, ua

API = "https://api.tenggo.example"
UA = ua("TengGo", "3.22.0")
CT_ACCOUNT = "W8K-R74-7Z6Z"
SONGS = [
    (50211, "海闊天空", "Beyond", 326),
    (50377, "富士山下", "陳奕迅", 259),
    (50412, "紅日", "李克勤", 281),
    (50498, "喜帖街", "謝安琪", 274),
    (50533, "光輝歲月", "Beyond", 297),
    (50610, "葡國雞", "澳門樂隊 Lotus Kids", 212),
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "tenggo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def _ct(c: Context) -> SB:
    b = SB(
        c,
        "clevertap",
        "POST",
        f"https://sg1.clevertap-prod.com/a1?os=Android&t=60500&z={CT_ACCOUNT}&ts={int(c.now)}",
    )
    b.header("user-agent", UA)
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a26-" + new_hex(c.rng, 3))
    return b


def _meta(b: SB, c: Context) -> dict[str, object]:
    return {
        "g": b.id("tenggo_ct_id", where="json [0].g (CleverTap meta, bare key)", detectable=False),
        "type": "meta",
        "id": CT_ACCOUNT,
        "tk": "a26-" + new_hex(c.rng, 3),
        "l_ts": int(c.now) - c.rng.randint(600, 90000),
        "f_ts": 1730532000,
        "ct_pi": "Identity",
        "ddnd": False,
        "frs": False,
        "rtl": [],
    }


def clevertap_launch(c: Context) -> Flow:
    b = _ct(c)
    meta = _meta(b, c)
    meta["af"] = {
        "Build": "3220",
        "Version": "3.22.0",
        "OS Version": "14",
        "SDK Version": 60500,
        "GoogleAdID": b.id("gaid", where="json [0].af.GoogleAdID"),
        "GoogleAdIDLimit": False,
        "Make": "samsung",
        "Model": "SM-S9110",
        "Carrier": "CTM",
        "OS": "Android",
        "wdt": 2.83,
        "hgt": 6.14,
        "dpi": 480,
        "cc": "mo",
    }
    event = {
        "type": "event",
        "evtName": "App Launched",
        "evtData": {},
        "s": int(c.now) - 3,
        "pg": 1,
        "ep": int(c.now),
    }
    b.json([meta, event], ctype="application/json; charset=utf-8")
    b.ok_json({"g": "ok"})
    return b.build()


def clevertap_song_played(c: Context) -> Flow:
    sid, name, singer, length = c.rng.choice(SONGS)
    b = _ct(c)
    b.view("json evtName Song Played + evtData 歌名/歌手/Listened Sec")
    event = {
        "type": "event",
        "evtName": "Song Played",
        "evtData": {"歌名": name, "歌手": singer, "Song ID": sid, "Listened Sec": length},
        "s": int(c.now) - c.rng.randint(60, 900),
        "pg": c.rng.randint(2, 9),
        "ep": int(c.now),
        "n": "PlayerActivity",
    }
    b.json([_meta(b, c), event], ctype="application/json; charset=utf-8")
    b.ok_json({"g": "ok"})
    return b.build()


def clevertap_charts_viewed(c: Context) -> Flow:
    b = _ct(c)
    b.decoy("CleverTap event about a chart page (no song played)")
    event = {
        "type": "event",
        "evtName": "Chart Viewed",
        "evtData": {"Chart": c.rng.choice(["粵語熱榜", "新歌榜", "澳門榜"])},
        "s": int(c.now) - 40,
        "pg": 2,
        "ep": int(c.now),
    }
    b.json([_meta(b, c), event], ctype="application/json; charset=utf-8")
    b.ok_json({"g": "ok"})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "android_id": b.id("aid_tenggo", where="json android_id"),
            "user": b.acct("tenggo_user"),
            "model": "SM-S9110",
            "push": "fcm:" + new_hex(c.rng, 60),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def teng_geiluk(c: Context) -> Flow:
    sid, name, singer, length = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v2/teng/geiluk")
    b.view("json go_meng/go_sau/teng_zo_miu (listening record)")
    b.json(
        {
            "go_id": sid,
            "go_meng": name,
            "go_sau": singer,
            "teng_zo_miu": c.rng.randint(30, length),
            "coengdou": length,
            "lai_jyun": c.rng.choice(["gobaan", "tuizin", "wan"]),
            "sigaan": iso(c),
        }
    )
    b.no_content()
    return b.build()


def zeoi_gan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ngo/zeoi_gan_bo_fong?limit=20")
    b.view("response json 最近播放[] (recently played)", direction="response")
    rows = [
        {"go_id": s, "go_meng": n, "go_sau": g, "bo_fong_si": iso(c)}
        for s, n, g, _ in c.rng.sample(SONGS, 4)
    ]
    b.ok_json({"最近播放": rows})
    return b.build()


def play_log_opaque(c: Context) -> Flow:
    """msgpack [song, seconds, ts] rows: bare numbers, no key names."""
    b = _b(c, "POST", f"{API}/v2/m")
    b.view("msgpack rows of numbers", detectable=False)
    rows = [
        [c.rng.choice(SONGS)[0], c.rng.randint(20, 320), ms(c)] for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/paai_hong_bong?bong=jyut")
    b.decoy("排行榜 chart with everyone's play counts")
    b.ok_json(
        {
            "排行榜": [
                {"go_id": s, "go_meng": n, "go_sau": g, "bo_fong_ci": c.rng.randint(10**4, 10**7)}
                for s, n, g, _ in SONGS
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, name, _, length = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v2/go_ci/{sid}")
    b.decoy("歌詞 lyric lines with time positions (content)")
    b.ok_json(
        {
            "go_meng": name,
            "coengdou": length,
            "lines": [{"waizi_ms": i * 4200, "text": f"第{i}句"} for i in range(1, 6)],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = SB(
        c,
        "tenggo",
        "GET",
        f"https://audio.tenggo.example/aac/{sid}/{c.rng.randint(0, 12)}.m4s?tk={rid(c.rng)[:8]}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
