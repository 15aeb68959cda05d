"""Kgwele: a football app (Botswana Premier League, the South African PSL, the
Zebras) on the uncle's Infinix HOT 40i in Francistown.

The backend speaks Setswana: `motshameko` = match, `lebeletse` = watched,
`tiragalo` / `ditiragalo` = event(s), `nako` = time, `metsotso` = minutes,
`setlhopha` = team, `setlhogo` = title, `bidio` = video. Matches and highlights
stream in the app, and the player reports what was watched. AppsFlyer gets the
launches and in-app events (JSON with `advertiserId`, AppsFlyer's `uid`,
`eventName` / `eventValue`), and the conversion-data call carries the uid as
`device_id`. Meta app events go to graph.facebook.com `/{app_id}/activities` as
a form (`advertiser_id`, `anon_id`, `custom_events` as a JSON string). Live
scores, the minutes of goals, fixtures with kick-off times, the league table
and the season-pass price with its duration are not anyone's viewing.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, PHONES, dalvik, iso, ms, new_hex, rf, rid, ua

API = "https://api.kgwele.example"
UA = ua("Kgwele", "4.1.2", "malome")
AF_Q = [("app_id", "bw.kgwele.live"), ("buildnumber", "6.15.1")]
FB_APP = "1184302275519043"
DITLHOPHA = [
    "Gaborone United",
    "Township Rollers",
    "Jwaneng Galaxy",
    "Orapa United",
    "Mochudi Centre Chiefs",
    "Sua Flamingoes",
    "Orlando Pirates",
    "Kaizer Chiefs",
    "Mamelodi Sundowns",
]
ZEBRAS = ["Zebras - Likuena", "Zebras - Brave Warriors", "Zebras - Bafana Bafana"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kgwele", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _motshameko(c: Context) -> tuple[int, str]:
    if c.rng.random() < 0.25:
        return c.rng.randint(9000, 9099), c.rng.choice(ZEBRAS)
    home, away = c.rng.sample(DITLHOPHA, 2)
    return c.rng.randint(61000, 69999), f"{home} - {away}"


# --- AppsFlyer --------------------------------------------------------------------


def _af(c: Context, host: str) -> FB:
    b = FB(c, "appsflyer", "POST", f"https://{host}.appsflyer.com/api/v6.15/androidevent", AF_Q)
    b.header("user-agent", dalvik("malome"))
    return b


def af_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    _osv, model, build = PHONES["malome"]
    body = {
        "af_timestamp": str(ms(c)),
        "advertiserIdEnabled": "true",
        "advertiserId": b.id("gaid_malome", where="json advertiserId"),
        "uid": b.id("kgwele_af_uid", where="json uid"),
        "app_version_code": "412",
        "app_version_name": "4.1.2",
        "af_preinstalled": "false",
        "operator": "Mascom",
        "carrier": "Mascom",
        "network": "MOBILE",
        "country": "BW",
        "lang": "English",
        "lang_code": "en",
        "sdk": "33",
        "model": model,
        "brand": "Infinix",
        "device": "Infinix-X6528B",
        "platformextension": "android_native",
        "installer_package": "com.android.vending",
        "installDate": "2025-01-14_101233+0200",
        "counter": str(c.rng.randint(2, 400)),
        "iaecounter": str(c.rng.randint(0, 50)),
        "timepassedsincelastlaunch": str(c.rng.randint(60, 90000)),
        "deviceData": {
            "build_display_id": build,
            "cpu_abi": "arm64-v8a",
            "dim": {"x_px": "720", "y_px": "1612", "d_dpi": "320", "size": "2"},
        },
    }
    body["af_v"] = hashlib.sha1(js(body).encode()).hexdigest()
    body["af_v2"] = hashlib.md5(body["af_v"].encode()).hexdigest()
    b.decoy("af_v / af_v2 request checksums (sha1 / md5 hex)")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def af_event(c: Context, watched: bool = True) -> Flow:
    b = _af(c, "inapps")
    if watched:
        mid, title = _motshameko(c)
        b.view("json eventName af_content_view + eventValue af_content_id / lebeletse_metsotswana")
        name = "af_content_view"
        value = {
            "af_content_type": "highlight",
            "af_content_id": f"hl_{mid}",
            "af_content": f"Dikgolo: {title}",
            "lebeletse_metsotswana": c.rng.randint(30, 300),
        }
    else:
        name = "latela_setlhopha"
        value = {"setlhopha": c.rng.choice(DITLHOPHA)}
    b.json(
        {
            "eventName": name,
            "eventValue": js(value),
            "af_timestamp": str(ms(c)),
            "advertiserId": b.id("gaid_malome", where="json advertiserId"),
            "uid": b.id("kgwele_af_uid", where="json uid"),
            "app_version_name": "4.1.2",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_follow(c: Context) -> Flow:
    return af_event(c, watched=False)


def af_conversion(c: Context) -> Flow:
    b = FB(c, "appsflyer", "GET", "https://gcdsdk.appsflyer.com/install_data/v5.0/bw.kgwele.live")
    b.header("user-agent", dalvik("malome"))
    b.param("devkey", "Kq7rTzWm3yHcVn2bXpL9dE")
    b.param("device_id", b.id("kgwele_af_uid", where="query device_id"))
    b.ok_json({"af_status": "Organic", "is_first_launch": False, "install_time": iso(c)})
    return b.build()


# --- Meta app events ------------------------------------------------------------


def _fb_activities(c: Context, events: list[dict]) -> FB:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    osv, model, _ = PHONES["malome"]
    extinfo = ["a2", "bw.kgwele.live", "412", "4.1.2", osv, model, "en_BW", "CAT", "Mascom"]
    b.form(
        [
            ("format", "json"),
            ("sdk", "android"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("custom_events", js(events)),
            ("advertiser_id", b.id("gaid_malome", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("kgwele_fb_anon", where="form anon_id")),
            ("extinfo", js(extinfo)),
            ("application_package_name", "bw.kgwele.live"),
        ]
    )
    b.ok_json({"success": True})
    return b


def fb_activate(c: Context) -> Flow:
    b = _fb_activities(
        c,
        [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(c.now),
                "_ui": "unknown",
                "fb_mobile_launch_source": "Unclassified",
                "_session_id": rid(c.rng),
            }
        ],
    )
    return b.build()


def fb_content_view(c: Context) -> Flow:
    mid, title = _motshameko(c)
    b = _fb_activities(
        c,
        [
            {
                "_eventName": "fb_mobile_content_view",
                "_logTime": int(c.now),
                "_ui": "BidioActivity",
                "fb_content_type": "video",
                "fb_content_id": f"hl_{mid}",
                "fb_description": f"Dikgolo: {title}",
                "_session_id": rid(c.rng),
            }
        ],
    )
    b.view("form custom_events fb_mobile_content_view (video highlight viewed)")
    return b.build()


def fb_match_watched(c: Context) -> Flow:
    mid, title = _motshameko(c)
    b = _fb_activities(
        c,
        [
            {
                "_eventName": "motshameko_o_lebeletswe",
                "_logTime": int(c.now),
                "_ui": "LiveActivity",
                "motshameko": title,
                "motshameko_id": str(mid),
                "metsotso": c.rng.randint(5, 95),
                "_session_id": rid(c.rng),
            }
        ],
    )
    b.view("form custom_events motshameko_o_lebeletswe + metsotso (match watched)")
    return b.build()


# --- own backend ----------------------------------------------------------------


def ikwadisa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sedirisiwa/ikwadisa")
    b.json(
        {
            "androidId": b.id("aid_kgwele", where="json androidId"),
            "advertisingId": b.id("gaid_malome", where="json advertisingId"),
            "sekao": PHONES["malome"][1],
            "puo": "tn",
        }
    )
    b.ok_json({"modirisi": b.acct("kgwele_user"), "kwadisitswe": True})
    return b.build()


def lebeletse_live(c: Context) -> Flow:
    mid, title = _motshameko(c)
    b = _b(c, "POST", f"{API}/v1/motshameko/lebeletse")
    b.view("json motshamekoId + metsotso_e_lebeletsweng (live match watch time)")
    b.json(
        {
            "motshamekoId": mid,
            "ditlhopha": title,
            "tiragalo": "live",
            "metsotso_e_lebeletsweng": c.rng.randint(1, 95),
            "nako": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def bidio_lebeletse(c: Context) -> Flow:
    mid, title = _motshameko(c)
    b = _b(c, "POST", f"{API}/v1/bidio/lebeletse")
    b.view("json bidioId + setlhogo + diperesente (highlight watched)")
    b.json(
        {
            "bidioId": f"hl_{mid}",
            "setlhogo": f"Dikgolo: {title}",
            "diperesente": c.rng.choice([25, 50, 90, 100]),
            "nako": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_qoe(c: Context) -> Flow:
    """The player's QoE ping: [match, seconds, ts] rows under `q`; the ANDROID_ID
    goes as an MD5 of its upper-case form in header `x-k`."""
    b = _b(c, "POST", f"{API}/k")
    b.header("x-k", b.id("aid_kgwele", "md5_of_upper", "header x-k", detectable=False))
    b.view("json q[] nameless rows", detectable=False)
    b.json({"q": [[_motshameko(c)[0], c.rng.randint(30, 5400), ms(c)]], "v": 4})
    b.no_content()
    return b.build()


def dintlha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/metshameko/live?lekgotla=bpl")
    b.decoy("live scores and match minutes (not viewing)")
    rows = []
    for _ in range(4):
        mid, title = _motshameko(c)
        rows.append(
            {
                "motshamekoId": mid,
                "ditlhopha": title,
                "dintlha": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "motsotso": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"metshameko": rows})
    return b.build()


def ditiragalo(c: Context) -> Flow:
    mid, _ = _motshameko(c)
    b = _b(c, "GET", f"{API}/v1/metshameko/{mid}/ditiragalo")
    b.decoy("match event minutes (goals, cards)")
    b.ok_json(
        {
            "ditiragalo": [
                {
                    "tiragalo": c.rng.choice(["kgolo", "karata_e_serolwana", "phetolo"]),
                    "motsotso": c.rng.randint(1, 90),
                    "setlhopha": c.rng.choice(DITLHOPHA),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def lenaneo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lenaneo?beke=12")
    b.decoy("fixtures with kick-off times and venues")
    b.ok_json(
        {
            "lenaneo": [
                {"ditlhopha": _motshameko(c)[1], "nako": iso(c), "lefelo": "Obed Itani Chilume"}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def tafole(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tafole?lekgotla=bpl&sezone=2024-25")
    b.ok_json(
        {
            "tafole": [
                {"setlhopha": t, "dintlha": c.rng.randint(10, 60), "metshameko": 22}
                for t in DITLHOPHA[:6]
            ]
        }
    )
    return b.build()


def pass_price(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dituelo/pass")
    b.decoy("season pass price with duration")
    b.ok_json(
        {
            "dipasa": [
                {"leina": "Beke", "tlhwatlhwa": 25.0, "duration": "P7D", "madi": "BWP"},
                {"leina": "Sezone", "tlhwatlhwa": rf(c.rng, 290, 310, 0), "duration": "P300D"},
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bidio?leqephe=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "bidio": [
                {
                    "bidioId": f"hl_{_motshameko(c)[0]}",
                    "nako": c.rng.randint(60, 300),
                    "ba_lebeletseng": c.rng.randint(300, 80000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def hls_live(c: Context) -> Flow:
    b = FB(
        c,
        "kgwele",
        "GET",
        f"https://live.kgwele.example/m/{_motshameko(c)[0]}/540p/seg{c.rng.randint(1, 9000)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
