"""TM Tele+: the state TV's live streaming and catch-up ("arhiw") app, on the
father's Samsung and on the living-room Android TV box.

The box registers with its Ethernet MAC, serial and ANDROID_ID; the phone app
registers with Firebase Installations and logs GA4 events to app-measurement.com
as protobuf (param names readable, values beside them). The app's own progress
beacon names the programme and the position in Turkmen keys; an older box build
sends positional rows under one-letter keys, keyed by an MD5 of the box MAC.
The catch-up history comes back in a response. Channel lists, the EPG, HLS
segments, thumbnails and search are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tmtele-plus.example"
CDN = "https://hls.tmtele-plus.example"
UA_PHONE = ua("TMTelePlus", "4.2.0", "kaka")
UA_BOX = ua("TMTelePlusTV", "4.2.0", "box")
CHANNELS = ["Altyn Asyr", "Ýaşlyk", "Miras", "Türkmenistan", "Türkmenowaz", "Aşgabat", "Sport"]
PROGRAMMES = [
    "Watan habarlary",
    "Türkmen halysy: sungat",
    "Sport dünýäsi",
    "Bagtyýarlyk döwri",
    "Çagalar üçin multfilm",
    "Aýdym-saz agşamy",
]
FIREBASE_PROJECT = "tmtele-plus-5c1e2"
GA_APP = "1:882104557713:android:4f1c0ab92e7d3311"


def _b(c: Context, method: str, url: str, box: bool = False) -> FB:
    b = FB(c, "tmtele-plus", method, url)
    b.header("user-agent", UA_BOX if box else UA_PHONE)
    return b


def box_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/enjam/hasaba-al", box=True)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "seriýaBelgisi": b.id("box_serial", where="json seriýaBelgisi"),
            "androidId": b.id("aid_box", where="json androidId"),
            "model": "TMB-X96",
            "programma": "4.2.0",
        }
    )
    b.ok_json({"ulanyjy": b.acct("tv_user"), "token": rid(c.rng), "sebit": "Aşgabat"})
    return b.build()


def phone_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ulanyjy/enjam")
    b.header("x-tm-device", b.id("aid_tv", where="header x-tm-device"))
    b.json({"platforma": "android", "push": rid(c.rng).replace("-", ""), "dil": "tk"})
    b.ok_json({"ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c, "firebase", "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{FIREBASE_PROJECT}/installations",
    )  # fmt: skip
    b.header("user-agent", UA_PHONE)
    b.header("x-goog-api-key", "AIzaSyB" + rid(c.rng).replace("-", "")[:32])
    b.header("x-android-package", "tm.tele.plus")
    fid = b.id("tv_fid", where="json fid")
    b.json({"fid": fid, "appId": GA_APP, "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})
    fid2 = b.id("tv_fid", where="response json fid", direction="response")
    b.ok_json(
        {
            "name": f"projects/882104557713/installations/{fid2}",
            "fid": fid2,
            "refreshToken": "2_" + rid(c.rng),
            "authToken": {"token": "eyJ" + rid(c.rng), "expiresIn": "604800s"},
        }
    )
    return b.build()


def _ga_event(name: str, params: list[tuple[str, str | int]]) -> bytes:
    parts = [pb_bytes(2, name)]
    for k, v in params:
        inner = [pb_bytes(1, k)]
        inner.append(pb_bytes(2, v) if isinstance(v, str) else pb_varint(4, v))
        parts.append(pb_msg(1, inner))
    return pb_msg(2, parts)


def _ga(c: Context, b: FB, events: list[bytes], where_gaid: str) -> None:
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_bytes(14, "android"),
        pb_bytes(16, "SM-A346E"),
        pb_bytes(19, GA_APP),
        pb_bytes(21, b.id("tv_app_instance", "protobuf", "protobuf field 21", detectable=False)),
        pb_bytes(27, b.id("gaid_kaka", "protobuf", where_gaid, detectable=False)),
        pb_varint(30, ms(c)),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    b = FB(c, "ga4", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA_PHONE)
    b.view(f"GA4 protobuf event {name} (video_title, video_current_time)")
    ev = _ga_event(
        name,
        [
            ("video_title", c.rng.choice(PROGRAMMES)),
            ("channel", c.rng.choice(CHANNELS)),
            ("video_current_time", c.rng.randint(30, 3000)),
            ("video_percent", c.rng.choice([10, 25, 50, 75, 90])),
        ],
    )
    _ga(c, b, [ev], "protobuf field 27 (resettable_device_id)")
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA_PHONE)
    ev = _ga_event(
        "screen_view", [("firebase_screen", "Baş sahypa"), ("engagement_time_msec", 4100)]
    )
    _ga(c, b, [ev], "protobuf field 27 (resettable_device_id)")
    return b.build()


def tomasha_progress(c: Context) -> Flow:
    box = c.rng.random() < 0.5
    b = _b(c, "POST", f"{API}/v2/tomaşa/ýagdaý", box=box)
    b.view("json tomaşa{gepleşik, kanal, pursatSek, başlanWagt}")
    aid = b.id("aid_box" if box else "aid_tv", where="json enjamId")
    b.json(
        {
            "enjamId": aid,
            "tomaşa": {
                "gepleşik": c.rng.choice(PROGRAMMES),
                "kanal": c.rng.choice(CHANNELS),
                "görnüş": c.rng.choice(["göni", "arhiw"]),
                "pursatSek": c.rng.randint(10, 3600),
                "dowamlylykSek": 3600,
                "başlanWagt": iso(c),
            },
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def arhiw_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/arhiw/menin-gorenlerim?limit=10")
    b.header("authorization", "Bearer " + rid(c.rng))
    b.view("response json görlenler[] (catch-up history)", direction="response")
    b.ok_json(
        {
            "görlenler": [
                {
                    "gepleşik": c.rng.choice(PROGRAMMES),
                    "kanal": c.rng.choice(CHANNELS),
                    "soňkyGörlen": iso(c),
                    "pursatSek": c.rng.randint(60, 3000),
                    "tamamlandy": c.rng.random() < 0.4,
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def box_opaque(c: Context) -> Flow:
    b = FB(c, "tmtele-plus", "POST", f"{API}/s/b")
    b.header("user-agent", "tmb-agent/1.4")
    k = b.id("box_mac", "md5_of_nosep", "form k (md5 of MAC)", detectable=False)
    b.view(
        "form r (positional rows: channel no, programme id, start ms, seconds)", detectable=False
    )
    rows = ";".join(
        f"{c.rng.randint(1, 7)},{c.rng.randint(10**5, 10**6)},{ms(c)},{c.rng.randint(30, 3600)}"
        for _ in range(c.rng.randint(2, 5))
    )
    b.form([("k", k), ("r", rows), ("v", "14")])
    b.no_content()
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kanallar?dil=tk")
    b.ok_json(
        {
            "kanallar": [
                {"no": i + 1, "ady": ch, "hls": f"{CDN}/live/{i + 1}/index.m3u8"}
                for i, ch in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/epg?kanal={c.rng.randint(1, 7)}&sene={iso(c)[:10]}")
    b.decoy("programme guide with start times (not a viewer's history)")
    b.ok_json(
        {
            "maksatnama": [
                {"başlaýar": f"{h:02d}:00", "gepleşik": c.rng.choice(PROGRAMMES)}
                for h in range(6, 24, 2)
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    ch = c.rng.randint(1, 7)
    b = _b(
        c, "GET", f"{CDN}/live/{ch}/seg_{c.rng.randint(10**6, 10**7)}.ts", box=c.rng.random() < 0.5
    )
    b.decoy("live video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/img/arhiw/{c.rng.randint(10**4, 10**5)}_320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def gozleg(c: Context) -> Flow:
    q = c.rng.choice(["haly", "habarlar", "multfilm", "aýdym"])
    b = _b(c, "GET", f"{API}/v2/gozleg?q={q}")
    b.decoy("search query and results")
    b.ok_json(
        {"netijeler": [{"gepleşik": p, "id": c.rng.randint(1000, 9999)} for p in PROGRAMMES[:3]]}
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kop-gorulyan")
    b.decoy("aggregate audience shares per programme")
    b.ok_json({"sanaw": [{"gepleşik": p, "paý": rf(c.rng, 1, 40, 1)} for p in PROGRAMMES]})
    return b.build()


def box_settings(c: Context) -> Flow:
    """Settings of the box, the serial in the URL path."""
    b = FB(c, "tmtele-plus", "GET", "")
    serial = b.id("box_serial", where="url path /enjam/{serial}/sazlamalar")
    b.base = f"{API}/v2/enjam/{serial}/sazlamalar"
    b.header("user-agent", UA_BOX)
    b.ok_json({"dil": "tk", "surat": "1080p", "çagaGulpy": False, "sebit": "Aşgabat"})
    return b.build()
