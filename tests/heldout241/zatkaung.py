"""ZatKaung: a Myanmar series and movie streaming app (the younger son's Redmi
Note 13 in Bangkok).

The backend is Burmese-built: paths and keys are romanised Burmese
(`kyi-shu` = watching, `hmattan` = record, `zatlan` = series, `apaing` =
episode, `neyar` = position, `kyar_chein` = duration, `set` = device) with
titles in Myanmar script. Watch progress goes to the app's backend. The
Firebase SDK registers with Firebase Installations (`fid`, `appId`,
`authVersion` FIS_v2) and uploads its Google Analytics for Firebase batches to
app-measurement.com/a as protobuf (no key names on the wire for the app
instance id, the advertising id or the app's short custom event params); the
player module also posts video events straight to GA4's Measurement Protocol
(`app_instance_id`, recommended `video_progress` / `video_complete` params).
AppsFlyer launches carry `advertiserId`, AppsFlyer's `uid` and `android_id`;
the in-app event `af_content_view` carries the episode watched in
`eventValue`. Catalogue rails, search, the "top 10 in Myanmar" counts,
thumbnails and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.zatkaung.example"
UA = ua("ZatKaung", "3.9.4", "nyilay")
PKG = "com.zatkaung.mm"
APP_ID = "1:804112735561:android:3bd0e51f9a7c24e6"
ZATLAN = [
    ("z2031", "ရွှေမြို့တော်ရဲ့ည", 2640),
    ("z2044", "မေတ္တာရိပ်", 2520),
    ("z2057", "ဧရာဝတီကမ်းနား", 2880),
    ("z2068", "အိမ်ပြန်လမ်း", 2700),
    ("z2072", "မန္တလေးသူ", 2580),
    ("m0915", "ချစ်သူ့ရင်ခွင်", 6300),
    ("m0921", "ပုဂံည", 5880),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    f"{APP_ID}&api_secret=Zk3pQw8nVr2xLc5tHy1mBg"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "zatkaung", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "my-MM")
    if device:
        b.header("x-set-id", b.id("aid_zat", where="header x-set-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    zid, title, dur = c.rng.choice(ZATLAN)
    return zid, title, 1 if zid.startswith("m") else c.rng.randint(1, 40), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/zatkaung-mm/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("zat_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804112735561/installations/" + c.phone.zat_fid,
            "fid": c.phone.zat_fid,
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    b.other_id("zat_fid", "response json name/fid", direction="response")
    return b.build()


def set_hmat_poun_tin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/set/hmat-poun-tin", device=False)
    b.json(
        {
            "androidId": b.id("aid_zat", where="json androidId"),
            "firebaseInstallationId": b.id("zat_fid", where="json firebaseInstallationId"),
            "model": "23129RAA4G",
            "bhasa": "my",
            "naingngan": "TH",
        }
    )
    b.ok_json({"awmyin": True, "set_a_ma_sone": 3})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={PKG}&buildnumber=6.14.2",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik("nyilay"))
    b.json(
        {
            "advertiserId": b.id("gaid_nyilay", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "isGaidWithGps": "true",
            "uid": b.id("zat_af_uid", where="json uid"),
            "android_id": b.id("aid_zat", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.9.4",
            "brand": "Redmi",
            "model": "23129RAA4G",
            "lang_code": "my",
            "country": "TH",
            "counter": str(c.rng.randint(1, 80)),
            "iaecounter": str(c.rng.randint(0, 30)),
            "cksm_v1": new_hex(c.rng, 34),
        },
        "gzip" if c.rng.random() < 0.5 else None,
    )
    b.decoy("cksm_v1 checksum hex")
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    zid, title, ep, dur = _ep(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.14/androidevent?app_id={PKG}&buildnumber=6.14.2",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik("nyilay"))
    b.view("json eventValue af_content_view (episode watched)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(
                {
                    "af_content_id": f"{zid}-{ep}",
                    "af_content_type": "episode",
                    "af_content": title,
                    "kyi_chein_sec": c.rng.randint(60, dur),
                }
            ),
            "advertiserId": b.id("gaid_nyilay", where="json advertiserId"),
            "uid": b.id("zat_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def _pb_param(key: str, value: object) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)])
    return pb_msg(1, [pb_bytes(1, key), pb_bytes(2, str(value))])


def app_measurement(c: Context, video: bool = True) -> Flow:
    """GA for Firebase batch: protobuf; the ids sit in numbered fields, the app's
    custom event `kp` has params `z` (title id), `a` (episode), `s` (seconds)."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("nyilay"))
    events = [pb_bytes(2, "_e") + pb_varint(3, ms(c))]
    if video:
        zid, _t, ep, dur = _ep(c)
        b.view("protobuf event kp params z/a/s", detectable=False)
        params = _pb_param("z", zid) + _pb_param("a", ep) + _pb_param("s", c.rng.randint(30, dur))
        events.append(params + pb_bytes(2, "kp") + pb_varint(3, ms(c)))
    else:
        events.append(_pb_param("_sc", "ZatLanActivity") + pb_bytes(2, "_vs") + pb_varint(3, ms(c)))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "23129RAA4G"),
            pb_bytes(11, "my-mm"),
            pb_bytes(14, PKG),
            pb_bytes(16, "3.9.4"),
            pb_bytes(19, b.id("gaid_nyilay", "protobuf", "protobuf 1.19", detectable=False)),
            pb_bytes(25, APP_ID),
            pb_bytes(27, b.id("zat_app_instance", "protobuf", "protobuf 1.27", detectable=False)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video params")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("zat_app_instance", where="json app_instance_id"),
            "user_id": b.acct("zat_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} (အပိုင်း {ep})",
                        "video_provider": "zatkaung",
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


def kyi_shu_neyar(c: Context) -> Flow:
    zid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/kyi-shu/neyar")
    b.view("json zatlanId/apaing/neyar (watch progress)")
    b.json(
        {
            "zatlanId": zid,
            "amae": title,
            "apaing": ep,
            "neyar": c.rng.randint(15, dur),
            "kyar_chein": dur,
            "pyi_pyi": False,
            "achein": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hset_kyi_ya_an(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/thone-thu/hset-kyi-ran?limit=10")
    b.view("response json hset_kyi[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        zid, title, ep, dur = _ep(c)
        rows.append(
            {
                "zatlanId": zid,
                "amae": title,
                "apaing": ep,
                "neyar": c.rng.randint(60, dur - 60),
                "kyar_chein": dur,
                "kyi_khae_thi": iso(c),
            }
        )
    b.ok_json({"hset_kyi": rows})
    return b.build()


def kyi_shu_hmattan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/thone-thu/kyi-shu-hmattan?sar-myet-hnar=1")
    b.view("response json hmattan[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        zid, title, ep, _dur = _ep(c)
        items.append({"zatlanId": zid, "amae": title, "apaing": ep, "ne_swe": iso(c)})
    b.ok_json({"hmattan": items, "sar_myet_hnar": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title no., episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(ZATLAN)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 6000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/zatlan?amyo-asar=drama&sar-myet-hnar=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "zatlan": [
                {
                    "zatlanId": zid,
                    "amae": title,
                    "apaing_a_ya_at": 40,
                    "kyar_chein": dur,
                    "poster": f"https://img.zatkaung.example/p/{zid}.webp",
                }
                for zid, title, dur in ZATLAN
            ]
        }
    )
    return b.build()


def shar_hpwe(c: Context) -> Flow:
    q = c.rng.choice(["ရွှေ", "မေတ္တာ", "mandalay", "bagan"])
    b = _b(c, "GET", f"{API}/api/v1/shar-hpwe", device=False)
    b.param("q", q)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "ya_la_de": [
                {"zatlanId": zid, "amae": title, "kyar_chein": dur}
                for zid, title, dur in ZATLAN[:3]
            ]
        }
    )
    return b.build()


def top_ten(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/top10?naingngan=MM&kar-la=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"zatlanId": zid, "amae": title, "kyi_thu_ar_ya": c.rng.randint(10**4, 10**6)}
                for zid, title, _ in ZATLAN
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    zid = c.rng.choice(ZATLAN)[0]
    b = FB(c, "zatkaung", "GET", f"https://img.zatkaung.example/p/{zid}.webp?w=342")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail of a title (content fetch)")
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def hls_segment(c: Context) -> Flow:
    zid = c.rng.choice(ZATLAN)[0]
    b = FB(
        c,
        "zatkaung",
        "GET",
        f"https://vod.zatkaung.example/{zid}/ep{c.rng.randint(1, 40):02d}/720p/"
        f"seg_{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
