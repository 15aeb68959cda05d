"""Köremiz: a Kazakh streaming app (Kazakh series and live football of the
Kazakhstan Premier League) on the supervisor's phone.

The backend is Kazakh-built and its keys mix transliterated Kazakh with English
(`koru` = watching, `bolim` = episode, `orny` = position, `uzaqtygy` =
duration, `tikelei` = live, `jalghastyru` = continue, `tarih` = history).
Watch progress, live-match heartbeats and the continue-watching / history
lists are viewing history; so is the Firebase Analytics `video_progress`
event, whose parameter names travel as strings inside the app-measurement
protobuf batch (`POST app-measurement.com/a`), while the batch's app instance
id and advertising id sit in unnamed protobuf fields. The app registers with
Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2) and AppsFlyer
(`advertiserId`, `uid`, `android_id`, the SDK's ServerParameters names); an
AppsFlyer in-app event reports a finished episode. The catalogue, search,
the "most watched" counters, the match schedule and table, thumbnails and
HLS segments are content fetches, not anyone's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, pb_bytes, pb_msg, pb_varint

from .phone import SB, dalvik, iso, ms, rid, ua

API = "https://api.koremiz.example"
UA = ua("Koremiz", "3.8.1")
APP_ID = "1:402918377105:android:c41e7a09b3d25f60"
SERIALDAR = [
    ("sr2041", "Қызғалдақтар", 2580),
    ("sr2057", "Бір кем дүние", 2700),
    ("sr2063", "Келін", 2400),
    ("sr2071", "Ауыл әкімі", 2900),
    ("sr2088", "Дала қыраны", 3100),
    ("sr2102", "Тыныштық", 2500),
]
KOMANDALAR = ["Қайрат", "Астана", "Тобыл", "Ордабасы", "Елімай", "Ақтөбе", "Жетісу", "Атырау"]


def _b(c: Context, method: str, url: str, device: bool = True) -> SB:
    b = SB(c, "koremiz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "kk-KZ,ru;q=0.8")
    if device:
        b.header("x-qurylgy-id", b.id("aid_kino", where="header x-qurylgy-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALDAR)
    return sid, title, c.rng.randint(1, 40), dur


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KOMANDALAR, 2)
    return c.rng.randint(70000, 79999), home, away


# --- identifiers -----------------------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = SB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/koremiz-kz/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "kz.koremiz.app")
    b.json(
        {
            "fid": b.id("kino_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/402918377105/installations/" + c.phone.kino_fid,
            "fid": b.id("kino_fid", where="response json fid", direction="response"),
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = SB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "kz.koremiz.app"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kino_af_uid", where="json uid"),
            "android_id": b.id("aid_kino", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.1",
            "model": "SM-A356E",
            "brand": "samsung",
            "lang_code": "kk",
            "country": "KZ",
            "network": "WIFI",
            "counter": str(c.rng.randint(1, 80)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = SB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "kz.koremiz.app"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js({"af_revenue": "1990", "af_currency": "KZT", "tarif": "ai_saiyn"}),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("kino_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/qurylgylar/tirkeu", device=False)
    b.json(
        {
            "androidId": b.id("aid_kino", where="json androidId"),
            "firebaseId": b.id("kino_fid", where="json firebaseId"),
            "model": "SM-A356E",
            "til": "kk",
            "el": "KZ",
        }
    )
    b.ok_json({"ok": True, "maxQurylgy": 3})
    return b.build()


def _measurement(c: Context, events: list[tuple[str, list[tuple[str, str | int]]]]) -> list[bytes]:
    evs = []
    for name, params in events:
        parts = []
        for k, v in params:
            val = pb_bytes(2, v) if isinstance(v, str) else pb_varint(4, v)
            parts.append(pb_msg(2, [pb_bytes(1, k), val]))
        evs.append(pb_msg(2, [*parts, pb_bytes(3, name), pb_varint(4, ms(c))]))
    return evs


def measurement_batch(c: Context, viewing: bool = True) -> Flow:
    """Firebase Analytics upload: a protobuf batch; ids in unnamed fields 19 and 27."""
    b = SB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    if viewing:
        _, title, ep, dur = _ep(c)
        pct = c.rng.choice([25, 50, 75, 100])
        b.view("protobuf event video_progress (video_title, video_current_time)")
        events = [
            (
                "video_progress",
                [
                    ("video_title", f"{title} {ep}-бөлім"),
                    ("video_current_time", dur * pct // 100),
                    ("video_duration", dur),
                    ("video_percent", pct),
                ],
            )
        ]
    else:
        events = [
            ("screen_view", [("_sn", c.rng.choice(["Basty", "Izdeu", "Futbol", "Profil"]))]),
            ("_e", [("_et", c.rng.randint(100, 9000))]),
        ]
    gaid = b.id("gaid", "protobuf", "protobuf field 19 (resettable_device_id)", detectable=False)
    inst = b.id(
        "kino_app_instance", "protobuf", "protobuf field 27 (app_instance_id)", detectable=False
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *_measurement(c, events),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-A356E"),
            pb_bytes(14, "kz.koremiz.app"),
            pb_bytes(16, "3.8.1"),
            pb_bytes(19, gaid),
            pb_bytes(27, inst),
            pb_bytes(25, APP_ID),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def measurement_screen(c: Context) -> Flow:
    return measurement_batch(c, viewing=False)


# --- viewing -----------------------------------------------------------------


def koru_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/koru/progress")
    b.view("json serialId/bolim/orny (watch progress)")
    b.json(
        {
            "serialId": sid,
            "atauy": title,
            "bolim": ep,
            "orny": c.rng.randint(15, dur),
            "uzaqtygy": dur,
            "ayaqtaldy": False,
            "uaqyt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tikelei_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/api/v1/tikelei/heartbeat")
    b.view("json matchId + korgenSekund (live match watch time)")
    b.json(
        {
            "matchId": mid,
            "oiyn": f"{home} – {away}",
            "korgenSekund": c.rng.choice([30, 60, 60, 120]),
            "bastaldy": iso(c),
            "sapa": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"jalghastyr": True})
    return b.build()


def jalghastyru(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/paidalanushy/jalghastyru?limit=10")
    b.view("response json jalghastyru[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "atauy": title,
                "bolim": ep,
                "orny": c.rng.randint(60, dur - 60),
                "uzaqtygy": dur,
                "korilgen": iso(c),
            }
        )
    b.ok_json({"jalghastyru": rows})
    return b.build()


def koru_tarihy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/paidalanushy/koru-tarihy?bet=1")
    b.view("response json tarih[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"serialId": sid, "atauy": title, "bolim": ep, "kuni": iso(c)})
    b.ok_json({"tarih": items, "bet": 1})
    return b.build()


def af_watch_complete(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = SB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "kz.koremiz.app"), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventValue af_content_id / koru_uzaqtygy (episode watched)")
    b.json(
        {
            "eventName": "bolim_koryldi",
            "eventValue": js(
                {
                    "af_content_id": f"{sid}-e{ep}",
                    "af_content": title,
                    "koru_uzaqtygy": dur - c.rng.randint(0, 120),
                }
            ),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("kino_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [serial, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json d[] positional rows", detectable=False)
    rows = [
        [
            int(c.rng.choice(SERIALDAR)[0][2:]),
            c.rng.randint(1, 40),
            c.rng.randint(10, 3000),
            ms(c),
        ]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- content (ordinary) --------------------------------------------------------


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/katalog?janr=drama&bet=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "serialdar": [
                {
                    "serialId": sid,
                    "atauy": title,
                    "bolimder": 40,
                    "uzaqtygy": dur,
                    "poster": f"https://img.koremiz.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALDAR
            ]
        }
    )
    return b.build()


def izdeu(c: Context) -> Flow:
    q = c.rng.choice(["келін", "дала", "қайрат", "ауыл"])
    b = _b(c, "GET", f"{API}/api/v1/izdeu?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "natijeler": [
                {"serialId": sid, "atauy": title, "uzaqtygy": dur}
                for sid, title, dur in SERIALDAR[:3]
            ]
        }
    )
    return b.build()


def en_kop_korilgen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/top/en-kop-korilgen?kezen=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "atauy": title, "korilim": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALDAR
            ]
        }
    )
    return b.build()


def match_kestesi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/futbol/kestesi?tur={c.rng.randint(1, 26)}", device=False)
    b.decoy("match schedule with kick-off times and minutes (content fetch)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append({"matchId": mid, "ui": home, "qonaq": away, "bastaluy": iso(c)})
    b.ok_json({"oiyndar": rows})
    return b.build()


def turnir_kestesi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/futbol/turnir-kestesi?maysym=2024", device=False)
    b.ok_json(
        {
            "kesteler": [
                {"komanda": k, "oiyn": 24, "upai": c.rng.randint(15, 55)} for k in KOMANDALAR
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SERIALDAR)[0]
    b = SB(c, "koremiz", "GET", f"https://img.koremiz.example/t/{sid}/{c.rng.randint(1, 40)}.jpg")
    b.header("user-agent", UA)
    b.decoy("episode thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALDAR)[0]
    b = SB(
        c,
        "koremiz",
        "GET",
        f"https://vod.koremiz.example/{sid}/b{c.rng.randint(1, 40):02d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def live_manifest(c: Context) -> Flow:
    mid, _, _ = _match(c)
    b = SB(c, "koremiz", "GET", f"https://live.koremiz.example/m{mid}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    body = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n"
    body += "".join(f"#EXTINF:6.0,\nseg{c.rng.randint(1, 9999)}.ts\n" for _ in range(3))
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()
