"""TaiHei 睇戲: a Hong Kong streaming app (TVB-style dramas, Cantonese films). Its
backend keys are romanised Cantonese, some Jyutping (tai2 gwo3 -> "taigwo",
睇過 = watched; gei3 luk6 -> "geiluk", 記錄 = record), some Hong Kong
government style (tai dou -> "taiDo", 睇到 = watched up to), a few in Chinese
characters. ATT was denied, so its device registration carries the zeroed IDFA.

Sources: NPAW / Youbora analytics plugin requests (/start, /ping, /stop with
system, code, title, mediaDuration, playhead, rendition; NPAW plugin docs and
the open-source youbora-lib); the zeroed IDFA under ATT denial (Apple
ASIdentifierManager.advertisingIdentifier documentation).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ZERO_IDFA, cfnet, ios_ua, iso, ms, rid

API = "https://api.taihei.hk"
UA = ios_ua("TaiHei", "3.8.1")
PIN = [
    ("P88102", "使徒行者4", 2700),
    ("P88517", "新聞女王2", 2640),
    ("P90233", "九龍城寨之圍城", 7500),
    ("P90871", "毒舌大狀", 8160),
    ("P77015", "法證先鋒6", 2580),
]


def _pin(c: Context) -> tuple[str, str, int, int]:
    pid, name, dur = c.rng.choice(PIN)
    return pid, name, dur, c.rng.randint(20, dur)


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "taihei", method, API + path)
    b.header("user-agent", UA)
    b.header("accept-language", "zh-Hant-HK")
    return b


def taigwo(c: Context) -> Flow:
    """Watched-list write (Jyutping keys)."""
    pid, name, dur, pos = _pin(c)
    b = _base(c, "POST", "/api/v3/taigwo/geiluk")
    b.header("x-sitbei", b.id("idfv_taihei", where="header x-sitbei (設備 device)"))
    b.json(
        {
            "jungwu": b.acct("taihei_user"),
            "pin_id": pid,
            "pin_meng": name,
            "tai_dou": pos,
            "cheung_dou": dur,
            "si_gaan": ms(c),
        }
    )
    b.view("body pin_meng/tai_dou (片名, 睇到)")
    b.ok_json({"code": 0})
    return b.build()


def progress_zh(c: Context) -> Flow:
    """Progress sync with Chinese-character keys."""
    pid, name, dur, pos = _pin(c)
    b = _base(c, "PATCH", f"/api/v3/play/{pid}")
    b.json({"節目": name, "播放進度": pos, "總長度": dur, "更新時間": iso(c)})
    b.view("body 節目/播放進度 (programme + playback progress)")
    b.no_content()
    return b.build()


def taigan(c: Context) -> Flow:
    """'Watching now' shelf (睇緊, tai gan) as a GET with ids in the query."""
    b = _base(c, "GET", "/api/v3/taigan/sync")
    items = [_pin(c) for _ in range(c.rng.randint(2, 4))]
    b.param("pin", ",".join(i[0] for i in items))
    b.param("taiDo", ",".join(str(i[3]) for i in items))
    b.view("query pin/taiDo (programme ids + positions)")
    b.ok_json({"ok": 1})
    return b.build()


def youbora(c: Context, what: str = "ping") -> Flow:
    pid, name, dur, pos = _pin(c)
    b = FB(c, "npaw", "GET", f"https://a-fds.youborafds01.com/{what}")
    b.header("user-agent", cfnet("TaiHei", "381"))
    pairs = [("system", "taiheihk"), ("code", "U_" + rid(c.rng)[:13]), ("playhead", str(pos))]
    if what == "start":
        pairs += [("title", name), ("mediaDuration", str(dur)), ("rendition", "1080p")]
        pairs += [("contentId", pid), ("player", "AVPlayer"), ("live", "false")]
    for k, v in pairs:
        b.param(k, v)
    b.view("query title/playhead" if what == "start" else "query code+playhead (view ping)")
    b.no_content()
    return b.build()


def register_no_att(c: Context) -> Flow:
    """Device registration with ATT denied: the zeroed IDFA, nothing else."""
    b = _base(c, "POST", "/api/v3/app/launch")
    b.json(
        {
            "advertisingIdentifier": ZERO_IDFA,
            "trackingAuthorized": False,
            "os": "iOS 17.5.1",
            "appVer": "3.8.1",
            "launchId": rid(c.rng),
        }
    )
    b.decoy("zeroed IDFA (ATT denied) and a launch id")
    b.ok_json({"banner": [], "forceUpdate": False})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _base(c, "POST", "/api/v3/app/device")
    b.json(
        {
            "deviceId": b.id("idfv_taihei", where="body deviceId"),
            "model": "iPhone14,7",
            "os": "iOS",
            "zoneh": "Asia/Hong_Kong",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def opaque_stat(c: Context) -> Flow:
    """A signed, encrypted stats blob in a form field called `s`."""
    b = _base(c, "POST", "/s")
    blob = "".join(c.rng.choice("0123456789ABCDEF") for _ in range(256))
    b.form([("s", blob), ("k", "2")])
    b.view("form s (encrypted play stats)", detectable=False)
    b.no_content()
    return b.build()


def search(c: Context) -> Flow:
    b = _base(c, "GET", "/api/v3/search")
    b.param("q", c.rng.choice(["古天樂", "林峯", "警匪", "喜劇"]))
    b.ok_json({"results": [{"pin_id": p[0], "pin_meng": p[1]} for p in PIN[:3]]})
    b.decoy("search query and catalogue results")
    return b.build()


def epg(c: Context) -> Flow:
    b = _base(c, "GET", "/api/v3/live/epg")
    b.param("ch", c.rng.choice(["jade", "pearl", "news"]))
    rows = [{"start": ms(c) + i * 1800000, "title": PIN[i % 5][1]} for i in range(6)]
    b.ok_json({"programmes": rows})
    b.decoy("programme guide (schedule, not a history)")
    return b.build()


def still(c: Context) -> Flow:
    pid = c.rng.choice(PIN)[0]
    b = FB(c, "taihei", "GET", f"https://img.taihei.hk/still/{pid}/{c.rng.randint(1, 40)}.webp")
    b.header("user-agent", cfnet("TaiHei", "381"))
    b.respond(200, "image/webp", bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.decoy("episode still image fetch")
    return b.build()
