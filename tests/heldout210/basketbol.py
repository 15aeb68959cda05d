"""HoopsPinas: a PBA / UAAP basketball app (the son's Redmi Note 13 in Quezon City).

Live scores, box scores and play-by-play are polled; the app streams games and
highlights and reports watch time per game (`laroId`, `napanood_segundo`) to
its backend. AppsFlyer launches and in-app events carry `advertiserId`,
AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters names). Ads
come from Pangle (ByteDance's ad network: `gaid` and hashed ids in the ad
request). A player's position ("PG", "C"), minutes played in a box score and
highlight view counters are not anyone's viewing history or device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.hoopspinas.example"
UA = ua("HoopsPinas", "4.1.3", "kuya")
TEAMS = [
    "Barangay Ginebra",
    "San Miguel Beermen",
    "TNT Tropang Giga",
    "Magnolia Hotshots",
    "Meralco Bolts",
    "Ateneo Blue Eagles",
    "La Salle Green Archers",
    "UP Fighting Maroons",
]
PLAYERS = [("Scottie Thompson", "PG"), ("June Mar Fajardo", "C"), ("CJ Perez", "SG")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hoopspinas", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _game(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(TEAMS, 2)
    return c.rng.randint(70000, 79999), home, away


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ph.hoopspinas.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("kuya"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_kuya", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("hoops_af_uid", where="json uid"),
            "android_id": b.id("aid_hoops", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.1.3",
            "model": "23129RAA4G",
            "brand": "Redmi",
            "lang_code": "fil",
            "country": "PH",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "sundan_team", "af_purchase"]),
            "eventValue": '{"team":"' + c.rng.choice(TEAMS) + '"}',
            "advertiserId": b.id("gaid_kuya", where="json advertiserId"),
            "uid": b.id("hoops_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_watch(c: Context) -> Flow:
    """An af_content_view event with the game and the minutes watched."""
    gid, home, away = _game(c)
    b = _af(c, "inapps")
    b.view("json eventName=af_content_view eventValue af_content_id + napanood_minuto")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": '{"af_content_id":"'
            + str(gid)
            + '","af_content_type":"live_game","af_content":"'
            + f"{home} vs {away}"
            + '","napanood_minuto":'
            + str(c.rng.randint(3, 48))
            + "}",
            "advertiserId": b.id("gaid_kuya", where="json advertiserId"),
            "uid": b.id("hoops_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pangle_ad(c: Context) -> Flow:
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik("kuya"))
    b.decoy("request_id uuid")
    b.json(
        {
            "request_id": rid(c.rng),
            "ad_sdk_version": "6.2.0.5",
            "app": {"appid": "8174306", "package_name": "ph.hoopspinas.app"},
            "device": {
                "os": 1,
                "model": "23129RAA4G",
                "gaid": b.id("gaid_kuya", where="json device.gaid"),
                "did_hash": b.id("aid_hoops", "sha256", "json device.did_hash"),
                "conn_type": 4,
                "screen_width": 1080,
                "screen_height": 2400,
            },
            "adslots": [{"id": new_digits(c.rng, 9, "9"), "adtype": 5}],
        }
    )
    b.ok_json({"message": "success"})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    gid, home, away = _game(c)
    b = _b(c, "POST", f"{API}/v2/stream/heartbeat")
    b.view("json laroId + napanood_segundo (game watch time)")
    b.json(
        {
            "laroId": gid,
            "laro": f"{home} vs {away}",
            "napanood_segundo": c.rng.choice([30, 60, 60]),
            "quarter": c.rng.randint(1, 4),
            "oras": iso(c),
        }
    )
    b.ok_json({"tuloy": True})
    return b.build()


def highlight_napanood(c: Context) -> Flow:
    gid, home, away = _game(c)
    b = _b(c, "POST", f"{API}/v2/highlights/napanood")
    b.view("json clipId + tagal_napanood")
    b.json(
        {
            "clipId": f"hl-{gid}-{c.rng.randint(1, 30)}",
            "pamagat": f"Top plays: {home} vs {away}",
            "tagal_napanood": c.rng.randint(5, 180),
            "natapos": c.rng.random() < 0.5,
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's batched watch beacon: 'e' is base64 of 'gameId|second|ts' rows."""
    b = _b(c, "POST", f"{API}/s/e")
    b.view("json e (base64 game|second|ts rows)", detectable=False)
    rows = ";".join(
        f"{_game(c)[0]}|{c.rng.randint(10, 2880)}|{ms(c)}" for _ in range(c.rng.randint(1, 3))
    )
    b.json({"e": b64(rows), "k": 2})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/scores/live?liga=pba")
    b.ok_json(
        {
            "laro": [
                {"laroId": _game(c)[0], "home": h, "away": a, "score": [c.rng.randint(60, 110)] * 2}
                for h, a in [c.rng.sample(TEAMS, 2) for _ in range(3)]
            ]
        }
    )
    return b.build()


def box_score(c: Context) -> Flow:
    gid, _h, _a = _game(c)
    b = _b(c, "GET", f"{API}/v2/laro/{gid}/boxscore")
    b.decoy("player position (PG/C) and minutes played")
    b.ok_json(
        {
            "players": [
                {"pangalan": n, "position": p, "minutes": c.rng.randint(10, 40), "pts": 12}
                for n, p in PLAYERS
            ]
        }
    )
    return b.build()


def play_by_play(c: Context) -> Flow:
    gid, home, _ = _game(c)
    b = _b(c, "GET", f"{API}/v2/laro/{gid}/pbp?since={c.rng.randint(0, 400)}")
    b.decoy("game clock seconds and court positions of shots")
    b.ok_json(
        {
            "events": [
                {
                    "q": c.rng.randint(1, 4),
                    "clock": f"{c.rng.randint(0, 11)}:{c.rng.randint(10, 59)}",
                    "team": home,
                    "shot": {"x": c.rng.randint(0, 94), "y": c.rng.randint(0, 50)},
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/highlights?page=1")
    b.decoy("highlight view counters (aggregate)")
    b.ok_json(
        {
            "clips": [
                {"clipId": f"hl-{_game(c)[0]}-1", "views": c.rng.randint(1000, 900000), "tagal": 95}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def standings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/standings?liga=uaap&season=87")
    b.ok_json({"teams": [{"team": t, "panalo": c.rng.randint(0, 14)} for t in TEAMS[5:]]})
    return b.build()
