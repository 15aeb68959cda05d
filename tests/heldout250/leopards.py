"""Léopards Direct: a football app for the Linafoot, TP Mazembe, the Leopards and
Ligue 1 (the uncle's Infinix Hot 30 in Brazzaville).

French keys with some Lingala (`tala` = watch, `etali` = watched). The app
streams matches and replays and reports watch time per match to its backend;
its stats module sends `match|seconds|ts` as one base64 form field with a
SHA-1 of the ANDROID_ID in a one-letter header.

AppsFlyer (SDK 6.13): launches to `launches.appsflyer.com/api/v6.13/androidevent`
with `advertiserId` and AppsFlyer's `uid`; in-app events to `inapps.` with
`eventName` / `eventValue` (`af_content_view` with `af_content_type` video when
a replay is opened and watched); the conversion-data poll to
`gcdsdk.appsflyer.com/install_data/v5.0/<package>` with `device_id` = the uid.
Meta app events (Graph `/{app-id}/activities`, form-encoded, `advertiser_id`,
`anon_id`, `custom_events` JSON; https://developers.facebook.com/docs/app-events/)
get the activation and the same content views.

Live scores with the minute played, the table, fixtures with kick-off times,
match events and transfer news are content.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.leopardsdirect.example"
UA = ua("LeopardsDirect", "4.0.6", "tonton")
PACKAGE = "cd.leopards.direct"
FB_APP = "1893204471662105"
EQUIPES = [
    "TP Mazembe",
    "AS V.Club",
    "DCMP",
    "FC Saint-Éloi Lupopo",
    "AS Maniema Union",
    "FC Renaissance du Congo",
    "Léopards RDC",
    "Diables Rouges",
    "Paris SG",
    "Olympique de Marseille",
    "LOSC Lille",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "leopards-direct", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    dom, ext = c.rng.sample(EQUIPES, 2)
    return c.rng.randint(70000, 79999), dom, ext


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.13/androidevent",
        [("app_id", PACKAGE), ("buildnumber", "6.13.0")],
    )
    b.header("user-agent", dalvik("tonton"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_tonton", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "isGaidWithGps": "true",
            "uid": b.id("foot_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "af_v": new_hex(c.rng, 40),
            "af_v2": new_hex(c.rng, 40),
            "app_version_name": "4.0.6",
            "appsflyerKey": "Zq8XvN3kT2pLmA7cYw4R",
            "brand": "Infinix",
            "model": "Infinix X6831",
            "carrier": "MTN CG",
            "country": "CG",
            "lang_code": "fr",
            "counter": str(c.rng.randint(2, 120)),
            "iaecounter": str(c.rng.randint(0, 40)),
            "installer_package": "com.android.vending",
            "isFirstCall": "false",
            "platformextension": "android_native",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    mid, dom, ext = _match(c)
    b = _af(c, "inapps")
    b.view("json eventName af_content_view + eventValue af_content_type video / af_content")
    value = {
        "af_content_type": "video",
        "af_content_id": f"replay_{mid}",
        "af_content": f"Résumé: {dom} - {ext}",
        "secondes_regardees": c.rng.randint(60, 600),
    }
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(value),
            "advertiserId": b.id("gaid_tonton", where="json advertiserId"),
            "uid": b.id("foot_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.0.6",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_follow(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": "suivre_equipe",
            "eventValue": js({"equipe": c.rng.choice(EQUIPES)}),
            "advertiserId": b.id("gaid_tonton", where="json advertiserId"),
            "uid": b.id("foot_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_gcd(c: Context) -> Flow:
    b = FB(c, "appsflyer", "GET", f"https://gcdsdk.appsflyer.com/install_data/v5.0/{PACKAGE}")
    b.param("devkey", "Zq8XvN3kT2pLmA7cYw4R")
    b.param("device_id", b.id("foot_af_uid", where="query device_id"))
    b.header("user-agent", dalvik("tonton"))
    b.ok_json({"af_status": "Organic", "is_first_launch": False, "install_time": iso(c)})
    return b.build()


def _meta(c: Context) -> FB:
    b = FB(
        c, "facebook-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities"
    )
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {dalvik('tonton')}")
    return b


def _meta_pairs(b: FB, event_json: list[dict[str, object]]) -> list[tuple[str, str]]:
    extinfo = ["a2", PACKAGE, "406", "4.0.6", "13", "Infinix X6831", "fr_CG", "WAT", "MTN CG"]
    return [
        ("format", "json"),
        ("sdk", "android"),
        ("event", "CUSTOM_APP_EVENTS"),
        ("advertiser_id", b.id("gaid_tonton", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("foot_fb_anon", where="form anon_id")),
        ("extinfo", js(extinfo)),
        ("custom_events", js(event_json)),
        ("application_package_name", PACKAGE),
    ]


def meta_content_view(c: Context) -> Flow:
    mid, dom, ext = _match(c)
    b = _meta(c)
    b.view("form custom_events fb_mobile_content_view fb_content_type video")
    event = {
        "_eventName": "fb_mobile_content_view",
        "_logTime": int(c.now),
        "fb_content_type": "video",
        "fb_content_id": f"replay_{mid}",
        "fb_description": f"Résumé: {dom} - {ext}",
        "_ui": "ReplayPlayerActivity",
    }
    b.form(_meta_pairs(b, [event]))
    b.ok_json({"success": True})
    return b.build()


def meta_activate(c: Context) -> Flow:
    b = _meta(c)
    event = {
        "_eventName": "fb_mobile_activate_app",
        "_logTime": int(c.now),
        "_ui": "unknown",
        "fb_mobile_launch_source": "Unclassified",
    }
    b.form(_meta_pairs(b, [event]))
    b.ok_json({"success": True})
    return b.build()


def tala_direct(c: Context) -> Flow:
    mid, dom, ext = _match(c)
    b = _b(c, "POST", f"{API}/v1/direct/tala")
    b.view("json matchId + affiche + secondesRegardees (live match watched)")
    b.json(
        {
            "matchId": mid,
            "affiche": f"{dom} - {ext}",
            "competition": c.rng.choice(["Linafoot", "CAF Champions League", "Ligue 1"]),
            "secondesRegardees": c.rng.randint(60, 5400),
            "enDirect": True,
            "horodatage": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def replay_etali(c: Context) -> Flow:
    mid, dom, ext = _match(c)
    b = _b(c, "POST", f"{API}/v1/replays/etali")
    b.view("json videoId + titre + pourcentage (replay watched)")
    b.json(
        {
            "videoId": f"replay_{mid}",
            "titre": f"Résumé: {dom} - {ext}",
            "pourcentage": c.rng.choice([25, 50, 90, 100]),
            "dureeSec": c.rng.randint(120, 600),
            "vuLe": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/st")
    b.header("x-i", b.id("aid_foot", "sha1", "header x-i", detectable=False))
    b.view("form z (base64 of match|seconds|ts)", detectable=False)
    row = f"{_match(c)[0]}|{c.rng.randint(60, 5400)}|{ms(c)}"
    b.form([("z", base64.b64encode(row.encode()).decode()), ("n", "1")])
    b.no_content()
    return b.build()


def scores_direct(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/matchs/direct?competition=linafoot")
    b.decoy("live scores with the minute played (not viewing)")
    rows = []
    for _ in range(4):
        mid, dom, ext = _match(c)
        rows.append(
            {
                "matchId": mid,
                "domicile": dom,
                "exterieur": ext,
                "score": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minute": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"matchs": rows})
    return b.build()


def classement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/classement?competition=linafoot&saison=2024-2025")
    b.ok_json(
        {
            "classement": [
                {"equipe": e, "points": c.rng.randint(5, 40), "joues": 14} for e in EQUIPES[:6]
            ]
        }
    )
    return b.build()


def calendrier(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/calendrier?equipe=tp-mazembe")
    b.decoy("fixture kick-off times and durations (schedule)")
    b.ok_json(
        {
            "matchs": [
                {
                    "matchId": _match(c)[0],
                    "affiche": f"TP Mazembe - {c.rng.choice(EQUIPES[1:6])}",
                    "coupEnvoi": iso(c),
                    "dureeMin": 90,
                    "stade": "Stade TP Mazembe",
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def evenements(c: Context) -> Flow:
    mid, dom, _ = _match(c)
    b = _b(c, "GET", f"{API}/v1/matchs/{mid}/evenements")
    b.decoy("match event minutes (content)")
    b.ok_json(
        {
            "evenements": [
                {
                    "type": c.rng.choice(["but", "carton_jaune", "remplacement"]),
                    "minute": c.rng.randint(1, 90),
                    "equipe": dom,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def mercato(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/actualites?rubrique=mercato&page=1")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "titre": t}
                for t in (
                    "Les Léopards convoqués pour les éliminatoires",
                    "Mazembe recrute un attaquant zambien",
                    "Ligue 1: le PSG en tête",
                )
            ]
        }
    )
    return b.build()


def replay_segment(c: Context) -> Flow:
    mid = _match(c)[0]
    b = FB(
        c,
        "leopards-direct",
        "GET",
        f"https://cdn.leopardsdirect.example/replays/{mid}/480p/seg{c.rng.randint(1, 120):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(376)))
    return b.build()


def abonner_notifs(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/notifications/abonner")
    b.json({"sujet": "equipe_tp_mazembe", "utilisateur": b.acct("foot_user"), "langue": "fr"})
    b.no_content()
    return b.build()
