"""ChhabiGhara (ଛବିଘର): an Odia OTT app for films and serials (the daughter's vivo in Guwahati).

The backend is built in Bhubaneswar: the player's own events use Odia key
names, in native script on the newer player (`ଚଳଚ୍ଚିତ୍ର` = film, `ପର୍ବ` =
episode, `ଅବସ୍ଥିତି` = position, `ଅବଧି` = duration) and romanised on the
older heartbeat (`dekhiba_pragati`, `sthiti_sec`, `abadhi`). Engagement goes
to MoEngage (`/v2/report/{app_id}` with `query_params` holding `unique_id`,
`gaid`, `android_id`, and `viewsInfo[]` whose `EVENT_ATTRS` is a JSON string)
and to CleverTap (`/a1` with a JSON array: a `meta` header with the device
guid `g` and `af` holding `GoogleAdID`, then `event` items with `evtName` and
`evtData`). The watch history (`ଦେଖିଥିବା ତାଲିକା`) comes back in a response.
A newer build's beacon packs progress under one-letter keys in base64. The
catalogue, trending rails with view counts, search, posters, HLS segments and
subtitles are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, fake_mp4, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.chhabighara.example"
EV = "https://events.chhabighara.example"
UA = ua("ChhabiGhara", "3.9.4", "jiyori")
MOE_APP = "CHHABIGHARA9QK2L"
CT_ACCOUNT = "8R6-9W4-KZ7Z"
TITLES = [
    ("f2031", "Daman", "ଦମନ", 7860, "film"),
    ("f2044", "Pratikshya", "ପ୍ରତୀକ୍ଷା", 8400, "film"),
    ("f2107", "Chaklata Mahaprabhu", "ଚକାଡୋଳା ମହାପ୍ରଭୁ", 7200, "film"),
    ("s3012", "Sindura Bindu", "ସିନ୍ଦୁର ବିନ୍ଦୁ", 1320, "serial"),
    ("s3025", "Tara Tarini", "ତାରା ତାରିଣୀ", 1380, "serial"),
    ("s3040", "Kemiti E Bandhana", "କେମିତି ଏ ବନ୍ଧନ", 1260, "serial"),
]


def _b(c: Context, method: str, url: str, hashed: bool = False) -> FB:
    b = FB(c, "chhabighara", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    b.header("x-bhasa", "or-IN")
    if hashed:
        b.header("x-cg-trk", b.id("aid_ott", "sha256", "header x-cg-trk", detectable=False))
    return b


def _title(c: Context) -> tuple[str, str, str, int, str, int]:
    cid, roman, odia, dur, kind = c.rng.choice(TITLES)
    ep = c.rng.randint(1, 240) if kind == "serial" else 0
    return cid, roman, odia, dur, kind, ep


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/jantra/panjikarana")
    b.json(
        {
            "jantra_parichaya": b.id("aid_ott", where="json jantra_parichaya (ANDROID_ID)"),
            "bigyapana_id": b.id("gaid_jiyori", where="json bigyapana_id (GAID)"),
            "moengage_uid": b.id("ott_moe_uid", where="json moengage_uid"),
            "model": "V2250",
            "bhasa": "or",
            "rajya": "AS",
        }
    )
    b.ok_json({"safal": True, "adhikatama_jantra": 3, "jantra_sankhya": 2})
    return b.build()


def moengage_config(c: Context) -> Flow:
    b = FB(c, "moengage", "POST", f"https://sdk-01.moengage.com/v2/sdkconfig/{MOE_APP}")
    b.header("user-agent", UA)
    b.header("moe-appkey", MOE_APP)
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "app_id": MOE_APP,
                "unique_id": b.id("ott_moe_uid", where="json query_params.unique_id"),
                "app_ver": "3094",
                "sdk_ver": "130500",
                "device_tz": "Asia/Kolkata",
                "device_ts": str(ms(c)),
            }
        }
    )
    b.ok_json({"data": {"a_s": 1, "d_t_s": 3600, "p_f_s": 15, "b_e": []}, "result": "success"})
    return b.build()


def moengage_report(c: Context) -> Flow:
    cid, roman, _odia, dur, kind, ep = _title(c)
    b = FB(c, "moengage", "POST", f"https://sdk-01.moengage.com/v2/report/{MOE_APP}")
    b.header("user-agent", UA)
    b.header("moe-appkey", MOE_APP)
    b.view("json viewsInfo[].EVENT_ATTRS (JSON string: content_name, watched_duration)")
    watched = c.rng.randint(60, dur)
    attrs = {
        "content_id": cid,
        "content_name": roman,
        "content_type": kind,
        "episode_no": ep,
        "watched_duration": watched,
        "percent_watched": round(100 * watched / dur, 1),
    }
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "app_id": MOE_APP,
                "unique_id": b.id("ott_moe_uid", where="json query_params.unique_id"),
                "gaid": b.id("gaid_jiyori", where="json query_params.gaid"),
                "android_id": b.id("aid_ott", where="json query_params.android_id"),
                "model": "V2250",
                "app_ver": "3094",
                "sdk_ver": "130500",
                "device_tz": "Asia/Kolkata",
            },
            "meta": {"bid": rid(c.rng), "request_time": iso(c)},
            "viewsInfo": [
                {
                    "EVENT_ACTION": "Video Watched",
                    "EVENT_ATTRS": js(attrs),
                    "EVENT_G_TIME": str(ms(c)),
                    "EVENT_L_TIME": "12:11:2024:20:41:3",
                }
            ],
        }
    )
    b.ok_json({"result": "success"})
    return b.build()


def _ct_meta(b: FB, c: Context) -> dict:
    return {
        "g": b.id("ott_ct_guid", where="json [0].g (CleverTap guid)"),
        "type": "meta",
        "af": {
            "Build": "3094",
            "Version": "3.9.4",
            "OS Version": "14",
            "SDK Version": 60100,
            "Make": "vivo",
            "Model": "V2250",
            "Carrier": "Jio",
            "OS": "Android",
            "GoogleAdID": b.id("gaid_jiyori", where="json [0].af.GoogleAdID"),
            "GoogleAdIDLimit": False,
            "wdt": 2.86,
            "hgt": 6.36,
            "dpi": 394,
            "lib": "Android",
        },
        "id": CT_ACCOUNT,
        "tk": "a42-b1c",
        "l_ts": int(c.now) - 3600,
        "f_ts": 1716000000,
        "ddnd": False,
    }


def _ct(c: Context) -> FB:
    url = f"https://in1.clevertap-prod.com/a1?os=Android&t=60100&z={CT_ACCOUNT}&ts={int(c.now)}"
    b = FB(c, "clevertap", "POST", url)
    b.header("user-agent", UA)
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a42-b1c")
    return b


def clevertap_watched(c: Context) -> Flow:
    cid, roman, _odia, dur, kind, ep = _title(c)
    b = _ct(c)
    b.view("json [1].evtData (Video Watched: Title, Episode, Seconds Watched)")
    b.json(
        [
            _ct_meta(b, c),
            {
                "evtName": "Video Watched",
                "evtData": {
                    "Title": roman,
                    "Content ID": cid,
                    "Type": kind,
                    "Episode": ep,
                    "Seconds Watched": c.rng.randint(30, dur),
                    "Completed": c.rng.random() < 0.3,
                },
                "s": int(c.now) - 900,
                "pg": 4,
                "type": "event",
                "ep": int(c.now),
                "f": False,
                "n": "PlayerActivity",
            },
        ]
    )
    b.ok_json({"g": "ok", "arp": {"j_n": "Zw==", "i_n": "Zw=="}})
    return b.build()


def clevertap_launch(c: Context) -> Flow:
    b = _ct(c)
    b.json(
        [
            _ct_meta(b, c),
            {"evtName": "App Launched", "evtData": {}, "s": int(c.now), "pg": 1, "type": "event"},
        ]
    )
    b.ok_json({"g": "ok"})
    return b.build()


def player_event(c: Context) -> Flow:
    cid, _roman, odia, dur, kind, ep = _title(c)
    b = _b(c, "POST", f"{EV}/v3/ghatana")
    b.view("json ଚଳଚ୍ଚିତ୍ର/ପର୍ବ/ଅବସ୍ଥିତି (Odia keys: film, episode, position)")
    b.json(
        {
            "ଘଟଣା": c.rng.choice(["ଚାଲୁ", "ବିରତି", "ପୁନଃଚାଲୁ", "ଶେଷ"]),
            "ଚଳଚ୍ଚିତ୍ର": {"ପରିଚୟ": cid, "ନାମ": odia, "ପ୍ରକାର": kind},
            "ପର୍ବ": ep,
            "ଅବସ୍ଥିତି": c.rng.randint(10, dur),
            "ଅବଧି": dur,
            "ଗୁଣବତ୍ତା": c.rng.choice(["720p", "480p", "1080p"]),
            "ସମୟ": iso(c),
            "ଗ୍ରାହକ": b.acct("ott_user"),
        }
    )
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    cid, roman, _odia, dur, _kind, ep = _title(c)
    b = _b(c, "POST", f"{EV}/v2/dekhiba/pragati", hashed=True)
    b.view("gzip json dekhiba_pragati.chalachitra_id/sthiti_sec (romanised Odia)")
    b.json(
        {
            "dekhiba_pragati": {
                "chalachitra_id": cid,
                "shirshaka": roman,
                "parba": ep,
                "sthiti_sec": c.rng.randint(10, dur),
                "abadhi": dur,
                "samaya": ms(c),
            },
            "grahaka": b.acct("ott_user"),
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def dekhithiba(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/grahaka/{quote('ଦେଖିଥିବା')}?seema=20")
    b.view("response json ଦେଖିଥିବା_ତାଲିକା[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        cid, _roman, odia, dur, _kind, ep = _title(c)
        rows.append(
            {
                "ପରିଚୟ": cid,
                "ନାମ": odia,
                "ପର୍ବ": ep,
                "ଅବସ୍ଥିତି": c.rng.randint(10, dur),
                "ଅବଧି": dur,
                "ଶେଷଥର_ଦେଖିଲେ": ms(c) - c.rng.randint(3600, 9 * 86400) * 1000,
            }
        )
    b.ok_json({"ଦେଖିଥିବା_ତାଲିକା": rows})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    cid, _roman, _odia, dur, _kind, ep = _title(c)
    blob = b64url(js({"c": cid, "e": ep, "p": c.rng.randint(10, dur), "d": dur, "t": ms(c)}))
    b = _b(c, "GET", f"{EV}/b.gif?v=4&d={blob}", hashed=True)
    b.view("query d = base64 JSON with one-letter keys (c, e, p, d)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/suchi?bibhaga=chalachitra&prushtha={c.rng.randint(1, 5)}")
    b.ok_json(
        {
            "suchi": [
                {"ପରିଚୟ": cid, "ନାମ": odia, "ଅବଧି": dur, "poster": f"/p/{cid}.jpg"}
                for cid, _r, odia, dur, _k in TITLES
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/lokapriya?rajya=OD")
    b.decoy("trending rail with aggregate view counts and durations (not one viewer's)")
    b.ok_json(
        {
            "lokapriya": [
                {"ପରିଚୟ": cid, "ନାମ": odia, "dekha_sankhya": c.rng.randint(10**4, 10**6)}
                for cid, _r, odia, _d, _k in TITLES[:4]
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ଜଗନ୍ନାଥ", "sabyasachi", "ରଥଯାତ୍ରା", "comedy", "ଅନୁଭବ"])
    b = _b(c, "GET", f"{API}/v2/khoja")
    b.param("q", q)
    b.decoy("search query and results")
    b.ok_json({"phala": [{"ପରିଚୟ": t[0], "ନାମ": t[2]} for t in TITLES[:3]]})
    return b.build()


def poster(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = FB(c, "chhabighara", "GET", f"https://img.chhabighara.example/p/{cid}_w480.jpg")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    n = c.rng.randint(1, 900)
    b = FB(c, "chhabighara", "GET", f"https://vod.chhabighara.example/hls/{cid}/720p/seg_{n}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def subtitles(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = FB(c, "chhabighara", "GET", f"https://vod.chhabighara.example/sub/{cid}/en.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nJai Jagannath!\n"
    b.respond(200, "text/vtt", text.encode())
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/sadasyata")
    b.decoy("subscription order number")
    b.ok_json(
        {
            "yojana": "Varshika",
            "mulya": 499,
            "order_id": f"CG{c.rng.randint(10**9, 10**10)}",
            "sesha_tarikha": "2025-06-30",
            "txn": new_hex(c.rng, 24),
        }
    )
    return b.build()
