"""ЕфирПлей (EfirPlay): the streaming app of a Bulgarian TV group, bTV / Nova Play-like,
on the son's Pixel 8 in Madrid (he watches the Bulgarian series from abroad).

The backend is Bulgarian-built with Latin-transliterated keys and paths
(`gledane` = viewing, `epizod`, `poziciya`, `prodalzhitelnost` = duration,
`prodalzhi-gledane` = continue watching, `istoriya` = history). Around it:

* Firebase: Installations (`fid`, FIS_v2), FCM registration through
  `c2dm/register3` (the GSF android id in `Authorization: AidLogin` and
  `device`, the FID as `X-appid`), and Analytics uploads to
  `app-measurement.com/a`: gzip'd protobuf bundles whose ids sit in numbered
  fields (advertising id, app-instance id) while event and parameter names are
  strings (`gledane_epizod` with `serial`, `epizod`, `poziciya_sek`);
* Gemius (the Bulgarian audience panel's measurement, host `gabg.hit.gemius.pl`):
  stream hits carrying the programme in a pipe-separated `extra`, and page-view
  hits for screens; the SDK's own visitor id rides in the `Gdyn` cookie;
* Adjust: `session` and `event` form posts with `gps_adid` and the SDK's
  `android_uuid`; the answer names Adjust's `adid`. The "watched an episode"
  event carries its details as `partner_params`; a newer build packs them into
  one meaningless callback parameter.

The player's own beacon sends msgpack rows [serial, episode, second, ts] with a
SHA-256 of the ANDROID_ID in a header. Catalogue, EPG ("програма"), the most
watched chart, search, the subscription price, DRM licences and HLS segments
are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, jwt, mpack, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.efirplay.example"
PKG = "bg.efirplay.android"
VER = "6.3.1"
UA = ua("EfirPlay", VER, "sin")
GMP_APP_ID = "1:884120337615:android:3c1e8f0a92d47b16"
SENDER = "884120337615"
SERIALI = [
    (2041, "Под прикритие", 2900),
    (2057, "Откраднат живот", 2700),
    (2063, "Столичани в повече", 2400),
    (2078, "Братя", 2800),
    (2085, "Дяволското гърло", 3100),
    (2090, "Лъжите в нас", 2600),
    (2096, "Скъпи наследници", 2500),
]
KANALI = ["bTV", "bTV Comedy", "bTV Cinema", "Нова", "Kino Nova", "Diema", "ring"]
GEMIUS_ID = "d2WbgnO1K1BnRNKFfpa0Z5QTXtFp6QcWwTWJV_1Ilp3.F7"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "efirplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": c.phone.efir_user, "iat": int(c.now)}))
    b.header("accept-language", "bg-BG")
    return b


def _ep(c: Context) -> tuple[int, str, int, int, int]:
    sid, title, dur = c.rng.choice(SERIALI)
    return sid, title, c.rng.randint(1, 4), c.rng.randint(1, 40), dur


# --- start-up and identifiers -------------------------------------------------


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/efirplay-bg/installations",
    )
    b.header("user-agent", dalvik("sin"))
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("efir_fid", where="json fid"),
            "appId": GMP_APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/{SENDER}/installations/-",
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": jwt({"projectNumber": SENDER}), "expiresIn": "604800s"},
        }
    )
    return b.build()


def fcm_register(c: Context) -> Flow:
    b = FB(c, "fcm", "POST", "https://android.clients.google.com/c2dm/register3")
    gsf = b.id("efir_gsf", where="header authorization AidLogin")
    b.header("authorization", f"AidLogin {gsf}:{c.rng.randint(10**18, 10**19)}")
    b.header("app", PKG)
    b.header("gcm_ver", "250632029")
    b.header("user-agent", "Android-GCM/1.5 (shiba AP4A.250205.002)")
    b.form(
        [
            ("X-subtype", SENDER),
            ("sender", SENDER),
            ("X-app_ver", "6031"),
            ("X-osv", "35"),
            ("X-cliv", "fcm-24.1.0"),
            ("X-gmsv", "250632029"),
            ("X-appid", b.id("efir_fid", where="form X-appid")),
            ("X-scope", "*"),
            ("X-Goog-Firebase-Installations-Auth", jwt({"fid": "-", "iat": int(c.now)})),
            ("X-gmp_app_id", GMP_APP_ID),
            ("X-firebase-app-name-hash", "R1dAH9Ui7M-ynoznwBdw01tLxhI"),
            ("X-app_ver_name", VER),
            ("app", PKG),
            ("device", b.id("efir_gsf", where="form device")),
            ("app_ver", "6031"),
            ("gcm_ver", "250632029"),
            ("plat", "0"),
            ("cert", new_hex(c.rng, 40)),
            ("target_ver", "34"),
        ]
    )
    b.respond(
        200,
        "text/plain; charset=utf-8",
        f"token={new_hex(c.rng, 22)}:APA91b{new_hex(c.rng, 120)}".encode(),
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ustroystva/registraciya")
    b.json(
        {
            "androidId": b.id("aid_efir", where="json androidId"),
            "firebaseId": b.id("efir_fid", where="json firebaseId"),
            "model": "Pixel 8",
            "platforma": "android",
            "ezik": "bg",
            "darzhava": "ES",
            "izvanBg": True,
        }
    )
    b.ok_json({"ok": True, "maksUstroystva": 5, "geoDostap": "EU_PORTABILITY"})
    return b.build()


# --- Firebase Analytics (app-measurement.com/a) --------------------------------


def _fa_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def _fa_event(c: Context, name: str, params: list[tuple[str, str | int]]) -> bytes:
    t = ms(c)
    return pb_msg(
        2,
        [
            *[_fa_param(k, v) for k, v in params],
            pb_bytes(2, name),
            pb_varint(3, t),
            pb_varint(4, t - c.rng.randint(2000, 90000)),
        ],
    )


def _fa_upload(c: Context, b: FB, events: list[bytes]) -> None:
    t = ms(c)
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *events,
            pb_msg(3, [pb_varint(1, t - 5000), pb_bytes(2, "_fot"), pb_varint(4, 1709251200000)]),
            pb_varint(4, t),
            pb_varint(5, t - 60000),
            pb_varint(6, t - 1000),
            pb_bytes(8, "android"),
            pb_bytes(9, "15"),
            pb_bytes(10, "Pixel 8"),
            pb_bytes(11, "bg-bg"),
            pb_varint(12, 60),
            pb_bytes(13, "com.android.vending"),
            pb_bytes(14, PKG),
            pb_bytes(16, VER),
            pb_varint(17, 84002),
            pb_varint(18, 250632),
            pb_bytes(19, b.id("gaid_sin", "protobuf", "protobuf bundle field 19", False)),
            pb_varint(20, 0),
            pb_bytes(21, b.id("efir_app_instance", "protobuf", "protobuf bundle field 21", False)),
            pb_bytes(25, GMP_APP_ID),
            pb_bytes(30, b.id("efir_fid", "protobuf", "protobuf bundle field 30", False)),
        ],
    )
    b.header("user-agent", dalvik("sin"))
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.no_content()


def fa_gledane(c: Context) -> Flow:
    """An analytics upload with the app's custom viewing events (named params)."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.view("protobuf events gledane_epizod (params serial / epizod / poziciya_sek by name)")
    events = []
    for _ in range(c.rng.randint(1, 3)):
        sid, title, sezon, ep, dur = _ep(c)
        events.append(
            _fa_event(
                c,
                c.rng.choice(["gledane_epizod", "gledane_start", "gledane_kray"]),
                [
                    ("_o", "app"),
                    ("serial", title),
                    ("serial_id", sid),
                    ("sezon", sezon),
                    ("epizod", ep),
                    ("poziciya_sek", c.rng.randint(30, dur)),
                    ("prodalzhitelnost_sek", dur),
                ],
            )
        )
    _fa_upload(c, b, events)
    return b.build()


def fa_sesiya(c: Context) -> Flow:
    """An analytics upload with only engagement and screen events (ids, no viewing)."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    screen = c.rng.choice(["Начало", "Сериали", "НаЖиво", "Профил", "Търсене"])
    events = [
        _fa_event(c, "_e", [("_o", "auto"), ("_et", c.rng.randint(500, 60000))]),
        _fa_event(c, "_vs", [("_o", "auto"), ("_sc", "MainActivity"), ("_sn", screen)]),
    ]
    _fa_upload(c, b, events)
    return b.build()


# --- Gemius -------------------------------------------------------------------


def _gemius(c: Context, path: str, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "gemius", "GET", f"https://gabg.hit.gemius.pl/_{ms(c)}/{path}", params)
    b.header("user-agent", UA)
    gdyn = b.id("efir_gemius", where="cookie Gdyn", detectable=False)
    b.header("cookie", f"Gdyn={gdyn}; Gtest=1")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b


def gemius_stream(c: Context) -> Flow:
    sid, title, sezon, ep, dur = _ep(c)
    extra = "|".join(
        [
            f"programID=efp_{sid}_{sezon}_{ep}",
            f"programName={title}",
            f"series={title}",
            f"episode={ep}",
            f"season={sezon}",
            f"programDuration={dur}",
            "programType=video",
            "transmission=vod",
            f"playerID=efp-exo-{VER}",
        ]
    )
    b = _gemius(
        c,
        "sredot.gif",
        [
            ("l", "91"),
            ("id", GEMIUS_ID),
            ("et", "stream"),
            ("ev", c.rng.choice(["play", "continuePlaying", "pause", "complete"])),
            ("of", str(c.rng.randint(10, dur))),
            ("extra", extra),
            ("tz", "60"),
            ("fv", "android-gsdk-2.2.1"),
        ],
    )
    b.view("query extra programName / episode / of (Gemius stream hit)")
    return b.build()


def gemius_screen(c: Context) -> Flow:
    sid, title, _, _, _ = _ep(c)
    b = _gemius(
        c,
        "redot.gif",
        [
            ("l", "30"),
            ("id", GEMIUS_ID),
            ("et", "view"),
            ("hsrc", "3"),
            ("href", f"app://efirplay/seriali/{sid}"),
            ("extra", f"page=serial|title={title}|section=seriali"),
            ("screen", "1080x2400"),
            ("tz", "60"),
        ],
    )
    b.decoy("screen view of a series' page (browsing the catalogue, not watching)")
    return b.build()


# --- Adjust -------------------------------------------------------------------


def _adjust(c: Context, path: str, extra: list[tuple[str, str]]) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("sin"))
    b.header("client-sdk", "android4.38.5")
    created = iso(c).replace("Z", "+0100")
    pairs = [
        ("app_token", "7kqhz4b1xd8g"),
        ("gps_adid", b.id("gaid_sin", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("android_uuid", b.id("efir_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", created),
        ("sent_at", created),
        ("device_type", "phone"),
        ("device_manufacturer", "Google"),
        ("device_name", "Pixel 8"),
        ("os_name", "android"),
        ("os_version", "15"),
        ("api_level", "35"),
        ("language", "bg"),
        ("country", "ES"),
        ("package_name", PKG),
        ("app_version", VER),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(20, 400))),
        *extra,
    ]
    b.form(pairs)
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(
        c,
        "session",
        [
            ("subsession_count", str(c.rng.randint(1, 9))),
            ("session_length", str(c.rng.randint(60, 4000))),
            ("time_spent", str(c.rng.randint(60, 4000))),
            ("connectivity_type", "1"),
        ],
    )
    adid = b.id("efir_adjust_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": "7kqhz4b1xd8g",
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_gledano(c: Context) -> Flow:
    sid, title, sezon, ep, dur = _ep(c)
    partner = {
        "serial": title,
        "serial_id": str(sid),
        "sezon": str(sezon),
        "epizod": str(ep),
        "gledano_min": str(c.rng.randint(5, dur // 60)),
    }
    b = _adjust(
        c,
        "event",
        [
            ("event_token", "q3m9ya"),
            ("event_count", str(c.rng.randint(1, 300))),
            ("partner_params", js(partner)),
        ],
    )
    b.view("form partner_params serial / epizod / gledano_min (Adjust event)")
    b.ok_json({"app_token": "7kqhz4b1xd8g", "timestamp": iso(c), "message": "Event tracked"})
    return b.build()


def adjust_gledano_opaque(c: Context) -> Flow:
    sid, _, sezon, ep, dur = _ep(c)
    packed = b64(f"{sid}:{sezon}:{ep}:{c.rng.randint(60, dur)}")
    b = _adjust(
        c,
        "event",
        [
            ("event_token", "x81fwe"),
            ("event_count", str(c.rng.randint(1, 300))),
            ("callback_params", js({"p": packed})),
        ],
    )
    b.view("form callback_params p (base64 serial:season:episode:second)", detectable=False)
    b.ok_json({"app_token": "7kqhz4b1xd8g", "timestamp": iso(c), "message": "Event tracked"})
    return b.build()


# --- the backend's own viewing records --------------------------------------


def gledane_progres(c: Context) -> Flow:
    sid, title, sezon, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/gledane/progres")
    b.view("json serialId / epizod / poziciya (watch progress)")
    b.json(
        {
            "serialId": sid,
            "zaglavie": title,
            "sezon": sezon,
            "epizod": ep,
            "poziciya": c.rng.randint(15, dur),
            "prodalzhitelnost": dur,
            "zavarsheno": False,
            "vreme": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_puls(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/nazhivo/puls")
    b.view("json kanal + gledano_sek (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALI),
            "gledano_sek": c.rng.choice([30, 60, 60, 120]),
            "nachalo": iso(c),
            "kachestvo": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"prodalzhi": True})
    return b.build()


def prodalzhi_gledaneto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/potrebitel/prodalzhi-gledane?limit=12")
    b.view("response json prodalzhi[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, sezon, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "zaglavie": title,
                "sezon": sezon,
                "epizod": ep,
                "poziciya": c.rng.randint(60, dur - 60),
                "prodalzhitelnost": dur,
                "gledanoNa": iso(c),
            }
        )
    b.ok_json({"prodalzhi": rows})
    return b.build()


def istoriya(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/potrebitel/istoriya-gledane?stranica=1")
    b.view("response json istoriya[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, sezon, ep, _ = _ep(c)
        items.append(
            {"serialId": sid, "zaglavie": title, "sezon": sezon, "epizod": ep, "data": iso(c)}
        )
    b.ok_json({"istoriya": items, "stranica": 1})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's compact beacon: msgpack rows, a SHA-256 of the ANDROID_ID in `x-k`."""
    b = FB(c, "efirplay", "POST", f"{API}/t/b3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("x-k", b.id("aid_efir", "sha256", "header x-k", detectable=False))
    b.view("msgpack rows [serial, episode, second, ts]", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        sid, _, _, ep, dur = _ep(c)
        rows.append([sid, ep, c.rng.randint(10, dur), ms(c)])
    b.set_body(mpack({"r": rows, "v": 3}), "application/x-msgpack")
    b.no_content()
    return b.build()


# --- content fetches (not viewing history) -------------------------------------


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?zhanr=drama&stranica=1")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "seriali": [
                {
                    "serialId": sid,
                    "zaglavie": title,
                    "epizodi": c.rng.randint(12, 120),
                    "prodalzhitelnost": dur,
                    "plakat": f"https://img.efirplay.example/p/{sid}.webp",
                }
                for sid, title, dur in SERIALI
            ]
        }
    )
    return b.build()


def programa(c: Context) -> Flow:
    kanal = c.rng.choice(KANALI)
    b = _b(c, "GET", f"{API}/v2/programa?kanal={quote(kanal)}&den=dnes")
    b.decoy("EPG (програма) with start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "kanal": kanal,
            "predavaniya": [
                {"zaglavie": t, "nachalo": t0 + i * 3600, "prodalzhitelnost": 3600}
                for i, t in enumerate(
                    ["Тази сутрин", "Преди обед", "Новините", "120 минути", "Събуди се"]
                )
            ],
        }
    )
    return b.build()


def nai_gledani(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top/nai-gledani?period=7d")
    b.decoy("aggregate view counts of the most watched series (not one viewer)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "zaglavie": t, "gledaniya": c.rng.randint(10**4, 10**6)}
                for sid, t, _ in SERIALI
            ]
        }
    )
    return b.build()


def tarsene(c: Context) -> Flow:
    q = c.rng.choice(["братя", "наследници", "под прикритие", "лъжите"])
    b = _b(c, "GET", f"{API}/v2/tarsene?q={quote(q)}")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "rezultati": [
                {"serialId": sid, "zaglavie": t, "prodalzhitelnost": d} for sid, t, d in SERIALI[:3]
            ]
        }
    )
    return b.build()


def abonament(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/abonamenti")
    b.decoy("subscription plans: price and duration in days")
    b.ok_json(
        {
            "planove": [
                {"id": "mesechen", "cena": 9.99, "valuta": "BGN", "prodalzhitelnost_dni": 30},
                {"id": "godishen", "cena": 99.0, "valuta": "BGN", "prodalzhitelnost_dni": 365},
            ],
            "probenPeriod": {"dni": 7},
        }
    )
    return b.build()


def drm_license(c: Context) -> Flow:
    b = FB(c, "efirplay", "POST", f"https://drm.efirplay.example/widevine/license?cid={rid(c.rng)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("Widevine licence challenge (content key request)")
    b.set_body(
        b"\x08\x01\x12" + bytes(c.rng.getrandbits(8) for _ in range(300)),
        "application/octet-stream",
    )
    b.respond(
        200,
        "application/octet-stream",
        b"\x08\x02\x12" + bytes(c.rng.getrandbits(8) for _ in range(200)),
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALI)[0]
    b = FB(
        c,
        "efirplay",
        "GET",
        f"https://vod-cdn.efirplay.example/{sid}/s01e{c.rng.randint(1, 40):02d}/hd/"
        f"segment_{c.rng.randint(1, 700)}.ts"
        f"?hdnts=exp={int(c.now) + 7200}~hmac={new_hex(c.rng, 32)}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def reklama_vast(c: Context) -> Flow:
    b = FB(
        c,
        "efirplay-ads",
        "GET",
        f"https://ads.efirplay.example/vast?pos=preroll&cat=drama&r={rid(c.rng)}",
    )
    b.header("user-agent", UA)
    b.decoy("VAST ad with creative duration (ad fetch)")
    vast = (
        '<?xml version="1.0" encoding="UTF-8"?><VAST version="4.0"><Ad id="'
        f'{c.rng.randint(1000, 9999)}"><InLine><AdTitle>Лято в Слънчев бряг</AdTitle><Creatives>'
        "<Creative><Linear><Duration>00:00:15</Duration></Linear></Creative></Creatives>"
        "</InLine></Ad></VAST>"
    )
    b.respond(200, "application/xml", vast.encode())
    return b.build()
