"""RebaPlus: a pay-TV operator's streaming app (StarTimes-like), the son's Infinix
in Bujumbura. Keys mix Kirundi / Kinyarwanda (`kureba` to watch, `yarebye`
watched, `umwanya` position, `igihe` time, `igikoresho` device, `umurongo`
channel) with French and English. Player events go to the operator's own
collector; the app registers with Firebase Installations and logs screens to
GA4 for Firebase (app-measurement.com). Catalogue, EPG, search and HLS segments
are content fetches, not viewing history."""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.rebaplus.example"
EV = "https://ev.rebaplus.example"
UA = ua("RebaPlus", "6.12.0", "umuhungu")
SHOWS = [
    ("RB-2231", "Inzozi z'Umuryango", 2520),
    ("RB-2307", "Amakuru y'Umugoroba", 1800),
    ("RB-2419", "Bujumbura Nights", 2700),
    ("RB-2502", "Urukundo rw'Ikiyaga", 2400),
    ("RB-2611", "Sakata Comedy", 1500),
    ("RB-2740", "Mapenzi ya Kweli", 2640),
]
CHANNELS = ["ST Kiswahili", "ST Novela E Plus", "RTNB", "RBA TV", "ST Sport Focus", "Isango TV"]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "rebaplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if dev:
        b.header("x-igikoresho", b.id("aid_reba", where="header x-igikoresho"))
    return b


def _show(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SHOWS)
    return sid, title, c.rng.randint(1, 80), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/rebaplus-bi/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "bi.rebaplus.tv")
    b.json(
        {
            "fid": b.id("reba_fid", where="json fid"),
            "appId": "1:418830217702:android:3c9e1d0a77b2f405",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/418830217702/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ibikoresho/kwiyandikisha", dev=False)
    b.json(
        {
            "igikoresho": {
                "android_id": b.id("aid_reba", where="json igikoresho.android_id"),
                "gaid": b.id("gaid_umuhungu", where="json igikoresho.gaid"),
                "fid": b.id("reba_fid", where="json igikoresho.fid"),
                "ubwoko": "Infinix X6831",
            },
            "ururimi": "rn",
            "igihugu": "BI",
        }
    )
    b.ok_json({"ok": True, "ibikoresho_ntarengwa": 3})
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    body = b"".join(
        [
            pb_varint(1, 1),
            pb_msg(
                2,
                [
                    pb_bytes(2, "screen_view"),
                    pb_msg(3, [pb_bytes(1, "firebase_screen"), pb_bytes(2, "Ahabanza")]),
                ],
            ),
            pb_bytes(21, b.id("gaid_umuhungu", "protobuf", "protobuf field 21 (resettable id)")),
            pb_bytes(27, b.id("reba_app_instance", "protobuf", "protobuf field 27 app_instance")),
        ]
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def player_event(c: Context, ev: str = "kureba_progress") -> Flow:
    sid, title, ep, dur = _show(c)
    b = _b(c, "POST", f"{EV}/v1/player/ibikorwa")
    b.view("json ibikorwa[].filamu_id/umwanya/igihe")
    b.json(
        {
            "ibikorwa": [
                {
                    "izina": ev,
                    "filamu_id": sid,
                    "umutwe": title,
                    "igice": ep,
                    "umwanya_sec": c.rng.randint(10, dur),
                    "igihe_cyose": dur,
                    "igihe": iso(c),
                    "ubwiza": c.rng.choice(["480p", "720p"]),
                }
            ],
            "session": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = _b(
        c,
        "GET",
        f"{EV}/v1/live/hb?umurongo={ch.replace(' ', '+')}&yarebye_sec={c.rng.randint(30, 5400)}"
        f"&ts={ms(c)}",
    )
    b.view("query umurongo/yarebye_sec (live channel watch time)")
    b.no_content()
    return b.build()


def yarebye_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/umukoresha/ibyo-yarebye?page=1")
    b.view("response json ibyo_yarebye[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _show(c)
        rows.append(
            {"filamu_id": sid, "umutwe": title, "igice": ep, "umwanya": c.rng.randint(60, dur)}
        )
    b.ok_json({"ibyo_yarebye": rows, "umukoresha": b.acct("reba_user")})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """Player stats as a gzipped, base64 protobuf under `d`: readable by no key name."""
    sid, _title, ep, dur = _show(c)
    b = _b(c, "POST", f"{EV}/v1/q")
    inner = b"".join(
        [
            pb_bytes(1, sid),
            pb_varint(2, ep),
            pb_varint(3, c.rng.randint(10, dur)),
            pb_varint(4, ms(c)),
        ]
    )
    b.view("json d = base64(gzip(protobuf content id, episode, position))", detectable=False)
    b.json({"v": 2, "d": base64.b64encode(gz(inner)).decode()})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/filamu?icyiciro={c.rng.choice(['novela', 'sport', 'abana'])}")
    b.decoy("catalogue with content ids and durations")
    b.ok_json(
        {
            "filamu": [
                {
                    "id": s,
                    "umutwe": t,
                    "igihe_cyose": d,
                    "ifoto": f"https://img.rebaplus.example/{s}.jpg",
                }
                for s, t, d in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(
        c,
        "rebaplus-cdn",
        "GET",
        f"https://vod.rebaplus-cdn.example/{sid}/720p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/gahunda?umunsi={iso(c)[:10]}")
    b.decoy("EPG with channel names and times")
    b.ok_json(
        {
            "gahunda": [
                {"umurongo": ch, "itangira": iso(c), "ikiganiro": "Amakuru"} for ch in CHANNELS[:4]
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["novela", "inzozi", "mapenzi", "sport"])
    b = _b(c, "GET", f"{API}/v3/shakisha?q={q}")
    b.decoy("search query")
    b.ok_json({"ibisubizo": [{"id": s, "umutwe": t} for s, t, _ in SHOWS[:2]]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "rebaplus-cdn", "GET", f"https://img.rebaplus.example/{c.rng.choice(SHOWS)[0]}.jpg")
    b.decoy("thumbnail fetch")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
