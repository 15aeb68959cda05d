"""Kuas Live: a football app (Ethiopian Premier League and the English Premier
League) on the son's Infinix Hot 30 in Hawassa.

Scores, fixtures and the table are polled; the app streams EPL highlights and
Ethiopian Premier League matches and reports watch time per match to its
backend in romanised Amharic keys (`gitmiya` = match, `yetayeSekond` = seconds
watched, `buden` = team, `wutet` = result, `dekika` = minute). AppsFlyer
launches and in-app events carry `advertiserId`, AppsFlyer's `uid` and
`android_id` (the SDK's own parameter names, /api/v6.x/androidevent). Match
minutes, the scorers and the highlights' view counters are not anyone's
viewing history; the stadium's ticket-gate scanner serial on a ticket is the
stadium's equipment, not the son's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.kuaslive.example"
UA = ua("KuasLive", "2.6.4", "wondim")
ETH = [
    "Hawassa Ketema",
    "Kidus Giorgis",
    "Ethiopia Bunna",
    "Fasil Kenema",
    "Bahir Dar Ketema",
    "Mekelle 70 Enderta",
    "Adama Ketema",
    "Sidama Bunna",
]
EPL = ["Arsenal", "Manchester United", "Chelsea", "Liverpool", "Manchester City", "Tottenham"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kuaslive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    liga = c.rng.choice(["ethpl", "epl"])
    home, away = c.rng.sample(ETH if liga == "ethpl" else EPL, 2)
    return c.rng.randint(70000, 79999), home, away, liga


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "et.kuaslive.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("wondim"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_wondim", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kuas_af_uid", where="json uid"),
            "android_id": b.id("aid_kuas", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.6.4",
            "model": "Infinix X6831",
            "brand": "Infinix",
            "lang_code": "am",
            "country": "ET",
            "operator": "Safaricom ET",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "buden_teketel", "af_login"]),
            "eventValue": '{"buden":"' + c.rng.choice(ETH) + '"}',
            "advertiserId": b.id("gaid_wondim", where="json advertiserId"),
            "uid": b.id("kuas_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_view(c: Context) -> Flow:
    """An af_content_view whose eventValue names the match replay and seconds watched."""
    mid, home, away, liga = _match(c)
    b = _af(c, "inapps")
    b.view("json eventValue af_content_id + watch_seconds (replay watched)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"gm_{mid}",
                    "af_content_type": "replay",
                    "liga": liga,
                    "ris": f"{home} - {away}",
                    "watch_seconds": c.rng.randint(60, 5400),
                }
            ),
            "advertiserId": b.id("gaid_wondim", where="json advertiserId"),
            "uid": b.id("kuas_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, liga = _match(c)
    b = _b(c, "POST", f"{API}/v1/sirchit/heartbeat")
    b.view("json gitmiyaId + yetayeSekond (live match watch time)")
    b.json(
        {
            "gitmiyaId": mid,
            "gitmiya": f"{home} - {away}",
            "liga": liga,
            "yetayeSekond": c.rng.randint(30, 5400),
            "qetta": True,
            "gize": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "POST", f"{API}/v1/video/tayeto")
    b.view("json videoId + mitoegna (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "ris": f"Golochu: {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "mitoegna": c.rng.choice([25, 50, 90, 100]),
            "rezmet": c.rng.randint(90, 300),
            "yetayewBet": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides sha1-hashed under a one-letter key."""
    b = _b(c, "POST", f"{API}/p")
    b.view("json s[] rows", detectable=False)
    b.json(
        {
            "d": b.id("aid_kuas", "sha1", "json d", detectable=False),
            "s": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]],
            "v": 4,
        }
    )
    b.no_content()
    return b.build()


def wutet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/gitmiyawoch/qetta?liga={c.rng.choice(['ethpl', 'epl'])}")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away, _ = _match(c)
        rows.append(
            {
                "gitmiyaId": mid,
                "bet": home,
                "engida": away,
                "wutet": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "dekika": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"gitmiyawoch": rows})
    return b.build()


def kiwnetoch(c: Context) -> Flow:
    mid, home, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v1/gitmiyawoch/{mid}/kiwnetoch")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "kiwnetoch": [
                {
                    "aynet": c.rng.choice(["gol", "bicha_karta", "meqeyer"]),
                    "dekika": c.rng.randint(1, 90),
                    "buden": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/video/golochu?gets=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "videoId": f"hl_{_match(c)[0]}",
                    "rezmet": c.rng.randint(90, 300),
                    "yetayuBzat": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def sengeraj(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sengeraj?liga=ethpl&zemen=2017")
    b.ok_json({"sengeraj": [{"buden": k, "netib": c.rng.randint(10, 60)} for k in ETH]})
    return b.build()


def ticket(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tiket/giz")
    b.decoy("ticket order number and the stadium gate scanner's serial (not the user's device)")
    b.json({"gitmiyaId": _match(c)[0], "mekemecha": "C-14", "kefay": b.acct("kuas_user")})
    b.ok_json(
        {
            "tiketKutir": "TK" + new_hex(c.rng, 10).upper(),
            "gateScannerSerial": "HWS-GT" + str(c.rng.randint(100000, 999999)),
            "stadium": "Hawassa Kenema Stadium",
        }
    )
    return b.build()
