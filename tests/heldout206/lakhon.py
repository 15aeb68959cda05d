"""LakhonPlus (ລະຄອນພລັສ): a Lao / Thai drama and Lao live-TV streaming app (the
daughter's vivo Y36 in Udon Thani).

The backend is built in Vientiane: paths and keys are romanised Lao as Lao
developers write them (`beung` = watch, `ton_thi` = episode number, `tamnaeng`
= position, `khuam_nyao` = length, `xong` = channel, `pavat` = history,
`beung_to` = continue watching) with English. Watch progress and live-channel
heartbeats go to the app's backend; video events also go to GA4 through the
Measurement Protocol in app-stream form (`firebase_app_id` and `api_secret` in
the URL, `app_instance_id` in the body, `video_progress` / `video_complete`
with `video_title`, `video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2) and AppsFlyer (`advertiserId`, `uid`, `android_id`). Pangle ads are
fetched with the SDK's encrypted request (`message` ciphertext, `cypher`), so
the advertising id inside is not readable on the wire. The catalogue, search,
the EPG, the "most watched" counts and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.lakhonplus.example"
UA = ua("LakhonPlus", "3.9.4", "luksao")
LAKHON = [
    ("lk210", "ຮັກນີ້ທີ່ວຽງຈັນ", 2700),
    ("lk214", "ສາວບ້ານນາ", 2400),
    ("lk233", "ດອກຈຳປາບານ", 3000),
    ("th501", "บุพเพสันนิวาส", 3300),
    ("th517", "กลิ่นกาสะลอง", 3100),
    ("th522", "เลือดข้นคนจาง", 2900),
]
XONG = ["LNTV 1", "LNTV 3", "Lao Star", "TV Lao", "MV Lao", "Ch3 HD", "Ch7 HD", "Workpoint"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:802147731950:android:3c5d0e7a91b2f4d6&api_secret=Qm8vR2zLx4TnWb7sKd1Y0e"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "lakhonplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "lo-LA,th;q=0.8")
    if device:
        b.header("x-lahat-upakon", b.id("aid_lakhon", where="header x-lahat-upakon"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    lid, title, dur = c.rng.choice(LAKHON)
    return lid, title, c.rng.randint(1, 40), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/lakhonplus-la/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "la.lakhonplus.app")
    b.json(
        {
            "fid": b.id("lakhon_fid", where="json fid"),
            "appId": "1:802147731950:android:3c5d0e7a91b2f4d6",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/802147731950/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register_upakon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/upakon/longthabian", device=False)
    b.json(
        {
            "android_id": b.id("aid_lakhon", where="json android_id"),
            "firebase_id": b.id("lakhon_fid", where="json firebase_id"),
            "ruen": "V2247",
            "phasa": "lo",
            "pathet": "TH",
        }
    )
    b.ok_json({"samlet": True, "upakon_sungsut": 3})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "la.lakhonplus.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("luksao"))
    b.json(
        {
            "advertiserId": b.id("gaid_luksao", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("lakhon_af_uid", where="json uid"),
            "android_id": b.id("aid_lakhon", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.9.4",
            "model": "V2247",
            "brand": "vivo",
            "lang_code": "lo",
            "country": "TH",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pangle_get_ads(c: Context) -> Flow:
    """Pangle's ad request: the JSON (with the GAID) is AES-encrypted by the SDK."""
    b = FB(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.header("user-agent", dalvik("luksao"))
    b.id_raw("gaid_luksao", "pangle_aes", "json message (SDK-encrypted request)")
    b.json({"message": "3" + b64(new_hex(c.rng, 96)), "cypher": 3, "ad_sdk_version": "5.8.0.6"})
    b.ok_json({"message": b64(new_hex(c.rng, 120)), "cypher": 3, "status_code": 20000})
    return b.build()


def beung_progress(c: Context) -> Flow:
    lid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/beung/khuen_na")
    b.view("json lakhon_id/ton_thi/tamnaeng (watch progress)")
    b.json(
        {
            "lakhon_id": lid,
            "sue_rueang": title,
            "ton_thi": ep,
            "tamnaeng": c.rng.randint(15, dur),
            "khuam_nyao": dur,
            "beung_jop": False,
            "vela": iso(c),
        }
    )
    b.no_content()
    return b.build()


def beung_to(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/phu_sai/beung_to?jamnuan=10")
    b.view("response json beung_to[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        lid, title, ep, dur = _ep(c)
        rows.append(
            {
                "lakhon_id": lid,
                "sue_rueang": title,
                "ton_thi": ep,
                "tamnaeng": c.rng.randint(60, dur - 60),
                "khuam_nyao": dur,
                "beung_lasut": iso(c),
            }
        )
    b.ok_json({"beung_to": rows})
    return b.build()


def pavat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/phu_sai/pavat_kanbeung?na=1")
    b.view("response json pavat[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        lid, title, ep, _dur = _ep(c)
        items.append({"lakhon_id": lid, "sue_rueang": title, "ton_thi": ep, "mue": iso(c)})
    b.ok_json({"pavat": items, "na": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/live/hua_jai")
    b.view("json xong + vinathi (live channel watch time)")
    b.json(
        {
            "xong": c.rng.choice(XONG),
            "vinathi": c.rng.choice([30, 60, 60, 120]),
            "roem": iso(c),
            "khunnaphap": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"tor": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("lakhon_app_instance", where="json app_instance_id"),
            "user_id": b.acct("lakhon_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} ຕອນທີ {ep}",
                        "video_provider": "lakhonplus",
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
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("lakhon_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["na_lak", "sok", "kho_mun", "live_tv"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title no, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] positional rows (gzip)", detectable=False)
    rows = [
        [int(c.rng.choice(LAKHON)[0][2:]), c.rng.randint(1, 40), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def katalok(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalok?phuet=lakhon&na=1", device=False)
    b.decoy("catalogue with episode counts and lengths (content fetch)")
    b.ok_json(
        {
            "lakhon": [
                {
                    "lakhon_id": lid,
                    "sue_rueang": title,
                    "jamnuan_ton": 40,
                    "khuam_nyao": dur,
                    "hup": f"https://img.lakhonplus.example/p/{lid}.jpg",
                }
                for lid, title, dur in LAKHON
            ]
        }
    )
    return b.build()


def sok(c: Context) -> Flow:
    q = c.rng.choice(["ຮັກ", "บุพเพ", "sao ban na", "champa"])
    b = _b(c, "GET", f"{API}/api/v3/sok", device=False)
    b.param("kham", q)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "phon": [
                {"lakhon_id": lid, "sue_rueang": title, "khuam_nyao": dur}
                for lid, title, dur in LAKHON[:3]
            ]
        }
    )
    return b.build()


def nyot_beung(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/nyot_beung?lainya=7d", device=False)
    b.decoy("aggregate view counts (yot_beung) for all users, not one person's viewing")
    b.ok_json(
        {
            "top": [
                {"lakhon_id": lid, "sue_rueang": t, "yot_beung": c.rng.randint(10**4, 10**6)}
                for lid, t, _ in LAKHON
            ]
        }
    )
    return b.build()


def talang_xong(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/live/talang?xong={c.rng.randint(1, 8)}", device=False)
    b.decoy("EPG programme start times and lengths (content fetch)")
    b.ok_json(
        {
            "lainya": [
                {"sue": t, "roem": iso(c), "khuam_nyao": c.rng.choice([30, 60, 90])}
                for t in ("ຂ່າວ LNTV", "ລະຄອນຫຼັງຂ່າວ", "ມ່ວນຊື່ນວັນເສົາ", "ມວຍລາວ")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    lid = c.rng.choice(LAKHON)[0]
    b = FB(
        c,
        "lakhonplus",
        "GET",
        f"https://vod.lakhonplus.example/{lid}/t{c.rng.randint(1, 40):02d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
