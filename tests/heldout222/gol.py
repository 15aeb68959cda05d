"""GolZendeh: a football live app for the Persian Gulf Pro League and Team
Melli (the son's Galaxy A54 in Tehran).

Live scores, the line-ups, minute-by-minute events and the table are polled;
the app also streams matches and highlights and reports watch time per match
(`bazi_id`, `sanie_tamasha`) to its backend. Installs are attributed with
Metrix (session start with `androidAdvertisingId`, `androidId`, Metrix's own
user id). Ads come from a Tapsell-style Iranian ad network: the ad request
names the zone and sends `deviceInfo.advertisingId` and a hashed ANDROID_ID.
An older stats ping sends rows [match, seconds, ts] with an MD5 of the
ANDROID_ID in a one-letter header. Scores, minutes of goals, highlight view
counters and the league table are nobody's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.golzendeh.example"
UA = ua("GolZendeh", "2.9.4", "pesar")
METRIX = "https://analytics.metrix.ir/v3/engagement_event"
TEAMS = [
    "استقلال",
    "پرسپولیس",
    "سپاهان",
    "تراکتور",
    "فولاد",
    "گل‌گهر",
    "ملوان",
    "چادرملو",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golzendeh", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(TEAMS, 2)
    return c.rng.randint(70000, 79999), home, away


def metrix_session(c: Context) -> Flow:
    b = FB(c, "metrix", "POST", METRIX)
    b.header("user-agent", dalvik("pesar"))
    b.header("x-application-id", "glzndhwkrtbnsqa")
    b.json(
        {
            "type": "sessionStart",
            "id": rid(c.rng),
            "sessionId": rid(c.rng),
            "sessionNum": c.rng.randint(1, 500),
            "timestamp": iso(c),
            "metrixUserId": b.id("gol_metrix_uid", where="json metrixUserId"),
            "androidAdvertisingId": b.id("gaid_pesar", where="json androidAdvertisingId"),
            "androidId": b.id("aid_gol", where="json androidId"),
            "limitAdTrackingEnabled": False,
            "deviceModel": "SM-A546E",
            "osVersionName": "14",
            "store": "CafeBazaar",
            "carrier": "Irancell",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def metrix_custom(c: Context) -> Flow:
    b = FB(c, "metrix", "POST", METRIX)
    b.header("user-agent", dalvik("pesar"))
    b.header("x-application-id", "glzndhwkrtbnsqa")
    b.json(
        {
            "type": "custom",
            "id": rid(c.rng),
            "timestamp": iso(c),
            "name": c.rng.choice(["dombal_kardan_tim", "eshterak_vip", "notif_baz"]),
            "metrixUserId": b.id("gol_metrix_uid", where="json metrixUserId"),
            "attributes": {"tim": c.rng.choice(TEAMS)},
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def tapsell_ad(c: Context) -> Flow:
    b = FB(
        c, "tapsell", "POST", "https://api.tapsell.ir/v2/ad-suggestions/zone/" + new_hex(c.rng, 24)
    )
    b.header("user-agent", dalvik("pesar"))
    b.header("developer-key", new_hex(c.rng, 40))
    b.decoy("zone id, request uuid and bid floor (ad request metadata)")
    b.json(
        {
            "requestId": new_uuid(c.rng),
            "adType": c.rng.choice(["BANNER_320x50", "REWARDED_VIDEO", "NATIVE"]),
            "sdkVersion": "4.9.0",
            "packageName": "ir.golzendeh.app",
            "deviceInfo": {
                "advertisingId": b.id("gaid_pesar", where="json deviceInfo.advertisingId"),
                "limitAdTracking": False,
                "androidIdHash": b.id("aid_gol", "sha256", "json deviceInfo.androidIdHash"),
                "brand": "samsung",
                "model": "SM-A546E",
                "osVersion": 34,
                "operator": "Irancell",
                "networkType": "4G",
                "screen": "1080x2340",
            },
            "userInfo": {"gender": "UNKNOWN", "ageRange": None},
        }
    )
    b.ok_json(
        {
            "suggestionId": new_uuid(c.rng),
            "creative": {"type": "image", "url": "https://cdn.tapsell.ir/c/" + new_hex(c.rng, 20)},
        }
    )
    return b.build()


def tapsell_impression(c: Context) -> Flow:
    b = FB(c, "tapsell", "POST", "https://api.tapsell.ir/v2/ad-suggestions/report/impression")
    b.header("user-agent", dalvik("pesar"))
    b.json({"suggestionId": new_uuid(c.rng), "timestamp": ms(c), "visible": True})
    b.no_content()
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v1/pakhsh-zendeh/heartbeat")
    b.view("json bazi_id + sanie_tamasha (live match watch time)")
    b.json(
        {
            "bazi_id": mid,
            "bazi": f"{home} - {away}",
            "sanie_tamasha": c.rng.randint(30, 5400),
            "zendeh": True,
            "keyfiat": c.rng.choice(["480p", "720p"]),
            "zaman": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v1/video/tamasha-shod")
    b.view("json videoId + darsad (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "onvan": f"خلاصه بازی {home} {c.rng.randint(0, 4)} - {c.rng.randint(0, 4)} {away}",
            "darsad": c.rng.choice([25, 50, 90, 100]),
            "modat": c.rng.randint(90, 420),
            "zaman": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s2")
    b.header("x-h", b.id("aid_gol", "md5", "header x-h", detectable=False))
    b.view("json r[] rows", detectable=False)
    b.json({"r": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "n": 3})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bazi-ha/zendeh?liga=pgpl")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "bazi_id": mid,
                "mizban": home,
                "mehman": away,
                "natije": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "daghighe": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"bazi-ha": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "GET", f"{API}/v1/bazi/{mid}/ettefaghat")
    b.decoy("goal / card minutes (match events)")
    b.ok_json(
        {
            "ettefaghat": [
                {
                    "noe": c.rng.choice(["gol", "kart_zard", "taviz"]),
                    "daghighe": c.rng.randint(1, 90),
                    "tim": c.rng.choice([home, away]),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/video/kholase-ha?safhe=1")
    b.decoy("highlight list with durations and view counts (content fetch)")
    b.ok_json(
        {
            "video-ha": [
                {
                    "videoId": f"hl_{_match(c)[0]}",
                    "modat": c.rng.randint(90, 420),
                    "bazdid": c.rng.randint(10**3, 10**6),
                    "thumb": f"https://img.golzendeh.example/t/{new_hex(c.rng, 16)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def jadval(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jadval?fasl=1403")
    b.ok_json(
        {
            "jadval": [
                {
                    "tim": t,
                    "bazi": 20,
                    "emtiaz": c.rng.randint(15, 48),
                    "tafazol": c.rng.randint(-10, 20),
                }
                for t in TEAMS
            ]
        }
    )
    return b.build()


def pishbini(c: Context) -> Flow:
    mid, _, _ = _match(c)
    b = _b(c, "POST", f"{API}/v1/pishbini")
    b.json({"bazi_id": mid, "pishbini": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}", "t": ms(c)})
    b.ok_json({"sabt": True, "emtiaz": rf(c.rng, 0, 10, 1)})
    return b.build()
