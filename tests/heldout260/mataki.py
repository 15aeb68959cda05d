"""Mātaki+: a Māori-language TV catch-up app, on Aroha's Galaxy and on the lounge
Android TV box (the whānau watches there together: one room's viewing).

The backend is built in Aotearoa and speaks te reo in its keys: `hōtaka`
(programme), `wāhanga` (episode), `tūnga` (position), `roanga` (duration),
`mātakitaki` (watching), `pūrere` (device), sometimes without macrons
(`hotaka`, `purere`). Watch progress, the lounge box's heartbeat and the "continue
watching" / history lists are viewing history; the player reports sessions to
Conviva (Conviva's own JSON `CwsSessionHb` heartbeat to
`<customer>.cws.conviva.com/0/wsg`: `clid` client id, `an` asset name, `pht`
playhead) and GA4 video events through the Measurement Protocol. AppsFlyer
(`advertiserId`, `uid`, `android_id`), Meta's app events (`advertiser_id`,
`anon_id`, https://developers.facebook.com/docs/marketing-api/app-event-api/)
and Firebase Installations carry device ids. The catalogue, search, EPG, the
nationwide "most watched" counts, thumbnails (`whakaahua`), DRM licences and HLS
segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import WB, dalvik, iso, ms, rid, ua

API = "https://api.matakiplus.example"
UA = ua("MatakiPlus", "3.9.0", "aroha")
UA_TV = ua("MatakiPlusTV", "3.9.0", "tvbox")
HOTAKA = [
    ("h2041", "Te Ao Hou Kōrero", 1560),
    ("h2077", "Kai ki te Marae", 1440),
    ("h2102", "Ngā Pakiwaitara a Koro", 1320),
    ("h2139", "Te Wairua o te Moana", 2640),
    ("h2166", "Haka Tūmatanui", 1800),
    ("h2190", "Pāpāho Rangatahi", 1500),
]
TEIHANA = ["Whakaata 1", "Te Reo 2", "Pūtahi Live", "Ōtautahi Hapori"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:840177263118:android:2c6d0f9a17e4b3a5&api_secret=Rk2pWq8LxN4cVz7TfB0hYa"
)


def _b(c: Context, method: str, url: str, device: str = "", tv: bool = False) -> WB:
    b = WB(c, "matakiplus", method, url)
    b.header("user-agent", UA_TV if tv else UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device == "header":
        b.header("x-purere-id", b.id("aid_mataki", where="header x-purere-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    hid, title, dur = c.rng.choice(HOTAKA)
    return hid, title, c.rng.randint(1, 26), dur


# --- device registration ---------------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/purere/rehita")
    b.json(
        {
            "tautuhi_pūrere": b.id("aid_mataki", where="json tautuhi_pūrere (device id)"),
            "tautuhi_tāuta": b.id("mataki_install", where="json tautuhi_tāuta (install id)"),
            "tauira": "SM-A556B",
            "reo": "mi-NZ",
            "whenua": "NZ",
        }
    )
    b.ok_json({"angitu": True, "mōrahi_pūrere": 5})
    return b.build()


def tvbox_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/tv/rehita", tv=True)
    b.form(
        [
            ("android_id", b.id("aid_tvbox", where="form android_id")),
            ("mac", b.id("tvbox_mac", where="form mac")),
            ("serial", b.id("tvbox_serial", where="form serial")),
            ("tauira", "SEI610"),
            ("ruma", "lounge"),
        ]
    )
    b.ok_json({"angitu": True, "waehere": str(c.rng.randint(100000, 999999))})
    return b.build()


def tvbox_config(c: Context) -> Flow:
    """The box's config poll: an opaque header 'x-k' holds MD5 of its MAC."""
    b = _b(c, "GET", f"{API}/v3/tv/whirihora?v=3.9.0", tv=True)
    b.header("x-k", b.id("tvbox_mac", "md5", "header x-k", detectable=False))
    b.decoy("config flags")
    b.ok_json({"hdr": True, "4k": False, "kupu_āwhina": "Pēhea te mātaki i te pouaka"})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = WB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/matakiplus-nz/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "nz.matakiplus.app")
    b.json(
        {
            "fid": b.id("mataki_fid", where="json fid"),
            "appId": "1:840177263118:android:2c6d0f9a17e4b3a5",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/840177263118/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = WB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "nz.matakiplus.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("aroha"))
    b.json(
        {
            "advertiserId": b.id("gaid_aroha", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("mataki_af_uid", where="json uid"),
            "android_id": b.id("aid_mataki", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.9.0",
            "model": "SM-A556B",
            "brand": "samsung",
            "lang_code": "mi",
            "country": "NZ",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_activities(c: Context) -> Flow:
    b = WB(c, "meta", "POST", "https://graph.facebook.com/v19.0/318820447761042/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    extinfo = js(["a2", "nz.matakiplus.app", 390, "3.9.0", "14", "SM-A556B", "en_NZ", "NZST"])
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_aroha", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("mataki_fb_anon", where="form anon_id")),
            ("extinfo", extinfo),
            (
                "custom_events",
                js([{"_eventName": "fb_mobile_content_view", "fb_content_type": "pānui"}]),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_watched(c: Context) -> Flow:
    """A custom app event naming the episode watched to the end, sent to Meta."""
    _, title, ep, dur = _ep(c)
    b = WB(c, "meta", "POST", "https://graph.facebook.com/v19.0/318820447761042/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events[]._eventName=VideoWatched with content title + seconds")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_aroha", where="form advertiser_id")),
            ("anon_id", b.id("mataki_fb_anon", where="form anon_id")),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "VideoWatched",
                            "fb_content_id": f"{title} / wāhanga {ep}",
                            "watched_seconds": dur,
                            "_logTime": int(c.now),
                        }
                    ]
                ),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


# --- viewing ---------------------------------------------------------------------


def matakitaki_progress(c: Context) -> Flow:
    hid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/matakitaki/tunga", device="header")
    b.view("json hōtaka/wāhanga/tūnga_hēkona/roanga (watch position)")
    b.json(
        {
            "hōtaka_id": hid,
            "hōtaka": title,
            "wāhanga": ep,
            "tūnga_hēkona": c.rng.randint(20, dur),
            "roanga": dur,
            "kua_oti": False,
            "wā": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    """The lounge box: what is on the one screen the whānau watches, every minute."""
    hid, _title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/tv/manawa", tv=True)
    b.header("x-device-serial", b.id("tvbox_serial", where="header x-device-serial"))
    b.view("json hotaka_id/wahanga/position_ms (lounge TV heartbeat)")
    b.json(
        {
            "hotaka_id": hid,
            "wahanga": ep,
            "position_ms": c.rng.randint(20, dur) * 1000,
            "state": "playing",
            "ts": ms(c),
        }
    )
    b.ok_json({"haere_tonu": True})
    return b.build()


def conviva_hb(c: Context) -> Flow:
    _, title, ep, dur = _ep(c)
    b = WB(c, "conviva", "POST", "https://matakiplus.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    b.view("json an (asset name) + pht (playhead), CwsSessionHb")
    b.set_body(
        js(
            {
                "t": "CwsSessionHb",
                "cid": "c3.MatakiPlus",
                "clid": b.id("conviva_clid", where="json clid"),
                "sid": c.rng.randint(10**8, 10**9),
                "seq": c.rng.randint(1, 40),
                "an": f"{title} - Wāhanga {ep}",
                "pht": c.rng.randint(10, dur) * 1000,
                "cl": dur * 1000,
                "sst": ms(c) - 600000,
                "st": 600000,
                "ps": 3,
                "tags": {"c3.cm.contentType": "VOD", "reo": "mi"},
            }
        ).encode(),
        "application/json",
        "gzip",
    )
    b.ok_json({"err": "ok", "clid": "", "slg": False})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = WB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} with video_title")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("mataki_app_instance", where="json app_instance_id"),
            "user_id": b.acct("mataki_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Wāhanga {ep}",
                        "video_provider": "matakiplus",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = WB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.decoy("screen_view named 'Mātaki' (a screen, not content)")
    b.json(
        {
            "app_instance_id": b.id("mataki_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Kāinga", "Rapu", "Mātaki", "Kōtaha"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def haere_tonu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kaiwhakamahi/haere-tonu?tepe=10")
    b.view("response json haere_tonu[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        hid, title, ep, dur = _ep(c)
        rows.append(
            {
                "hōtaka_id": hid,
                "hōtaka": title,
                "wāhanga": ep,
                "tūnga_hēkona": c.rng.randint(60, dur - 60),
                "roanga": dur,
                "i_mātakitakina": iso(c),
            }
        )
    b.ok_json({"haere_tonu": rows})
    return b.build()


def hitori(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kaiwhakamahi/hitori-matakitaki?wharangi=1")
    mk_p = b.id("aid_mataki", "b64", "cookie mk_p (base64)", detectable=False)
    b.header("cookie", "mk_p=" + mk_p)
    b.view("response json hotaka_kua_matakitakina[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        hid, title, ep, _dur = _ep(c)
        items.append({"hotaka_id": hid, "hotaka": title, "wahanga": ep, "ra": iso(c)})
    b.ok_json({"hotaka_kua_matakitakina": items, "wharangi": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [programme, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/p/2")
    b.view("json q[] rows (gzip)", detectable=False)
    rows = [
        [int(c.rng.choice(HOTAKA)[0][1:]), c.rng.randint(1, 26), c.rng.randint(10, 2600), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- content fetches (decoys) ----------------------------------------------------


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/hotaka?momo=pakiwaitara&wharangi=1")
    b.decoy("catalogue with durations and 'mātaki ināianei' buttons (content fetch)")
    b.ok_json(
        {
            "hōtaka": [
                {
                    "hōtaka_id": hid,
                    "ingoa": title,
                    "wāhanga": 26,
                    "roanga": dur,
                    "pātene": "Mātaki ināianei",
                    "whakaahua": f"https://img.matakiplus.example/p/{hid}.jpg",
                }
                for hid, title, dur in HOTAKA
            ]
        }
    )
    return b.build()


def rapu(c: Context) -> Flow:
    q = c.rng.choice(["kai", "haka", "moana", "koro"])
    b = _b(c, "GET", f"{API}/v3/rapu?{urlencode({'kupu': q})}")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "hua": [
                {"hōtaka_id": hid, "ingoa": title, "roanga": dur} for hid, title, dur in HOTAKA[:3]
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch = c.rng.choice(TEIHANA)
    b = _b(c, "GET", f"{API}/v3/rarangi-hotaka?{urlencode({'teihana': ch})}")
    b.decoy("EPG programme times for a channel (content fetch)")
    b.ok_json(
        {
            "teihana": ch,
            "hōtaka": [
                {"ingoa": t, "tīmata": iso(c), "roanga": c.rng.choice([30, 60])}
                for t in ("Te Karere", "Ngā Pūrongo", "Kai ki te Marae", "Haka Tūmatanui")
            ],
        }
    )
    return b.build()


def motu_top(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/tino-matakitaki?wa=7d")
    b.decoy("nationwide view counts (aggregate, not one person's viewing)")
    b.ok_json(
        {
            "tino_mātakitaki": [
                {"hōtaka_id": hid, "ingoa": title, "tatau_mātaki": c.rng.randint(10**4, 10**6)}
                for hid, title, _ in HOTAKA
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    hid = c.rng.choice(HOTAKA)[0]
    b = WB(c, "matakiplus", "GET", f"https://img.matakiplus.example/whakaahua/{hid}/w480.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    hid = c.rng.choice(HOTAKA)[0]
    b = WB(
        c,
        "matakiplus",
        "GET",
        f"https://vod.matakiplus.example/{hid}/w{c.rng.randint(1, 26):02d}/720p/"
        f"seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = WB(c, "matakiplus", "POST", "https://drm.matakiplus.example/widevine/licence")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("x-session-id", rid(c.rng))
    b.decoy("DRM licence challenge with session id")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
