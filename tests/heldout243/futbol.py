"""FutbolAM: a football live app (Armenian Premier League, the national team,
the Champions League) on the uncle's Samsung Galaxy A34 in Yerevan.

Live scores, line-ups and the standings are polled; the app also streams
Premier League matches and Champions League highlights, reporting watch time
per match (`khaghId`, `ditvac_varkyan`) to its backend. AppsFlyer launches
carry `advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's
ServerParameters names); in-app events (`af_subscribe`, `hetevel_akumbin`)
repeat the advertising id and uid. A match's minute-by-minute events, the
scorers' minutes and the highlight view counters are content, not anyone's
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.futbolam.example"
UA = ua("FutbolAM", "4.1.3", "keri")
AKUMBNER = [
    "Փյունիկ",
    "Արարատ-Արմենիա",
    "Նոահ",
    "Ուրարտու",
    "Արարատ",
    "Ալաշկերտ",
    "Շիրակ",
    "Վան",
    "ԲԿՄԱ",
    "Գանձասար",
]
UCL = ["Real Madrid", "Bayern", "Man City", "Barcelona", "Inter", "PSG", "Arsenal", "Liverpool"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "futbolam", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    if c.rng.random() < 0.6:
        home, away = c.rng.sample(AKUMBNER, 2)
        return c.rng.randint(70000, 79999), home, away, "bpl"
    home, away = c.rng.sample(UCL, 2)
    return c.rng.randint(90000, 99999), home, away, "ucl"


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "am.futbol.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("keri"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_keri", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("gol_af_uid", where="json uid"),
            "android_id": b.id("aid_gol", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.1.3",
            "model": "SM-A346B",
            "brand": "samsung",
            "lang_code": "hy",
            "country": "AM",
            "carrier": "Team",
            "counter": str(c.rng.randint(1, 80)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "hetevel_akumbin", "af_login"]),
            "eventValue": '{"akumb":"' + c.rng.choice(AKUMBNER) + '"}',
            "advertiserId": b.id("gaid_keri", where="json advertiserId"),
            "uid": b.id("gol_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, league = _match(c)
    b = _b(c, "POST", f"{API}/v2/hosq/heartbeat")
    b.view("json khaghId + ditvac_varkyan (live match watch time)")
    b.json(
        {
            "khaghId": mid,
            "khagh": f"{home} - {away}",
            "liga": league,
            "ditvac_varkyan": c.rng.randint(30, 5400),
            "uxix": True,
            "zham": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_ditvac(c: Context) -> Flow:
    mid, home, away, league = _match(c)
    b = _b(c, "POST", f"{API}/v2/tesanyut/ditvac")
    b.view("json tesanyutId + tokos (highlight watched)")
    b.json(
        {
            "tesanyutId": f"hl_{mid}",
            "vernagir": f"Գոլեր. {home} {c.rng.randint(0, 4)}:{c.rng.randint(0, 4)} {away}",
            "liga": league,
            "tokos": c.rng.choice([25, 50, 90, 100]),
            "tevoghutyun": c.rng.randint(90, 300),
            "ditvelE": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides SHA-1-hashed under a one-letter key."""
    b = _b(c, "POST", f"{API}/m")
    b.view("json w[] rows", detectable=False)
    b.json(
        {
            "h": b.id("aid_gol", "sha1", "json h", detectable=False),
            "w": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]],
            "t": 3,
        }
    )
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/khaghker/uxix?liga=bpl")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away, league = _match(c)
        rows.append(
            {
                "khaghId": mid,
                "tanter": home,
                "hyurer": away,
                "hashiv": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "rope": c.rng.randint(1, 90),
                "liga": league,
            }
        )
    b.ok_json({"khaghker": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/khaghker/{mid}/iradardzutyunner")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "iradardzutyunner": [
                {
                    "tesak": c.rng.choice(["gol", "deghin_qart", "pokharinum"]),
                    "rope": c.rng.randint(1, 90),
                    "akumb": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tesanyutner?liga=ucl&ej=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "tesanyutner": [
                {
                    "tesanyutId": f"hl_{_match(c)[0]}",
                    "tevoghutyun": c.rng.randint(90, 300),
                    "ditumner": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def aghyusak(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/aghyusak?mrtsashrjan=2024-25")
    b.ok_json(
        {
            "aghyusak": [
                {"akumb": k, "miavor": c.rng.randint(5, 50), "khaghker": 18} for k in AKUMBNER
            ]
        }
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/canucumner/bazhanordagrvel")
    b.json({"tema": "akumb_" + str(c.rng.randint(1, 10)), "ogtater": b.acct("gol_user")})
    b.no_content()
    return b.build()
