""" "T-Box" (a TVING-like app: Konglish keys, PCID cookie, protobuf heartbeat) and
"RocketPlay" (a Coupang Play-like app: English snake_case, sports and movies).

Invented backends. The PCID cookie mirrors how CJ ENM web properties keep a
browser/device key in a `PCID` cookie; the protobuf heartbeat is written field by
field (no schema on the wire, so nothing in it names what it carries).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb, pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

TBOX = "https://api.tbox-stream.kr"
ROCKET = "https://play-api.rocketplay.kr"
PGMS = ["P001234", "P004411", "P007702", "P009031", "E003388"]
TITLES = ["tt-8812", "tt-2291", "tt-5530", "kbo-2024-1105-LGvsKT", "kleague-final"]


def _t(c: Context, method: str, path: str, cookie: bool = True) -> FB:
    b = FB(c, "tbox", method, TBOX + path)
    b.header("user-agent", ua("TBox", "9.3.0"))
    if cookie:
        b.header("cookie", f"PCID={b.sid('tving_pcid', 'cookie.PCID')}; tbox_lang=ko")
    return b


def view_log(c: Context) -> Flow:
    b = _t(c, "POST", "/v3/user/viewLog")
    b.header("x-device-id", b.id("aid_tving", where="header.x-device-id"))
    pgm = c.rng.choice(PGMS)
    b.json(
        {
            "viewLog": {
                "pgmCd": pgm,
                "frequency": c.rng.randint(1, 20),
                "playSec": c.rng.randint(30, 3000),
                "stopSec": c.rng.randint(30, 3600),
                "viewDt": iso(c),
                "quality": "FHD",
                "liveYn": "N",
            }
        }
    )
    b.view("body.viewLog")
    b.ok_json({"result": {"code": "000", "message": "success"}})
    return b.build()


def evt_batch(c: Context) -> Flow:
    b = _t(c, "POST", "/log/v1/evt", cookie=False)
    evts = [
        {
            "evt": c.rng.choice(["VOD_PLAY_START", "VOD_PLAY_END", "VOD_SEEK"]),
            "mediaCd": c.rng.choice(PGMS) + f"_E{c.rng.randint(1, 16):02d}",
            "watchSec": c.rng.randint(5, 900),
            "ts": ms(c) - i * 30000,
        }
        for i in range(3)
    ]
    b.set_body(jsb({"evts": evts, "sess": rid(c.rng)}), "application/json", "gzip")
    b.view("body.evts[] (gzip)")
    b.no_content()
    return b.build()


def pb_heartbeat(c: Context) -> Flow:
    b = _t(c, "POST", "/hb/v2", cookie=False)
    msg = (
        pb_bytes(1, c.rng.choice(PGMS))
        + pb_varint(2, c.rng.randint(1, 20))
        + pb_varint(3, c.rng.randint(1000, 3_600_000))
        + pb_varint(4, ms(c))
    )
    b.set_body(msg, "application/x-protobuf")
    b.view("body (protobuf: program code, episode, position ms)", detectable=False)
    b.no_content()
    return b.build()


def live_chat(c: Context) -> Flow:
    b = _t(
        c,
        "GET",
        f"/v1/live/chat?ch=C0{c.rng.randint(1, 9)}&cursor={new_hex(c.rng, 12)}",
        cookie=False,
    )
    b.decoy("live chat cursor")
    b.ok_json({"msgs": [{"nick": "드라마덕후", "txt": "ㅋㅋㅋㅋ"}], "next": new_hex(c.rng, 12)})
    return b.build()


def plans(c: Context) -> Flow:
    b = _t(c, "GET", "/v1/ticket/plans", cookie=False)
    b.decoy("price list")
    b.ok_json(
        {
            "plans": [
                {"name": n, "priceKrw": p, "history": [p - 500 * i for i in range(6)]}
                for n, p in [("광고형 스탠다드", 5500), ("베이직", 9500), ("프리미엄", 17000)]
            ]
        }
    )
    return b.build()


def _r(c: Context, method: str, path: str) -> FB:
    b = FB(c, "rocketplay", method, ROCKET + path)
    b.header("user-agent", ua("RocketPlay", "4.8.1"))
    return b


def rp_heartbeat(c: Context) -> Flow:
    b = _r(c, "POST", "/playback/v1/heartbeat")
    b.header("x-rp-device-fingerprint", b.sid("cplay_did", "header.x-rp-device-fingerprint"))
    dur = c.rng.randint(3_000_000, 8_000_000)
    b.json(
        {
            "playback_session_id": rid(c.rng),
            "title_id": c.rng.choice(TITLES),
            "event": "heartbeat",
            "position_ms": c.rng.randint(0, dur),
            "duration_ms": dur,
            "is_live": False,
            "bitrate_kbps": c.rng.choice([2400, 4800, 8000]),
        }
    )
    b.view("body.title_id+position_ms")
    b.no_content()
    return b.build()


def rp_resume(c: Context) -> Flow:
    t = c.rng.choice(TITLES[:3])
    b = _r(c, "PUT", f"/profile/v2/resume-points/{t}")
    b.json(
        {
            "resume_point_sec": c.rng.randint(10, 7000),
            "completed": c.rng.random() < 0.2,
            "updated_at": iso(c),
            "android_id": b.id("aid_cplay", where="body.android_id"),
        }
    )
    b.view("path title + body.resume_point_sec")
    b.ok_json({"ok": True})
    return b.build()


def rp_score(c: Context) -> Flow:
    b = _r(c, "GET", "/sports/v1/games/kbo-2024-1105-LGvsKT/score")
    b.decoy("inning score series and pitch coordinates")
    b.ok_json(
        {
            "innings": [c.rng.randint(0, 3) for _ in range(9)],
            "pitches": [[rf(c.rng, -1, 1, 3), rf(c.rng, 0, 2, 3)] for _ in range(12)],
        }
    )
    return b.build()


def rp_catalogue(c: Context) -> Flow:
    b = _r(c, "GET", "/catalog/v1/rows?page=home")
    b.decoy("catalogue rows")
    rows = [{"title_id": t, "runtime_min": c.rng.randint(40, 140)} for t in TITLES]
    b.respond(200, "application/json", gz(jsb({"rows": rows})), "gzip")
    return b.build()
