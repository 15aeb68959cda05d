"""Gakyil TV: the national broadcaster's TV and radio app (the mother's
Xiaomi in Paro), with Firebase / GA4 and its own measurement.

Its own heartbeat reports the programme and the watched position under
romanised Dzongkha keys (`lta_sa` what is watched, `sa_tshad` position),
the radio log lists what was listened to under native-script keys
(`ཉན་ཡོདཔ་` "listened"), the Firebase upload (protobuf to
app-measurement.com/a) carries GA4 `video_progress` events naming the
programme, the GA4 measurement-protocol call sends `video_complete` with
the title, and "continue watching" comes back in a response. The compact
beacon is a base64 JSON in a query parameter with one-letter keys. Live
HLS segments, the schedule (EPG), the programme catalogue, search,
thumbnails and the "most watched in Bhutan" chart are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.gakyiltv.example"
UA = ua("GakyilTV", "3.8.0", "aama")
SHOWS = [
    ("GT-N-2025-0611", "ཉིན་བསྟར་གསར་འགྱུར། (Evening News)", 1800),
    ("GT-D-0142", "Dratsang Tshechu Live", 5400),
    ("GT-S-0091", "Gyalsung: Ep 7", 2700),
    ("GT-K-0033", "Kids: Ap Naka", 900),
]
RADIO = [("BR-0112", "Rigsar hits hour"), ("BR-0207", "Zhungdra with Aum Tshering")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gakyiltv", method, url)
    b.header("user-agent", UA)
    b.header("x-gt-user", b.acct("gakyil_user"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "android_id": b.id("aid_gakyil", where="json android_id"),
            "gaid": b.id("gaid_aama", where="json gaid"),
            "fcm_fid": b.id("gakyil_fid", where="json fcm_fid (Firebase installation id)"),
            "kha": "dz",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/gakyil-tv/installations",
    )
    b.header("user-agent", dalvik("aama"))
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("gakyil_fid", where="json fid"),
            "appId": "1:40213:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/40213/installations/x",
            "fid": b.id("gakyil_fid", where="response json fid", direction="response"),
            "refreshToken": new_hex(c.rng, 40),
        }
    )
    return b.build()


def heartbeat(c: Context) -> Flow:
    sid, title, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v2/lta/heartbeat")
    b.view("json lta_sa (programme) + sa_tshad (position) + duetshoe")
    b.json(
        {
            "lta_sa": {"id": sid, "ming": title, "yun_tshad": dur},
            "sa_tshad": c.rng.randint(10, dur),
            "duetshoe": iso(c),
            "gnas": c.rng.choice(["live", "vod"]),
        }
    )
    b.no_content()
    return b.build()


def radio_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/lungtrin/log")
    b.view("json ཉན་ཡོདཔ་ list (radio programmes listened, seconds, times)")
    b.json(
        {
            "ཉན་ཡོདཔ་": [
                {"ལས་རིམ་": pid, "མིང་": name, "སྐར་ཆ་": c.rng.randint(60, 3600), "དུས་ཚོད་": iso(c)}
                for pid, name in RADIO
            ]
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def firebase_upload(c: Context, watching: bool = True) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("aama"))
    _, title, dur = c.rng.choice(SHOWS)
    ev = [pb_bytes(2, "_e" if not watching else "video_progress")]
    if watching:
        b.view(
            "protobuf event video_progress params video_title / video_current_time",
            detectable=False,
        )
        ev += [pb_msg(1, [pb_bytes(1, "video_title"), pb_bytes(2, title)])]
        ev += [pb_msg(1, [pb_bytes(1, "video_current_time"), pb_varint(4, c.rng.randint(10, dur))])]
    bundle = [
        pb_varint(1, 1),
        pb_msg(2, ev),
        pb_bytes(14, "com.gakyiltv.app"),
        pb_bytes(
            19,
            b.id(
                "gaid_aama",
                "protobuf",
                "protobuf field 19 (resettable device id)",
                detectable=False,
            ),
        ),
        pb_bytes(
            21,
            b.id(
                "gakyil_app_instance",
                "protobuf",
                "protobuf field 21 (app instance id)",
                detectable=False,
            ),
        ),
        pb_bytes(27, "1:40213:android:" + new_hex(c.rng, 16)),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def ga4_complete(c: Context) -> Flow:
    sid, title, dur = c.rng.choice(SHOWS)
    b = FB(
        c,
        "ga4",
        "POST",
        "https://www.google-analytics.com/mp/collect?measurement_id=G-GKTV2025&api_secret="
        + new_hex(c.rng, 22),
    )
    b.header("user-agent", UA)
    b.view("json events video_complete params video_title / video_duration / video_percent")
    b.json(
        {
            "app_instance_id": b.id("gakyil_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "video_complete",
                    "params": {
                        "video_title": title,
                        "video_id": sid,
                        "video_duration": dur,
                        "video_percent": 100,
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def compact_beacon(c: Context) -> Flow:
    sid, _, dur = c.rng.choice(SHOWS)
    payload = b64(
        '{"a":"' + sid + '","b":' + str(c.rng.randint(10, dur)) + ',"c":' + str(ms(c)) + "}"
    )
    b = _b(c, "GET", f"{API}/b.gif")
    b.view("query d (base64 JSON, one-letter keys: programme, position, time)", detectable=False)
    b.param("d", payload)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/lta_mthud")
    b.view(
        "response json lta_mthud (continue watching: programme + position)", direction="response"
    )
    b.ok_json(
        {
            "lta_mthud": [
                {
                    "id": sid,
                    "ming": t,
                    "sa_tshad": c.rng.randint(10, d),
                    "yun_tshad": d,
                    "duetshoe": iso(c),
                }
                for sid, t, d in SHOWS[:3]
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = FB(
        c,
        "gakyiltv-cdn",
        "GET",
        f"https://live.gakyiltv.example/gt1/720p/seg_{c.rng.randint(10**5, 10**6)}.ts",
    )
    b.header("user-agent", UA)
    b.decoy("live TV segment fetch (not a viewing report)")
    b.respond(200, "video/mp2t", b"G@" + c.rng.randbytes(600))
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/lasrim?date={iso(c)[:10]}")
    b.decoy("programme schedule with times and durations (not anyone's viewing)")
    b.ok_json(
        {"lasrim": [{"id": s, "ming": t, "yun_tshad": d, "start": iso(c)} for s, t, d in SHOWS]}
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogue?cat={c.rng.choice(['news', 'culture', 'kids'])}")
    b.ok_json(
        {
            "items": [
                {"id": s, "ming": t, "thumb": f"https://img.gakyiltv.example/{s}.jpg"}
                for s, t, _ in SHOWS
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["tshechu", "ཆོས་", "news", "archery"])
    b = _b(c, "GET", f"{API}/v2/search?q={q}")
    b.decoy("search query and results")
    b.ok_json({"q": q, "hits": [{"id": s, "ming": t} for s, t, _ in SHOWS[:2]]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "gakyiltv-cdn", "GET", f"https://img.gakyiltv.example/{sid}.jpg?w=480")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/most-watched?region=BT")
    b.decoy("country-wide most-watched chart (aggregate, no person)")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "id": s, "views": c.rng.randint(1000, 90000)}
                for i, (s, _, _) in enumerate(SHOWS)
            ]
        }
    )
    return b.build()


def ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/config?v=3.8.0")
    b.decoy("config with trace id")
    b.ok_json({"trace": rid(c.rng), "live": True, "radio": ["BBS1", "BBS2"], "rf": rf(c.rng, 0, 1)})
    return b.build()
