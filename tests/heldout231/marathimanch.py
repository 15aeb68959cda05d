"""MarathiManch: a Marathi OTT app (serials / मालिका, films / चित्रपट and recorded
natak / नाटक) on the mother's Samsung in Pune.

The backend is built in Pune: paths and keys are romanised Marathi (`pahane` =
watching, `pragati` = progress, `maalika` = serial, `bhaag` = episode,
`kalavadhi` = duration, `sthiti` = position, `suru-theva` = continue watching,
`pahilele` = watched, `shodha` = search). The app registers with Firebase
Installations (`fid`, `appId`, `authVersion` FIS_v2); Firebase / GA4 events
go to app-measurement.com/a as the SDK's protobuf batch, where the app-instance
id and the advertising id sit in numbered fields with no names (event and
parameter names such as `video_progress` / `video_title` are strings in the
batch). CleverTap gets an upload to /a1 whose first element is the `meta`
header (`g` = the CleverTap device GUID, `__` + 32 hex) followed by `event`
records (`evtName`, `evtData`). Adjust gets `/session` and `/event` form posts
(`app_token`, `gps_adid`, `android_uuid`, `event_token`, `partner_params`,
https://github.com/adjust/android_sdk). Catalogue rails, search, the natak
schedule, the "most watched in Maharashtra" counts, thumbnails and HLS
segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.marathimanch.example"
UA = ua("MarathiManch", "6.4.0", "aai")
GMP = "1:804412376051:android:3b9e5c11a4d07f2e"
MAALIKA = [
    ("m201", "सुख म्हणजे नक्की काय असतं", 1320),
    ("m214", "आई कुठे काय करते", 1380),
    ("m227", "Tuzya Ishqacha Nadkhula", 1260),
    ("m233", "Rang Maza Vegla", 1290),
    ("f310", "Baipan Bhari Deva", 8700),
    ("f322", "Ved", 9060),
    ("n405", "Natsamrat (natak)", 10200),
    ("n412", "Sahi Re Sahi (natak)", 9600),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "marathimanch", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-upakaran-id", b.id("aid_ott", where="header x-upakaran-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    mid, title, dur = c.rng.choice(MAALIKA)
    return mid, title, c.rng.randint(1, 900), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/marathimanch-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "in.marathimanch.app")
    b.json(
        {
            "fid": b.id("ott_fid", where="json fid"),
            "appId": GMP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804412376051/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def nondani(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/upakaran/nondani", device=False)
    b.json(
        {
            "androidId": b.id("aid_ott", where="json androidId"),
            "firebaseId": b.id("ott_fid", where="json firebaseId"),
            "jahiratId": b.id("gaid_aai", where="json jahiratId (advertising id)"),
            "modelNaav": "SM-M346B",
            "bhasha": "mr",
            "shahar": "Pune",
        }
    )
    b.ok_json({"yashasvi": True, "kamalUpakarane": 4})
    return b.build()


def _param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_bytes(1, name) + pb_varint(4, value)
    return pb_bytes(1, name) + pb_bytes(2, value)


def _event(name: str, params: list[tuple[str, str | int]], ts: int) -> bytes:
    return pb_msg(
        2,
        [*(pb_msg(1, [_param(k, v)]) for k, v in params), pb_bytes(2, name), pb_varint(3, ts)],
    )


def app_measurement(c: Context, name: str = "video_progress") -> Flow:
    """The Firebase Analytics SDK's batch: ids in numbered fields, event names as strings."""
    _, title, ep, dur = _ep(c)
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("aai"))
    ts = ms(c)
    if name == "screen_view":
        ev = _event(
            "screen_view",
            [("_sn", c.rng.choice(["Mukhyapushtha", "Shodha", "Natak", "Profile"])), ("_et", 900)],
            ts,
        )
    else:
        b.view(f"protobuf event {name} with video_title / video_current_time")
        pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
        ev = _event(
            name,
            [
                ("video_title", f"{title} - भाग {ep}"),
                ("video_percent", pct),
                ("video_current_time", dur * pct // 100),
                ("video_duration", dur),
            ],
            ts,
        )
    adid = b.id("gaid_aai", where="protobuf bundle field 19 (unnamed)", detectable=False)
    inst = b.id("ott_app_instance", where="protobuf bundle field 27 (unnamed)", detectable=False)
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            ev,
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-M346B"),
            pb_bytes(14, "in.marathimanch.app"),
            pb_bytes(16, "6.4.0"),
            pb_bytes(18, GMP),
            pb_bytes(19, adid),
            pb_bytes(27, inst),
            pb_varint(30, 0),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def _ct_meta(b: FB, c: Context) -> dict:
    return {
        "type": "meta",
        "g": b.id("ott_ct_guid", where="json [0].g (CleverTap meta device GUID)"),
        "tk": new_hex(c.rng, 6),
        "id": "W8R-K44-5Z6Z",
        "af": {
            "Build": "604",
            "Version": "6.4.0",
            "Make": "samsung",
            "Model": "SM-M346B",
            "OS Version": "14",
            "Carrier": "Jio 4G",
            "wifi": True,
            "sdkVersion": 60200,
        },
        "l_ts": ms(c) // 1000,
    }


def clevertap_event(c: Context, evt: str = "Video Watched") -> Flow:
    b = FB(
        c,
        "clevertap",
        "POST",
        f"https://in1.clevertap-prod.com/a1?os=Android&t=60200&z=W8R-K44-5Z6Z&ts={ms(c) // 1000}",
    )
    b.header("user-agent", dalvik("aai"))
    b.header("x-clevertap-account-id", "W8R-K44-5Z6Z")
    meta = _ct_meta(b, c)
    if evt == "App Launched":
        data = {"Mode": "organic"}
    elif evt == "Subscription Viewed":
        data = {"Plan": c.rng.choice(["Varshik 999", "Masik 149"]), "Screen": "Plans"}
    else:
        mid, title, ep, dur = _ep(c)
        b.view("json evtName Video Watched, evtData maalika/bhaag/pahilele_sec")
        data = {
            "maalika_id": mid,
            "maalika": title,
            "bhaag": ep,
            "pahilele_sec": c.rng.randint(60, dur),
            "kalavadhi": dur,
            "prakar": mid[0]
            .replace("m", "maalika")
            .replace("f", "chitrapat")
            .replace("n", "natak"),
        }
    rec = {"type": "event", "evtName": evt, "evtData": data, "s": ms(c) // 1000, "pg": 3}
    b.set_body(js([meta, rec]).encode(), "application/json; charset=utf-8")
    b.ok_json({"evpr": {}})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("aai"))
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "x7kq2mw9p3b4"),
            ("gps_adid", b.id("gaid_aai", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("ott_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("needs_response_details", "1"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("device_name", "SM-M346B"),
            ("country", "IN"),
            ("language", "mr"),
            ("session_count", str(c.rng.randint(2, 300))),
        ]
    )
    b.ok_json({"app_token": "x7kq2mw9p3b4", "adid": new_hex(c.rng, 32)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    mid, title, ep, _ = _ep(c)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("aai"))
    b.header("client-sdk", "android4.38.2")
    b.view("form partner_params maalika/bhaag (episode watched)")
    b.form(
        [
            ("app_token", "x7kq2mw9p3b4"),
            ("event_token", "q1vz8a"),
            ("gps_adid", b.id("gaid_aai", where="form gps_adid")),
            ("android_uuid", b.id("ott_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("partner_params", js({"maalika": title, "bhaag": str(ep), "maalika_id": mid})),
            ("event_count", str(c.rng.randint(1, 90))),
        ]
    )
    b.ok_json({"event_token": "q1vz8a", "message": "Event tracked"})
    return b.build()


def pahane_pragati(c: Context) -> Flow:
    mid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/pahane/pragati")
    b.view("json maalikaId/bhaag/sthiti (watch progress)")
    b.json(
        {
            "maalikaId": mid,
            "sheershak": title,
            "bhaag": ep,
            "sthiti": c.rng.randint(15, dur),
            "kalavadhi": dur,
            "purna": False,
            "vel": iso(c),
        }
    )
    b.no_content()
    return b.build()


def suru_theva(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/vaparkarta/suru-theva?maryada=10")
    b.view("response json suruTheva[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        mid, title, ep, dur = _ep(c)
        rows.append(
            {
                "maalikaId": mid,
                "sheershak": title,
                "bhaag": ep,
                "sthiti": c.rng.randint(60, dur - 60),
                "kalavadhi": dur,
                "shevatchePahile": iso(c),
            }
        )
    b.ok_json({"suruTheva": rows})
    return b.build()


def pahilele(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/vaparkarta/pahilele?paan=1")
    b.view("response json pahilele[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        mid, title, ep, _d = _ep(c)
        items.append({"maalikaId": mid, "sheershak": title, "bhaag": ep, "dinank": iso(c)})
    b.ok_json({"pahilele": items, "paan": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title no, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json q[] positional rows", detectable=False)
    rows = [
        [int(c.rng.choice(MAALIKA)[0][1:]), c.rng.randint(1, 900), c.rng.randint(10, 9000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def mukhya_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mukhyapushtha/rails?bhasha=mr", device=False)
    b.decoy("catalogue rails with durations and episode counts (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "sheershak": r,
                    "items": [
                        {"maalikaId": m, "sheershak": t, "kalavadhi": d, "bhaagSankhya": 900}
                        for m, t, d in c.rng.sample(MAALIKA, 4)
                    ],
                }
                for r in ("नवीन भाग", "लोकप्रिय मालिका", "नाटक विशेष")
            ]
        }
    )
    return b.build()


def shodha(c: Context) -> Flow:
    q = c.rng.choice(["natsamrat", "aai", "baipan", "lavani"])
    b = _b(c, "GET", f"{API}/v3/shodha?prashna={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"nikal": [{"maalikaId": m, "sheershak": t, "kalavadhi": d} for m, t, d in MAALIKA[:3]]}
    )
    return b.build()


def lokpriya(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/lokpriya?kalavadhi=7d&rajya=MH", device=False)
    b.decoy("aggregate view counts per title (not one viewer)")
    b.ok_json(
        {
            "yadi": [
                {"maalikaId": m, "sheershak": t, "pahanyaSankhya": c.rng.randint(10**4, 10**6)}
                for m, t, _ in MAALIKA
            ]
        }
    )
    return b.build()


def natak_vela(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/natak/vela?shahar=pune", device=False)
    b.decoy("natak show times at theatres (content fetch)")
    b.ok_json(
        {
            "prayog": [
                {"natak": t, "natyagruha": n, "vel": iso(c), "kalavadhi": d}
                for (_, t, d), n in zip(
                    MAALIKA[6:], ["Balgandharva Rangmandir", "Yashwantrao Chavan"], strict=False
                )
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    m = c.rng.choice(MAALIKA)[0]
    b = FB(c, "marathimanch", "GET", f"https://img.marathimanch.example/poster/{m}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    m = c.rng.choice(MAALIKA)[0]
    b = FB(
        c,
        "marathimanch",
        "GET",
        f"https://vod.marathimanch.example/{m}/b{c.rng.randint(1, 900):03d}/720p/"
        f"seg-{c.rng.randint(1, 700)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
