"""Dalbit TV (달빛TV): a Korean OTT streamer with K-dramas, variety shows and live KBO baseball.

The backend is written the way Korean in-house teams name things: abbreviated
nouns (`cntntId`, `epsdNo`, `chnlId`), `Yn` flags, `Dt` stamps in yyyyMMddHHmmss
KST, and romanised Korean where no English word was at hand (`sichungSec`,
시청 = viewing; `ieobogi`, 이어보기 = continue watching; `jinhaengyul`, 진행률 =
progress). Play logs, heartbeats, the continue-watching list and live-channel
tune-in logs are viewing history; the home rails (인기 순위, a ranking over all
viewers), the concurrent-viewer count, the KBO scoreboard, manifests and search
are not. AppsFlyer carries the launch (GAID, ANDROID_ID, its own uid) and a
custom `play_complete` event.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, js

from .phone import FB, kst14, ms, rf, rid, ua_android

API = "https://api.dalbit-tv.example"
LOG = "https://log.dalbit-tv.example"
UA = ua_android("DalbitTV", "5.8.2")
AF_KEY = "com.dalbit.tv"
SHOWS = [
    ("E0102344", "눈물의 여왕", 16),
    ("E0102871", "선재 업고 튀어", 16),
    ("E0103120", "지옥에서 온 판사", 14),
    ("E0100456", "런닝맨", 730),
    ("E0100871", "나 혼자 산다", 570),
    ("E0103345", "흑백요리사", 12),
]
GAMES = [
    ("20241109LGOB0", "LG vs 두산"),
    ("20241109SSKT0", "삼성 vs KT"),
    ("20241109LTHT0", "롯데 vs KIA"),
]


def _b(c: Context, method: str, url: str, dvc: bool = True) -> FB:
    b = FB(c, "dalbit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if dvc:
        b.header("x-dvc-id", b.id("aid_ott", where="header x-dvc-id"))
    return b


def _show(c: Context) -> tuple[str, str, int, int]:
    cid, title, last = c.rng.choice(SHOWS)
    return cid, title, c.rng.randint(1, last), c.rng.randint(2800, 5400)


def device_regist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dvc/regist", dvc=False)
    b.json(
        {
            "dvcId": b.id("aid_ott", where="json dvcId"),
            "dvcKey": b.id("ott_dvc_key", where="json dvcKey"),
            "adId": b.id("gaid", where="json adId"),
            "dvcMdl": "SM-S921N",
            "osTp": "AOS",
            "osVer": "14",
            "appVer": "5.8.2",
            "telecom": "SKT",
        }
    )
    b.ok_json({"rsltCd": "0000", "rsltMsg": "정상", "memberNo": b.acct("ott_user")})
    return b.build()


def play_log(c: Context) -> Flow:
    cid, title, ep, dur = _show(c)
    pos = c.rng.randint(30, dur)
    b = _b(c, "POST", f"{API}/v3/play/log")
    b.view("json cntntId + sichungSec / lastPos (play log)")
    b.json(
        {
            "memberNo": b.acct("ott_user"),
            "cntntId": f"{cid}-{ep:03d}",
            "cntntNm": f"{title} {ep}화",
            "epsdNo": ep,
            "playStrtDt": kst14(c),
            "sichungSec": min(pos, c.rng.randint(60, 2400)),
            "lastPos": pos,
            "runTm": dur,
            "endYn": "Y" if pos > dur - 120 else "N",
            "qlty": c.rng.choice(["FHD", "HD", "AUTO"]),
        }
    )
    b.ok_json({"rsltCd": "0000"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    cid, _, ep, dur = _show(c)
    b = _b(c, "GET", f"{LOG}/v3/hb")
    b.view("query cid + pos on /v3/hb (player heartbeat)")
    b.param("cid", f"{cid}-{ep:03d}")
    b.param("pos", str(c.rng.randint(10, dur)))
    b.param("st", c.rng.choice(["PLAY", "PAUSE", "SEEK"]))
    b.param("ts", str(ms(c)))
    b.no_content()
    return b.build()


def ieobogi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/ieobogi?size=10")
    b.view("response json ieobogiList[] (continue watching)", direction="response")
    items = []
    for _ in range(c.rng.randint(3, 7)):
        cid, title, ep, dur = _show(c)
        pos = c.rng.randint(60, dur)
        items.append(
            {
                "cntntId": f"{cid}-{ep:03d}",
                "cntntNm": f"{title} {ep}화",
                "lastPosSec": pos,
                "jinhaengyul": round(pos / dur, 2),
                "lastSichungDt": kst14(c),
            }
        )
    b.ok_json({"rsltCd": "0000", "ieobogiList": items})
    return b.build()


def live_tune(c: Context) -> Flow:
    game, name = c.rng.choice(GAMES)
    b = _b(c, "POST", f"{API}/v3/live/tune")
    b.view("json chnlId + tuneInDt / stayMin (live baseball tune-in log)")
    b.json(
        {
            "chnlId": c.rng.choice(["KBO-LIVE1", "KBO-LIVE2", "SPOTV-K"]),
            "gameId": game,
            "gameNm": name,
            "tuneInDt": kst14(c),
            "stayMin": c.rng.randint(3, 190),
            "multiViewYn": c.rng.choice(["Y", "N"]),
        }
    )
    b.no_content()
    return b.build()


def opaque_log(c: Context) -> Flow:
    """The batch logger: rows [cid, pos, dur, ts] gzipped, base64 in a form field `d`."""
    b = FB(c, "dalbit-log", "POST", f"{LOG}/c")
    b.header("user-agent", UA)
    b.view("form d (gzip+base64 rows)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        cid, _, ep, dur = _show(c)
        rows.append([f"{cid}-{ep:03d}", c.rng.randint(1, dur), dur, ms(c)])
    blob = base64.b64encode(gz(js({"v": 4, "r": rows}).encode())).decode()
    b.form([("d", blob), ("z", "1")])
    b.no_content()
    return b.build()


def opaque_cfg(c: Context) -> Flow:
    b = FB(c, "dalbit", "GET", f"{API}/v3/cfg")
    b.header("user-agent", UA)
    b.param("k", b.id("aid_ott", "md5", "query k", detectable=False))
    b.param("v", "582")
    b.ok_json({"abGroup": c.rng.choice(["A", "B"]), "adFreqCap": 3})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={AF_KEY}&buildnumber=6.13.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921N Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("ott_af_uid", where="json uid"),
            "android_id": b.id("aid_ott", where="json android_id"),
            "brand": "samsung",
            "model": "SM-S921N",
            "carrier": "SKTelecom",
            "lang_code": "ko",
            "country": "KR",
            "counter": str(c.rng.randint(2, 90)),
            "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_play(c: Context) -> Flow:
    cid, title, ep, dur = _show(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.13/androidevent?app_id={AF_KEY}&buildnumber=6.13.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921N Build/UP1A.231005.007)")
    b.view("json eventName=play_complete + eventValue af_content_id / watch_sec")
    value = {"af_content_id": f"{cid}-{ep:03d}", "af_content": title, "watch_sec": dur - 30}
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("ott_af_uid", where="json uid"),
            "eventName": "play_complete",
            "eventValue": js(value),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home/rails?profile=1")
    b.decoy("인기 순위 TOP 10 rail with viewCnt: a ranking over all viewers (aggregate)")
    rails = [
        {
            "railNm": "오늘의 TOP 10",
            "items": [
                {
                    "rank": i + 1,
                    "cntntId": s[0],
                    "cntntNm": s[1],
                    "viewCnt": c.rng.randint(10**4, 10**6),
                }
                for i, s in enumerate(SHOWS)
            ],
        },
        {
            "railNm": "지금 뜨는 예능",
            "items": [
                {"cntntId": s[0], "thumb": f"https://img.dalbit-tv.example/{s[0]}.webp"}
                for s in SHOWS[3:]
            ],
        },
    ]
    b.ok_json({"rsltCd": "0000", "rails": rails})
    return b.build()


def concurrent_viewers(c: Context) -> Flow:
    game, name = c.rng.choice(GAMES)
    b = _b(c, "GET", f"{API}/v3/live/{game}/dongsi", dvc=False)
    b.decoy("dongsiJeopsokja: concurrent viewers of a live game (count over all viewers)")
    b.ok_json({"gameId": game, "gameNm": name, "dongsiJeopsokja": c.rng.randint(20000, 400000)})
    return b.build()


def kbo_score(c: Context) -> Flow:
    game, _ = c.rng.choice(GAMES)
    b = _b(c, "GET", f"{API}/v3/sports/kbo/{game}/score", dvc=False)
    b.decoy("inning / pitch counts and timestamps of a live game (sports data)")
    b.ok_json(
        {
            "gameId": game,
            "inning": c.rng.randint(1, 9),
            "topBtm": c.rng.choice(["T", "B"]),
            "score": [c.rng.randint(0, 9), c.rng.randint(0, 9)],
            "pitchCnt": c.rng.randint(40, 140),
            "updDt": kst14(c),
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid, _, ep, _ = _show(c)
    b = FB(c, "dalbit", "GET", f"https://vod.dalbit-tv.example/{cid}/{ep:03d}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.param("tkn", new_hex(c.rng, 32))
    body = "#EXTM3U\n#EXT-X-VERSION:6\n" + "".join(
        f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={r}\n{r.split('x')[1]}p/index.m3u8\n"
        for bw, r in ((1200000, "854x480"), (3500000, "1280x720"), (6500000, "1920x1080"))
    )
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["김수현", "야구", "요리", "변우석"])
    b = _b(c, "GET", f"{API}/v3/search", dvc=False)
    b.param("kwd", q)
    b.decoy("search results with run times (catalogue)")
    b.ok_json(
        {
            "kwd": q,
            "list": [
                {"cntntId": s[0], "cntntNm": s[1], "runTm": c.rng.randint(2800, 5400)}
                for s in SHOWS[:4]
            ],
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    from tests.heldout.wire import fake_jpeg

    b = FB(c, "dalbit", "GET", f"https://img.dalbit-tv.example/{c.rng.choice(SHOWS)[0]}.webp?w=360")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def ad_beacon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ad/imp", dvc=False)
    b.decoy("ad impression with a request id and a creative id (no viewer, no device)")
    b.param("adReqId", rid(c.rng))
    b.param("crtvId", f"CR{c.rng.randint(10**5, 10**6)}")
    b.param("pos", "pre")
    b.param("fillRate", str(rf(c.rng, 0.5, 1, 2)))
    b.no_content()
    return b.build()
