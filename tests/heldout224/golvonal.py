"""Gólvonal: an NB I (Hungarian first division) football app on the father's
Redmi Note 13 in Debrecen.

Live scores, line-ups and the table are polled; the app streams matches and
highlight clips and reports watch time per match to its backend in Hungarian
keys (`merkozesId`, `nezettMasodperc`, `osszefoglalo` = highlights).
AppsFlyer launches carry `advertiserId`, AppsFlyer's `uid` and `android_id`
(the SDK's ServerParameters names). Meta app events go to the Graph API
`/{app-id}/activities` edge as a form: `event=CUSTOM_APP_EVENTS`,
`custom_events` JSON (`_eventName`, `_logTime`, `fb_content_type`,
`fb_content_id`), `advertiser_id`, the SDK's `anon_id` (XZ + UUID) and
`extinfo`; a highlight clip watched is logged as `fb_mobile_content_view`
with content type video. A match's minute-by-minute events, the scorers'
minutes and the view counters of clips are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.golvonal.example"
UA = ua("Golvonal", "4.8.1", "apa")
FB_APP = "1184402217739520"
CSAPATOK = [
    "Ferencváros",
    "Debreceni VSC",
    "Puskás Akadémia",
    "Paksi FC",
    "MOL Fehérvár",
    "Újpest FC",
    "ETO FC Győr",
    "Diósgyőri VTK",
    "Zalaegerszegi TE",
    "Kecskeméti TE",
    "Nyíregyháza Spartacus",
    "MTK Budapest",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golvonal", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(CSAPATOK, 2)
    return c.rng.randint(70000, 79999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "hu.golvonal.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("apa"))
    b.json(
        {
            "advertiserId": b.id("gaid_apa", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("golvonal_af_uid", where="json uid"),
            "android_id": b.id("aid_golvonal", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.8.1",
            "model": "23124RA7EO",
            "brand": "Redmi",
            "lang_code": "hu",
            "country": "HU",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "hu.golvonal.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("apa"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "kedvenc_csapat", "af_login"]),
            "eventValue": js({"csapat": c.rng.choice(CSAPATOK)}),
            "advertiserId": b.id("gaid_apa", where="json advertiserId"),
            "uid": b.id("golvonal_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _fb_form(b: FB, c: Context, events: list[dict]) -> None:
    b.form(
        [
            ("format", "json"),
            ("sdk", "android"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("custom_events", js(events)),
            ("advertiser_id", b.id("gaid_apa", where="form advertiser_id")),
            ("anon_id", b.id("golvonal_fb_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "extinfo",
                js(["a2", "hu.golvonal.app", "481", "4.8.1", "14", "23124RA7EO", "hu_HU", "CET"]),
            ),
            ("application_package_name", "hu.golvonal.app"),
        ]
    )


def meta_activate(c: Context) -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    ev = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"}]
    _fb_form(b, c, ev)
    b.ok_json({"success": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events fb_mobile_content_view (video content id + name)")
    ev = [
        {
            "_eventName": "fb_mobile_content_view",
            "_logTime": int(c.now),
            "fb_content_type": "video",
            "fb_content_id": f"osszefoglalo_{mid}",
            "fb_description": f"Összefoglaló: {home} – {away}",
            "_ui": "VideoPlayerActivity",
        }
    ]
    _fb_form(b, c, ev)
    b.ok_json({"success": True})
    return b.build()


def kozvetites_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/kozvetites/nezettseg")
    b.view("json merkozesId + nezettMasodperc (live match watch time)")
    b.json(
        {
            "merkozesId": mid,
            "merkozes": f"{home} – {away}",
            "nezettMasodperc": c.rng.randint(30, 5400),
            "elo": True,
            "ido": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def osszefoglalo_megnezve(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/megnezve")
    b.view("json videoId + szazalek (highlight clip watched)")
    b.json(
        {
            "videoId": f"osszefoglalo_{mid}",
            "cim": f"{home} {c.rng.randint(0, 4)}–{c.rng.randint(0, 4)} {away}",
            "szazalek": c.rng.choice([25, 50, 90, 100]),
            "hossz": c.rng.randint(90, 300),
            "megnezve": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides MD5-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/p")
    b.header("x-h", b.id("aid_golvonal", "md5", "header x-h", detectable=False))
    b.view("json s[] rows", detectable=False)
    b.json({"s": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def elo_eredmenyek(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/merkozesek/elo?bajnoksag=nb1")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "merkozesId": mid,
                "hazai": home,
                "vendeg": away,
                "eredmeny": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "perc": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"merkozesek": rows})
    return b.build()


def esemenyek(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/merkozesek/{mid}/esemenyek")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "esemenyek": [
                {
                    "tipus": c.rng.choice(["gol", "sarga_lap", "csere", "piros_lap"]),
                    "perc": c.rng.randint(1, 90),
                    "csapat": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def osszefoglalok(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/osszefoglalok?oldal=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videok": [
                {
                    "videoId": f"osszefoglalo_{_match(c)[0]}",
                    "hossz": c.rng.randint(90, 300),
                    "megtekintesek": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def tabella(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tabella?ideny=2024-25")
    b.ok_json(
        {
            "tabella": [
                {"csapat": k, "pont": c.rng.randint(10, 60), "merkozes": 22} for k in CSAPATOK
            ]
        }
    )
    return b.build()


def ertesites_feliratkozas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ertesitesek/feliratkozas")
    b.json(
        {
            "tema": "csapat_" + c.rng.choice(["fradi", "dvsc", "ujpest", "paks"]),
            "felhasznalo": b.acct("golvonal_user"),
            "push": new_hex(c.rng, 24),
        }
    )
    b.no_content()
    return b.build()
