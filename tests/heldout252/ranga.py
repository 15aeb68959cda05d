"""RangaPlay: a Kannada OTT app (films, serials, recorded Yakshagana) on the son's
Pixel 8 in Singapore.

The backend is Bengaluru-built: paths and keys are romanized Kannada where the
app's own team named them (`nodida` = watched, `sanchike` = episode,
`dharavahi` = serial, `chitra` = film, `sthana` = position, `avadhi` =
duration, `samaya` = time, `munduvarisi` = continue, `itihasa` = history,
`upakarana` = device, `nondani` = registration) and English where an SDK
names them. Progress, continue-watching and watch history go to the backend;
a played episode also goes to three SDKs:

* Firebase / GA4 for apps: the Installations call (`fid`, `appId`,
  `authVersion` FIS_v2) and the measurement upload to app-measurement.com/a,
  a protobuf batch whose bundle holds the app-instance id and, with ad-id
  collection on, the advertising id as bare strings, and whose events carry
  their names and parameter names as strings;
* WebEngage (India data centre, c.in.webengage.com/m2.jpg and upf.js, as
  the Android SDK's `Urls` enum names them): events with `license_code`,
  `luid` / `suid` / `cuid`, transit-style `~t` dates, `system_data` and
  `event_data`;
* AppsFlyer v6 (launches / inapps androidevent) with `advertiserId`, `uid` and
  a custom in-app event whose `eventValue` is a JSON string.

The player's QoE beacon packs [title number, position, time] into base64 under
`d`, and the DRM licence call carries the device inside an AES envelope; both
carry what they carry without saying so. The catalogue, search, plans with
their `avadhi`, the "most watched" counts and the Yakshagana troupes' tour
schedule are content fetches, not viewing history.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, iso_ago, ms, rid, ua

API = "https://api.rangaplay.example"
VOD = "https://vod.rangaplay.example"
PKG = "in.rangaplay.android"
UA = ua("RangaPlay", "4.12.0", "maga")
GMP_APP = "1:604317788120:android:3b9e0c71d2a54f6e"
WE_LICENSE = "in~~c2ab31d4"
FILMS = [
    ("c1001", "Kantara", 8880),
    ("c1002", "Sapta Sagaradaache Ello - Side A", 8580),
    ("c1003", "Garuda Gamana Vrishabha Vahana", 8760),
    ("c1004", "777 Charlie", 9840),
    ("c1005", "ಮುಂಗಾರು ಮಳೆ", 8340),
    ("c1006", "Ondu Motteya Kathe", 7260),
]
SERIALS = [
    ("d201", "ಪುಟ್ಟಕ್ಕನ ಮಕ್ಕಳು", 1320),
    ("d202", "Bhagyalakshmi", 1260),
    ("d203", "Lakshmi Nivasa", 1290),
    ("d204", "Seetha Raama", 1350),
    ("d205", "Amruthadhaare", 1300),
]
PRASANGA = [
    ("y301", "Karna Parva", "Saligrama Mela"),
    ("y302", "Chakravyuha", "Perdoor Mela"),
    ("y303", "Gadayuddha", "Hiriyadka Mela"),
    ("y304", "Sudhanva Kalaga", "Mandarthi Mela"),
    ("y305", "Devi Mahatme", "Kateel Mela"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "rangaplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    b.header("x-bhashe", "kn")
    if device:
        b.header("x-upakarana-id", b.id("aid_ranga", where="header x-upakarana-id"))
    return b


def _serial(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALS)
    return sid, title, c.rng.randint(800, 1450), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/rangaplay-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.decoy("x-android-cert: SHA-1 of the app's signing certificate")
    b.json(
        {
            "fid": b.id("ranga_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    fid = b.id("ranga_fid", where="response json fid", direction="response")
    b.ok_json(
        {
            "name": f"projects/604317788120/installations/{fid}",
            "fid": fid,
            "refreshToken": "3_" + b64url(new_hex(c.rng, 40)),
            "authToken": {"token": b64url(new_hex(c.rng, 60)), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/upakarana/nondani")
    b.json(
        {
            "upakarana": {
                "android_id": b.id("aid_ranga", where="json upakarana.android_id"),
                "fid": b.id("ranga_fid", where="json upakarana.fid"),
                "maadari": "Pixel 8",
                "tayaaraka": "Google",
            },
            "bhashe": "kn",
            "desha": "SG",
            "balakedaara": b.acct("ranga_user"),
        }
    )
    b.ok_json({"sari": True, "garishta_upakaranagalu": 4})
    return b.build()


def pragati(c: Context) -> Flow:
    """Watch progress of a serial episode or a film, every 30 s and on pause."""
    b = _b(c, "POST", f"{API}/api/v3/nodida/pragati", device=True)
    if c.rng.random() < 0.5:
        sid, title, ep, dur = _serial(c)
        body = {"dharavahi_id": sid, "sheershike": title, "sanchike": ep}
    else:
        sid, title, dur = c.rng.choice(FILMS)
        body = {"chitra_id": sid, "sheershike": title}
    b.view("json dharavahi_id|chitra_id + sthana_sec/avadhi_sec")
    body.update(
        {
            "sthana_sec": c.rng.randint(20, dur),
            "avadhi_sec": dur,
            "mugiyitu": False,
            "samaya": iso(c),
            "gunamatta": c.rng.choice(["480p", "720p", "1080p"]),
        }
    )
    b.json(body)
    b.no_content()
    return b.build()


def yakshagana_nodida(c: Context) -> Flow:
    """A recorded Yakshagana prasanga played: which one, which troupe, how long."""
    pid, prasanga, mela = c.rng.choice(PRASANGA)
    b = _b(c, "POST", f"{API}/api/v3/yakshagana/nodida", device=True)
    b.view("json prasanga + nodida_nimisha")
    b.json(
        {
            "prasanga_id": pid,
            "prasanga": prasanga,
            "mela": mela,
            "nodida_nimisha": c.rng.randint(5, 180),
            "bhaaga": c.rng.randint(1, 4),
            "samaya": iso(c),
        }
    )
    b.no_content()
    return b.build()


def munduvarisi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/nanna/munduvarisi-nodi?mithi=10")
    b.view("response json munduvarisi[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _serial(c)
        rows.append(
            {
                "dharavahi_id": sid,
                "sheershike": title,
                "sanchike": ep,
                "sthana_sec": c.rng.randint(60, dur - 60),
                "avadhi_sec": dur,
                "koneya_samaya": iso_ago(c, 3600, 900000),
            }
        )
    b.ok_json({"munduvarisi": rows})
    return b.build()


def itihasa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/nanna/nodida-itihasa?puta=1")
    b.view("response json nodida_itihasa[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        if c.rng.random() < 0.5:
            fid, title, _dur = c.rng.choice(FILMS)
            items.append(
                {
                    "chitra_id": fid,
                    "sheershike": title,
                    "nodida_dina": iso_ago(c, 3600, 2600000)[:10],
                }
            )
        else:
            sid, title, ep, _dur = _serial(c)
            items.append(
                {
                    "dharavahi_id": sid,
                    "sheershike": title,
                    "sanchike": ep,
                    "nodida_dina": iso_ago(c, 3600, 2600000)[:10],
                }
            )
    b.ok_json({"nodida_itihasa": items, "puta": 1})
    return b.build()


def qoe_beacon(c: Context) -> Flow:
    """The player's QoE beacon: [title number, position s, epoch s] packed, base64 under 'd'."""
    b = FB(c, "rangaplay", "POST", "https://qoe.rangaplay.example/v1/b")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("json d (base64 packed title/position/time)", detectable=False)
    rows = b""
    for _ in range(c.rng.randint(1, 3)):
        num = int(c.rng.choice(SERIALS + FILMS)[0][1:])
        rows += struct.pack("<HII", num, c.rng.randint(10, 9000), int(c.now))
    b.json({"d": b64(rows), "v": 2, "br": c.rng.choice([1200, 2400, 4500])})
    b.no_content()
    return b.build()


def drm_licence(c: Context) -> Flow:
    """Widevine licence: the app's device token is an AES envelope around its ANDROID_ID."""
    cid = c.rng.choice(FILMS)[0]
    b = FB(c, "rangaplay", "POST", f"https://drm.rangaplay.example/wv/licence?cid={cid}")
    b.header("user-agent", UA)
    b.id_raw("aid_ranga", "aes_cbc", "header x-dt (AES envelope)")
    b.header("x-dt", b64(c.rng.randbytes(48)))
    b.set_body(b"\x08\x04\x12" + c.rng.randbytes(300), "application/octet-stream")
    b.respond(200, "application/octet-stream", b"\x08\x02\x12" + c.rng.randbytes(200))
    return b.build()


def config_hashed(c: Context) -> Flow:
    """Remote config keyed by a SHA-1 of the ANDROID_ID under 'h'."""
    b = FB(c, "rangaplay", "GET", f"{API}/cfg/v2", [("a", PKG), ("v", "4120")])
    b.param("h", b.id("aid_ranga", "sha1", "query h", detectable=False))
    b.header("user-agent", UA)
    b.ok_json({"f": {"yakshagana_tab": True, "download_limit": 25}, "ttl": 3600})
    return b.build()


# --- SDKs -------------------------------------------------------------------------


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("maga"))
    return b


def _af_common(b: FB, c: Context) -> dict[str, object]:
    return {
        "advertiserId": b.id("gaid_maga", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("ranga_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Zx8qLk2WmP4rT6vN9bYc3d",
        "app_version_name": "4.12.0",
        "brand": "google",
        "model": "Pixel 8",
        "device": "shiba",
        "sdk": "35",
        "lang_code": "kn",
        "country": "SG",
        "network": "WIFI",
        "platformextension": "android_native",
    }


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    body = _af_common(b, c)
    body.update(
        {
            "counter": str(c.rng.randint(2, 90)),
            "iaecounter": str(c.rng.randint(0, 40)),
            "isFirstCall": "false",
            "installDate": "2024-12-29_101530+0800",
            "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
        }
    )
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_event(c: Context, watched: bool = True) -> Flow:
    b = _af(c, "inapps")
    body = _af_common(b, c)
    if watched:
        sid, title, ep, dur = _serial(c)
        b.view("json eventName sanchike_nodida + eventValue (serial, episode, minutes)")
        name = "sanchike_nodida"
        value = {
            "af_content_id": f"{sid}-e{ep}",
            "af_content_type": "dharavahi",
            "dharavahi": title,
            "sanchike": ep,
            "nodida_nimisha": c.rng.randint(3, dur // 60),
        }
    else:
        b.decoy("subscription price and plan length")
        name = "af_subscribe"
        value = {"af_revenue": 399, "af_currency": "INR", "yojane": "3 tingalu"}
    body.update({"eventName": name, "eventValue": js(value)})
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def _fa_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def firebase_batch(c: Context, watched: bool = True) -> Flow:
    """app-measurement.com/a: one bundle, the app-instance id and the advertising id
    as bare protobuf strings, events with their parameter names."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("maga"))
    now = ms(c)
    events = [
        pb_msg(
            2,
            [
                _fa_param("_o", "auto"),
                _fa_param("_sc", c.rng.choice(["HomeActivity", "PlayerActivity"])),
                _fa_param("_et", c.rng.randint(500, 40000)),
                pb_bytes(2, "_e"),
                pb_varint(3, now - 4000),
            ],
        )
    ]
    if watched:
        _sid, title, ep, dur = _serial(c)
        b.view("protobuf event sanchike_nodida params dharavahi/sanchike/nodida_sekendu")
        events.append(
            pb_msg(
                2,
                [
                    _fa_param("dharavahi", title),
                    _fa_param("sanchike", ep),
                    _fa_param("nodida_sekendu", c.rng.randint(60, dur)),
                    _fa_param("_o", "app"),
                    pb_bytes(2, "sanchike_nodida"),
                    pb_varint(3, now - 1000),
                ],
            )
        )
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_varint(4, now),
        pb_varint(5, now - 60000),
        pb_varint(6, now - 800),
        pb_bytes(8, "android"),
        pb_bytes(9, "15"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(11, "kn-in"),
        pb_varint(12, 480),
        pb_bytes(13, "com.android.vending"),
        pb_bytes(14, PKG),
        pb_bytes(16, "4.12.0"),
        pb_varint(17, 84002),
        pb_bytes(19, b.id("gaid_maga", "protobuf", "protobuf bundle field 19", detectable=False)),
        pb_varint(20, 0),
        pb_bytes(
            21,
            b.id("ranga_app_instance", "protobuf", "protobuf bundle field 21", detectable=False),
        ),
        pb_bytes(25, GMP_APP),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded", "gzip")
    b.no_content()
    return b.build()


def _we_date(c: Context) -> str:
    return "~t" + iso(c)


def webengage_event(c: Context, watched: bool = True) -> Flow:
    b = FB(c, "webengage", "POST", "https://c.in.webengage.com/m2.jpg")
    b.header("user-agent", dalvik("maga"))
    luid = b.id("ranga_we_luid", where="json luid", detectable=False)
    system = {
        "sdk_id": 2,
        "sdk_version": 4150,
        "app_id": PKG,
        "app_version": "4.12.0",
    }
    if watched:
        _sid, title, ep, dur = _serial(c)
        b.view("json event_name 'Dharavahi Nodida' + event_data")
        name, category = "Dharavahi Nodida", "application"
        data: dict[str, object] = {
            "dharavahi": title,
            "sanchike": ep,
            "nodida_samaya_sec": c.rng.randint(60, dur),
            "poornavagi": c.rng.random() < 0.4,
        }
    else:
        name, category = "user_logged_in", "system"
        system["gaid"] = b.id("gaid_maga", where="json system_data.gaid")
        data = {}
    event = {
        "event_name": name,
        "category": category,
        "license_code": WE_LICENSE,
        "luid": luid,
        "suid": rid(c.rng),
        "cuid": b.acct("ranga_user"),
        "event_time": _we_date(c),
        "system_data": system,
        "event_data": data,
    }
    b.json([event])
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(40) + b"\xff\xd9")
    return b.build()


def webengage_profile(c: Context) -> Flow:
    b = FB(c, "webengage", "GET", "https://c.in.webengage.com/upf.js")
    b.header("user-agent", dalvik("maga"))
    b.param("licenseCode", WE_LICENSE)
    b.param("luid", b.id("ranga_we_luid", where="query luid", detectable=False))
    b.param("cuid", b.acct("ranga_user"))
    b.respond(
        200,
        "application/javascript",
        (
            "webengage.upf(" + js({"lastSeen": _we_date(c), "segments": ["kn_drama"]}) + ");"
        ).encode(),
    )
    return b.build()


# --- content fetches ----------------------------------------------------------------


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalog?vibhaga=chitra&puta=1")
    b.decoy("catalogue with running times (avadhi) and ratings")
    b.ok_json(
        {
            "chitragalu": [
                {
                    "chitra_id": cid,
                    "sheershike": title,
                    "avadhi_sec": dur,
                    "reyting": round(c.rng.uniform(7, 9.5), 1),
                    "poster": f"https://img.rangaplay.example/p/{cid}.jpg",
                }
                for cid, title, dur in FILMS
            ]
        }
    )
    return b.build()


def huduku(c: Context) -> Flow:
    q = c.rng.choice(["ಕಾಂತಾರ", "yakshagana", "puttakka", "ಮಳೆ"])
    b = _b(c, "GET", f"{API}/api/v3/huduku")
    b.param("q", q)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "phalitaamsha": [
                {"id": cid, "sheershike": title, "avadhi_sec": dur} for cid, title, dur in FILMS[:3]
            ]
        }
    )
    return b.build()


def yojane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/chandadaarike/yojanegalu")
    b.decoy("subscription plans: price and duration (avadhi)")
    b.ok_json(
        {
            "yojanegalu": [
                {
                    "id": "m1",
                    "hesaru": "Tingala",
                    "avadhi": "1 tingalu",
                    "bele": 149,
                    "nanya": "INR",
                },
                {"id": "q3", "hesaru": "Mooru tingalu", "avadhi": "3 tingalu", "bele": 399},
                {"id": "y1", "hesaru": "Varsha", "avadhi": "12 tingalu", "bele": 1199},
            ]
        }
    )
    return b.build()


def hechchu_nodidavu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/hechchu-nodidavu?avadhi=7d")
    b.decoy("aggregate view counts over all viewers (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"id": sid, "sheershike": title, "nodidavaru": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALS
            ]
        }
    )
    return b.build()


def mela_tirugata(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/yakshagana/mela-tirugata?tingalu=1")
    b.decoy("Yakshagana troupes' tour schedule (places, dates, prasanga)")
    b.ok_json(
        {
            "pradarshanagalu": [
                {
                    "mela": mela,
                    "prasanga": prasanga,
                    "sthala": c.rng.choice(["Udupi", "Kundapura", "Dharmasthala", "Sirsi"]),
                    "dinanka": f"2025-01-{c.rng.randint(15, 31)}",
                    "aarambha": "21:30",
                }
                for _pid, prasanga, mela in PRASANGA
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS + FILMS)[0]
    b = FB(
        c,
        "rangaplay",
        "GET",
        f"{VOD}/hls/{sid}/{c.rng.choice(['720p', '1080p'])}/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G@" + c.rng.randbytes(400))
    return b.build()


def poster(c: Context) -> Flow:
    cid = c.rng.choice(FILMS + SERIALS)[0]
    b = FB(c, "rangaplay", "GET", f"https://img.rangaplay.example/p/{cid}.jpg?w=342")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + c.rng.randbytes(300) + b"\xff\xd9")
    return b.build()
