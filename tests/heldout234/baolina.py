"""BareaFoot: a football app following the Barea (Madagascar's national team),
the Orange Pro League and Ligue 1, on the son's Pixel 8 in Paris.

The backend speaks French (`visionnage`, `secondesRegardees`, `pourcentage`,
`direct`, `classement`). Match replays and the live stream report watch time
per match to the backend. AppsFlyer launches carry `advertiserId` and
AppsFlyer's `uid` (the SDK's ServerParameters names). Meta's Android SDK posts
app events form-encoded to `graph.facebook.com/vNN/{app_id}/activities` with
`event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id` (the SDK's own
`XZ...` id), `advertiser_tracking_enabled`, `extinfo` and a `custom_events`
JSON array (`_eventName`, `_logTime`, parameters); here a custom
`video_regardee` event names the replay and the seconds watched, while
`fb_mobile_activate_app` carries ids only. Scores, line-ups, event minutes,
the table and the view counters of replays are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.bareafoot.example"
UA = ua("BareaFoot", "2.6.0", "zanaka")
FB_APP = "1184402296351920"
CLUBS = [
    "Barea",
    "PSG",
    "Olympique de Marseille",
    "Stade Rennais",
    "LOSC Lille",
    "AS Monaco",
    "RC Lens",
    "CFFA",
    "Elgeco Plus",
    "Fosa Juniors",
    "AS Adema",
]
OPPONENTS = ["Comores", "Ghana", "Tchad", "Mali", "République centrafricaine"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bareafoot", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    if c.rng.random() < 0.3:
        return c.rng.randint(7000, 7999), "Barea", c.rng.choice(OPPONENTS)
    home, away = c.rng.sample(CLUBS[1:], 2)
    return c.rng.randint(50000, 59999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "fr.bareafoot.app"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("zanaka"))
    b.json(
        {
            "advertiserId": b.id("gaid_zanaka", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("baolina_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.6.0",
            "model": "Pixel 8",
            "brand": "google",
            "lang_code": "fr",
            "country": "FR",
            "counter": str(c.rng.randint(1, 80)),
            "installDate": "2024-08-14_101233+0200",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "fr.bareafoot.app"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("zanaka"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "suivre_equipe", "af_login"]),
            "eventValue": js({"equipe": c.rng.choice(CLUBS)}),
            "advertiserId": b.id("gaid_zanaka", where="json advertiserId"),
            "uid": b.id("baolina_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _meta(c: Context, b: FB, events: list[dict[str, object]], kind: str) -> None:
    b.form(
        [
            ("event", kind),
            ("advertiser_id", b.id("gaid_zanaka", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("baolina_anon_id", where="form anon_id")),
            ("application_package_name", "fr.bareafoot.app"),
            (
                "extinfo",
                js(
                    [
                        "a2",
                        "fr.bareafoot.app",
                        "260",
                        "2.6.0",
                        "14",
                        "Pixel 8",
                        "fr_FR",
                        "CET",
                        "Free",
                        1080,
                        2400,
                        "2.63",
                        8,
                        110,
                        58,
                        "Europe/Paris",
                    ]
                ),
            ),
            ("custom_events", js(events)),
            ("format", "json"),
            ("sdk", "android"),
            ("sdk_version", "17.0.0"),
        ]
    )


def meta_activate(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    _meta(
        c,
        b,
        [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"}],
        "CUSTOM_APP_EVENTS",
    )
    b.ok_json({"success": True})
    return b.build()


def meta_video(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events[] video_regardee: titre + secondes_regardees")
    _meta(
        c,
        b,
        [
            {
                "_eventName": "video_regardee",
                "_logTime": int(c.now),
                "_ui": "ReplayActivity",
                "fb_content_type": "video",
                "fb_content_id": f"replay_{mid}",
                "titre": f"Résumé : {home} - {away}",
                "secondes_regardees": c.rng.randint(40, 600),
            }
        ],
        "CUSTOM_APP_EVENTS",
    )
    b.ok_json({"success": True})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/appareils")
    b.json(
        {
            "androidId": b.id("aid_baolina", where="json androidId"),
            "idPublicite": b.id("gaid_zanaka", where="json idPublicite"),
            "modele": "Pixel 8",
            "notifications": True,
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def direct_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/direct/heartbeat")
    b.view("json matchId + secondesRegardees (live match watch time)")
    b.json(
        {
            "matchId": mid,
            "match": f"{home} - {away}",
            "secondesRegardees": c.rng.randint(30, 5400),
            "enDirect": True,
            "horodatage": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def visionnage(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/videos/visionnage")
    b.view("json videoId + pourcentage (replay watched)")
    b.json(
        {
            "videoId": f"replay_{mid}",
            "titre": f"Résumé : {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "pourcentage": c.rng.choice([25, 50, 90, 100]),
            "duree": c.rng.randint(90, 600),
            "regardeLe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides SHA-1-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/s/1")
    b.header("x-u", b.id("aid_baolina", "sha1", "header x-u", detectable=False))
    b.view("json d[] rows", detectable=False)
    b.json({"d": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/matchs/direct?competition=ligue1")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "matchId": mid,
                "domicile": home,
                "exterieur": away,
                "score": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minute": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"matchs": rows})
    return b.build()


def compositions(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/matchs/{mid}/compositions")
    b.ok_json(
        {
            "equipe": home,
            "systeme": c.rng.choice(["4-3-3", "4-2-3-1", "3-5-2"]),
            "titulaires": [{"numero": n, "poste": p} for n, p in ((1, "G"), (4, "D"), (10, "M"))],
        }
    )
    return b.build()


def evenements(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/matchs/{mid}/evenements")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "evenements": [
                {
                    "type": c.rng.choice(["but", "carton_jaune", "remplacement"]),
                    "minute": c.rng.randint(1, 90),
                    "equipe": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def replays(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/videos/resumes?page=1")
    b.decoy("replay list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videos": [
                {
                    "videoId": f"replay_{_match(c)[0]}",
                    "duree": c.rng.randint(90, 600),
                    "vues": c.rng.randint(500, 90000),
                    "vignette": f"https://img.bareafoot.example/v/{new_hex(c.rng, 12)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def classement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classement?competition=ligue1&saison=2024-2025")
    b.ok_json(
        {
            "classement": [
                {"equipe": k, "points": c.rng.randint(5, 45), "joues": 15} for k in CLUBS[1:7]
            ]
        }
    )
    return b.build()
