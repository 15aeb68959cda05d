"""Bona: a Southern African series / soapie / music-video streaming app (Showmax-like)
on the daughter's Redmi 13C in Maseru.

Its own backend speaks Sesotho: `shebile` = watched, `letoto` = series, `karolo`
= episode (part), `boemo` = position, `nako` = time / duration, `kanale` =
channel, `metsotso` = minutes. Firebase Analytics uploads its bundles to
app-measurement.com as gzip protobuf (events with their parameter names as
strings, the advertising id and the app-instance id in numbered fields); the
app registers with Firebase Installations (FIS_v2). Adjust tracks sessions and
events as form posts to app.adjust.com (`gps_adid`, `android_uuid`,
`callback_params` as a JSON string; the answer carries Adjust's `adid`,
https://github.com/adjust/android_sdk). The catalogue, search, the "popular in
Lesotho" counts, the release schedule, plan prices with their durations and
DASH segments are content fetches, not anyone's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js, mpack, pb_bytes, pb_msg, pb_varint

from .phone import FB, PHONES, dalvik, iso, iso_ago, ms, new_hex, rf, rid, ua

API = "https://api.bona.example"
UA = ua("Bona", "3.14.0", "morali")
LETOTO = [
    ("l301", "Skeem Saam", 1440, "soapie"),
    ("l302", "Gomora", 1500, "soapie"),
    ("l303", "Thaba Bosiu", 2700, "letoto"),
    ("l304", "Lerato la Maseru", 2520, "letoto"),
    ("l305", "Uzalo", 1440, "soapie"),
    ("l306", "Mmino: Famo Sessions", 240, "music_video"),
    ("l307", "Ntlo ea Bo-Mokhothu", 2400, "letoto"),
]
KANALE = ["Lesotho TV", "Bona Famo 24", "Moafrika TV", "Bona Soapies", "Btv"]
ADJUST_TOKEN = "q8k2xw1bmp4s"
GMP_APP = "1:802114637305:android:4c1e7a90b2d3f615"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bona", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "st-LS,en;q=0.8")
    return b


def _ep(c: Context) -> tuple[str, str, int, int, str]:
    lid, title, dur, kind = c.rng.choice(LETOTO)
    return lid, title, c.rng.randint(1, 180), dur, kind


# --- device registration and SDK plumbing ---------------------------------------


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/lisebelisoa/ngolisa")
    b.json(
        {
            "androidId": b.id("aid_bona", where="json androidId"),
            "firebaseInstallationId": b.id("bona_fid", where="json firebaseInstallationId"),
            "mohlala": PHONES["morali"][1],
            "puo": "st",
            "naha": "LS",
            "mofani": "Vodacom Lesotho",
        }
    )
    b.ok_json({"ngolisitsoe": True, "lisebelisoaTseLumelletsoeng": 3})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/bona-ls/installations",
    )
    b.header("user-agent", dalvik("morali"))
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ls.bona.app")
    b.header("x-firebase-client", "fire-installations/17.2.0 fire-android/33 kotlin/1.9.22")
    b.json(
        {
            "fid": b.id("bona_fid", where="json fid"),
            "appId": GMP_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/802114637305/installations/" + c.phone.bona_fid,
            "fid": b.id("bona_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def _pb_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def _pb_event(name: str, ts: int, params: dict[str, str | int]) -> bytes:
    return pb_msg(
        2, [*(_pb_param(k, v) for k, v in params.items()), pb_bytes(2, name), pb_varint(3, ts)]
    )


def measurement(c: Context, with_video: bool = True) -> Flow:
    """A Firebase Analytics upload: one bundle, events then the device block."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("morali"))
    ts = ms(c)
    events = [_pb_event("_e", ts - 9000, {"_et": c.rng.randint(2000, 60000), "_o": "auto"})]
    if with_video:
        _, title, ep, dur, kind = _ep(c)
        pct = c.rng.choice([25, 50, 75, 100])
        b.view("protobuf event video_progress params video_title / video_percent (name strings)")
        events.append(
            _pb_event(
                "video_progress",
                ts,
                {
                    "video_title": f"{title} - Karolo {ep}",
                    "video_provider": "bona",
                    "content_type": kind,
                    "video_percent": pct,
                    "video_current_time": dur * pct // 100,
                    "_o": "app",
                },
            )
        )
    else:
        events.append(_pb_event("screen_view", ts, {"_sn": "Lehae", "_o": "auto"}))
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *events,
            pb_varint(4, ts),
            pb_bytes(9, "android"),
            pb_bytes(10, PHONES["morali"][0]),
            pb_bytes(11, PHONES["morali"][1]),
            pb_bytes(12, "st-ls"),
            pb_varint(13, 120),
            pb_bytes(15, "ls.bona.app"),
            pb_bytes(16, "3.14.0"),
            pb_bytes(19, b.id("gaid_morali", "protobuf", "protobuf field 19", detectable=False)),
            pb_varint(20, 0),
            pb_bytes(
                21, b.id("bona_app_instance", "protobuf", "protobuf field 21", detectable=False)
            ),
            pb_bytes(25, GMP_APP),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.no_content()
    return b.build()


def screen_measurement(c: Context) -> Flow:
    return measurement(c, with_video=False)


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    osv, model, _ = PHONES["morali"]
    return [
        ("app_token", ADJUST_TOKEN),
        ("gps_adid", b.id("gaid_morali", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("bona_adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "Z+0200")),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("tracking_enabled", "1"),
        ("os_name", "android"),
        ("os_version", osv),
        ("device_type", "phone"),
        ("device_manufacturer", "Xiaomi"),
        ("device_name", model),
        ("language", "st"),
        ("country", "LS"),
        ("mcc", "651"),
        ("mnc", "01"),
        ("package_name", "ls.bona.app"),
        ("app_version", "3.14.0"),
        ("api_level", "33"),
    ]


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("morali"))
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [
        ("session_count", str(c.rng.randint(2, 300))),
        ("subsession_count", "1"),
        ("session_length", str(c.rng.randint(0, 4000))),
        ("time_spent", str(c.rng.randint(0, 4000))),
        ("connectivity_type", "1"),
        ("screen_density", "high"),
        ("display_width", "720"),
        ("display_height", "1600"),
    ]
    b.form(pairs)
    adid = b.id("bona_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJUST_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
            "tracking_state": "opted_in",
        }
    )
    return b.build()


def adjust_event(c: Context, watched: bool = True) -> Flow:
    b = _adjust(c, "event")
    pairs = _adjust_common(b, c)
    if watched:
        _, title, ep, dur, _kind = _ep(c)
        b.view("form callback_params letoto / karolo / boemo (episode watched)")
        token = "7hd2ka"
        cb = {
            "letoto": title,
            "karolo": str(ep),
            "boemo": str(c.rng.randint(60, dur)),
            "nako_kaofela": str(dur),
        }
    else:
        token = "m3p9qs"
        cb = {"sephutheloana": c.rng.choice(["Mobile", "Standard", "Pro"]), "theko": "99.00"}
        b.decoy("subscription plan price in callback_params")
    pairs += [
        ("event_token", token),
        ("event_count", str(c.rng.randint(1, 90))),
        ("callback_params", js(cb)),
        ("partner_params", js({"user_tier": "paid"})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def adjust_purchase(c: Context) -> Flow:
    return adjust_event(c, watched=False)


# --- viewing --------------------------------------------------------------------


def shebile_tsoelopele(c: Context) -> Flow:
    lid, title, ep, dur, kind = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/shebile/tsoelopele")
    b.header("x-bona-sesebelisoa", b.id("aid_bona", where="header x-bona-sesebelisoa"))
    b.view("json letotoId / karolo / boemo / nako (watch progress)")
    b.json(
        {
            "letotoId": lid,
            "sehlooho": title,
            "karolo": ep,
            "mofuta": kind,
            "boemo": c.rng.randint(10, dur),
            "nako": dur,
            "qetile": False,
            "ka": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tsoela_pele(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/mosebelisi/tsoela-pele-ho-shebella?moeli=10")
    b.view("response json tsoelaPele[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        lid, title, ep, dur, _kind = _ep(c)
        rows.append(
            {
                "letotoId": lid,
                "sehlooho": title,
                "karolo": ep,
                "boemo": c.rng.randint(30, max(31, dur - 30)),
                "nako": dur,
                "shebiloe": iso_ago(c, 3600, 14 * 86400),
            }
        )
    b.ok_json({"tsoelaPele": rows})
    return b.build()


def histori(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/mosebelisi/tseo-u-li-shebileng?leqephe=1")
    b.view("response json shebile[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        lid, title, ep, _dur, _kind = _ep(c)
        items.append(
            {
                "letotoId": lid,
                "sehlooho": title,
                "karolo": ep,
                "letsatsi": iso_ago(c, 3600, 30 * 86400),
            }
        )
    b.ok_json({"shebile": items, "leqephe": 1})
    return b.build()


def kanale_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/live/shebile")
    b.view("json kanale + metsotso (live channel watch time)")
    b.json(
        {
            "kanale": c.rng.choice(KANALE),
            "metsotso": c.rng.choice([1, 1, 2, 5]),
            "qalile": iso(c),
            "boleng": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"tsoela": True})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's msgpack beacon: nameless rows [series, episode, second, ts]; a
    cookie `_bx` holds the first 32 hex of the ANDROID_ID's SHA-256."""
    b = FB(c, "bona", "POST", f"{API}/p/2")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    bx = b.id("aid_bona", "sha256_trunc32", "cookie _bx", detectable=False)
    b.header("cookie", f"_bx={bx}; _bl=st")
    b.view("msgpack nameless rows", detectable=False)
    rows = [
        [int(c.rng.choice(LETOTO)[0][1:]), c.rng.randint(1, 180), c.rng.randint(5, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


# --- content fetches (decoys) ---------------------------------------------------


def katalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalogo?mofuta=soapie&leqephe=1")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "letoto": [
                {
                    "letotoId": lid,
                    "sehlooho": title,
                    "likarolo": c.rng.randint(20, 260),
                    "nako": dur,
                    "setshoantsho": f"https://img.bona.example/p/{lid}.jpg",
                }
                for lid, title, dur, _ in LETOTO
            ]
        }
    )
    return b.build()


def batla(c: Context) -> Flow:
    q = c.rng.choice(["gomora", "famo", "thaba", "uzalo"])
    b = _b(c, "GET", f"{API}/api/v3/batla?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "liphetho": [
                {"letotoId": lid, "sehlooho": title, "nako": dur}
                for lid, title, dur, _ in LETOTO[:4]
            ]
        }
    )
    return b.build()


def tse_tummeng(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/tse-tummeng?naha=LS&nako=7d")
    b.decoy("aggregate view counts per title (not one viewer)")
    b.ok_json(
        {
            "tse_tummeng": [
                {"letotoId": lid, "sehlooho": title, "bashebelli": c.rng.randint(900, 90000)}
                for lid, title, _, _ in LETOTO
            ]
        }
    )
    return b.build()


def kemiso(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kemiso/likarolo-tse-ncha")
    b.decoy("release schedule of new episodes (dates and durations)")
    b.ok_json(
        {
            "kemiso": [
                {"sehlooho": title, "karolo": c.rng.randint(100, 200), "ka": iso(c), "nako": dur}
                for _, title, dur, kind in LETOTO
                if kind == "soapie"
            ]
        }
    )
    return b.build()


def lisephutheloana(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/lisephutheloana?naha=LS")
    b.decoy("plan prices with duration in days")
    b.ok_json(
        {
            "lisephutheloana": [
                {"lebitso": "Mobile", "theko": 49.0, "chelete": "LSL", "duration": 30},
                {"lebitso": "Standard", "theko": 99.0, "chelete": "LSL", "duration": 30},
                {
                    "lebitso": "Pro",
                    "theko": rf(c.rng, 280, 300, 0),
                    "chelete": "LSL",
                    "duration": 30,
                },
            ]
        }
    )
    return b.build()


def dash_segment(c: Context) -> Flow:
    lid = c.rng.choice(LETOTO)[0]
    b = FB(
        c,
        "bona",
        "GET",
        f"https://vod.bona.example/{lid}/k{c.rng.randint(1, 180):03d}/video/720p/"
        f"seg-{c.rng.randint(1, 600)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def widevine_license(c: Context) -> Flow:
    b = FB(c, "bona", "POST", "https://drm.bona.example/widevine/license")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("x-dt-auth-token", rid(c.rng))
    b.decoy("DRM licence challenge (opaque bytes, no device id)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()
