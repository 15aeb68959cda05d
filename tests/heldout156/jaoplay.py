"""JaoPlay: a Thai streaming service (lakorn dramas, BL series, live Muay Thai).

Its Bangkok team writes keys in romanised Thai (RTGS and informal spellings:
`tamnaeng_wela` position, `ep_thi` episode number, `du_to` continue watching,
`chong` channel) mixed with English. The phone, the iPad and the Android TV box
all run it. Watch progress, player events, live-fight tuning logs and the
continue-watching list are viewing history; the home rails with total view
counts (`yod_chom`, an aggregate), search, manifests and posters are not. The
AppsFlyer SDK (`/api/v6.x/androidevent`, `advertiserId`, `uid`) gets a custom
episode-completed event.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, bearer, ipad_ua, iso, ms, rid, ua

API = "https://api.jaoplay.example"
UA = ua("JaoPlay", "5.8.2")
TV_UA = "JaoPlayTV/3.2.0 (Linux; Android 11; PLAYBOX Build/RTT1.210805)"
SHOWS = [
    ("lk", "บุพเพสันนิวาส"),
    ("lk", "เลือดข้นคนจาง"),
    ("lk", "ดวงใจเทวพรหม"),
    ("bl", "แปลรักฉันด้วยใจเธอ"),
    ("bl", "เพราะเราคู่กัน 2gether"),
    ("bl", "คาธ The Eclipse"),
    ("vr", "ตลาดสดสนามเป้า"),
]
FIGHTS = ["ศึกมวยไทยราชดำเนิน", "ONE ลุมพินี", "ศึกจ้าวมวยไทย ช่อง 7", "Muay Thai Super Champ"]


def _b(c: Context, method: str, url: str, device: str = "phone") -> FB:
    """device: phone, ipad or tvbox: which install's id goes in the header."""
    b = FB(c, "jaoplay", method, url)
    b.header("authorization", bearer(c.rng))
    if device == "ipad":
        b.header("user-agent", ipad_ua("JaoPlay", "5.8.1"))
        b.header("x-jp-idfv", b.id("idfv_jaoplay", where="header x-jp-idfv"))
    elif device == "tvbox":
        b.header("user-agent", TV_UA)
        b.header("x-jp-device-id", b.id("aid_tvbox", where="header x-jp-device-id"))
    else:
        b.header("user-agent", UA)
        b.header("x-jp-device-id", b.id("aid_jaoplay", where="header x-jp-device-id"))
    b.header("accept-language", "th-TH,th;q=0.9,en;q=0.6")
    return b


def _show(c: Context) -> tuple[str, str, int]:
    kind, title = c.rng.choice(SHOWS)
    return f"{kind}{c.rng.randint(1000, 9999)}", title, c.rng.randint(2400, 3300)


def watch_progress(c: Context, device: str = "phone") -> Flow:
    sid, title, dur = _show(c)
    b = _b(c, "POST", f"{API}/v2/khwamkhuep", device)
    b.view("json tamnaeng_wela + ep_thi (RTGS: playback position, episode)")
    b.json(
        {
            "content_id": sid,
            "chue_rueang": title,
            "ep_thi": c.rng.randint(1, 24),
            "tamnaeng_wela": c.rng.randint(30, dur),
            "khwam_yao": dur,
            "du_mua": iso(c),
        }
    )
    b.ok_json({"sathana": "ok"})
    return b.build()


def tvbox_progress(c: Context) -> Flow:
    return watch_progress(c, "tvbox")


def ipad_player_events(c: Context) -> Flow:
    sid, title, dur = _show(c)
    b = _b(c, "POST", f"{API}/v2/player/events", "ipad")
    b.view("json events[] pause/resume with posSec")
    b.json(
        {
            "events": [
                {
                    "hetkan": c.rng.choice(["pause", "resume", "seek", "stop"]),
                    "assetId": sid,
                    "title": title,
                    "posSec": c.rng.randint(30, dur),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "playerVer": "AVPlayer-17",
        }
    )
    b.no_content()
    return b.build()


def live_tune(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/live/khao-chom")
    b.view("json chong + rai_kan + khao_chom_mua (live Muay Thai tuning log)")
    b.json(
        {
            "chong": f"muaythai_{c.rng.randint(1, 4)}",
            "rai_kan": c.rng.choice(FIGHTS),
            "khao_chom_mua": iso(c),
            "du_pai_winathi": c.rng.randint(60, 5400),
        }
    )
    b.ok_json({"sathana": "ok"})
    return b.build()


def continue_watching(c: Context, device: str = "phone") -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/du-to?limit=10", device)
    b.view("response json rai_kan_du_to[].tamnaeng_wela", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, dur = _show(c)
        items.append(
            {
                "content_id": sid,
                "chue_rueang": title,
                "ep_thi": c.rng.randint(1, 24),
                "tamnaeng_wela": c.rng.randint(30, dur),
                "du_lasut": iso(c),
            }
        )
    b.ok_json({"rai_kan_du_to": items})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's batched beacon: rows gzip'd and base64'd under 'd'."""
    b = _b(c, "POST", f"{API}/c")
    b.view("json d = base64(gzip rows [id, ep, sec, ts])", detectable=False)
    rows = [
        [_show(c)[0], c.rng.randint(1, 24), c.rng.randint(30, 3000), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"d": b64(gz(js(rows).encode())), "v": 4})
    b.no_content()
    return b.build()


def appsflyer_episode(c: Context) -> Flow:
    sid, title, _ = _show(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyersdk.com/api/v6.13/androidevent?app_id=th.co.jaoplay&buildnumber=6.13.1",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; CPH2599 Build/UP1A.231005.007)")
    b.view("json eventName=du_jop_ton + eventValue af_content_id (episode completed)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("jp_af_uid", where="json uid"),
            "eventName": "du_jop_ton",
            "eventValue": js(
                {"af_content_id": sid, "af_content_type": "episode", "title": title, "ep": 7}
            ),
            "af_timestamp": str(ms(c)),
            "brand": "OPPO",
            "model": "CPH2599",
            "counter": str(c.rng.randint(3, 60)),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.13/androidevent?app_id=th.co.jaoplay&buildnumber=6.13.1",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; CPH2599 Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("jp_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "lang": "ไทย",
            "lang_code": "th",
            "country": "TH",
            "carrier": "AIS",
            "counter": str(c.rng.randint(3, 60)),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def home_rails(c: Context) -> Flow:
    b = FB(c, "jaoplay", "GET", f"{API}/v2/home?lang=th")
    b.header("user-agent", UA)
    b.decoy("home rails with yod_chom (total views over all viewers: aggregate)")
    rails = []
    for name in ("ละครมาใหม่", "ซีรีส์วาย BL ยอดนิยม", "มวยไทยสด"):
        rails.append(
            {
                "chue_rail": name,
                "items": [
                    {
                        "content_id": _show(c)[0],
                        "chue_rueang": title,
                        "yod_chom": c.rng.randint(10**4, 10**7),
                        "poster": f"https://img.jaoplay.example/p/{c.rng.randint(1, 9999)}.jpg",
                    }
                    for _, title in c.rng.sample(SHOWS, 4)
                ],
            }
        )
    b.ok_json({"rails": rails})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ซีรีส์วาย", "บุพเพ", "มวย", "bright win"])
    b = FB(c, "jaoplay", "GET", f"{API}/v2/search", [("q", q), ("page", "1")])
    b.header("user-agent", UA)
    b.decoy("search results with episode durations (not watched)")
    b.ok_json(
        {
            "results": [
                {"content_id": _show(c)[0], "chue_rueang": t, "khwam_yao": 2700, "ep_thang_mot": 16}
                for _, t in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = FB(c, "jaoplay", "GET", f"{API}/v2/chart/top10-wan-ni")
    b.header("user-agent", UA)
    b.decoy("most-watched today chart: avg watch minutes over all viewers (aggregate)")
    b.ok_json(
        {
            "andap": [
                {
                    "rank": i + 1,
                    "chue_rueang": t,
                    "avgWatchMin": c.rng.randint(12, 55),
                    "viewers": c.rng.randint(10**4, 10**6),
                }
                for i, (_, t) in enumerate(SHOWS[:5])
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    sid = _show(c)[0]
    b = FB(
        c,
        "jaoplay",
        "GET",
        f"https://vod.jaoplay.example/hls/{sid}/ep{c.rng.randint(1, 20)}/master.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = (
        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1920x1080\n1080p.m3u8\n"
        '#EXT-X-MEDIA:TYPE=SUBTITLES,LANGUAGE="th",NAME="ไทย",URI="sub_th.m3u8"\n'
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "jaoplay", "GET", f"https://img.jaoplay.example/p/{c.rng.randint(1, 9999)}.jpg?w=360")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def subscribe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/package/subscribe")
    b.decoy("order reference and PromptPay QR payload")
    b.json({"package": "VIP_MONTHLY", "rakha": 149, "channel": "promptpay"})
    b.ok_json(
        {
            "order_ref": "JPO" + str(c.rng.randint(10**9, 10**10)),
            "qr": "00020101021230" + rid(c.rng)[:12],
        }
    )
    return b.build()
