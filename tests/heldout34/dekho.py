"""Dekho TV (a Tamasha-like live TV and drama app, Pakistan): in-house watch logs.

Fictional backend; key names are my own, in romanised Urdu and English as
Lahore / Karachi developers write them (dekha = watched, qist = episode,
waqt = time, kul = total, mukammal = complete, tareekh = history/date,
jaari rakhein = continue). Live channel pings carry channel and seconds
watched, like the concurrency / heartbeat pings of Pakistani OTT apps. One
heartbeat is protobuf (no key names: not readable), as some players batch.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.dekhotv.pk"
DRAMAS = ["tere-bin", "kabhi-main-kabhi-tum", "jaan-nisar", "mere-humsafar", "psl-live"]
CHANNELS = ["geo-news", "ary-digital", "ptv-sports", "hum-tv"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dekho", method, API + path)
    b.header("user-agent", ua("DekhoTV", "7.4.0"))
    b.header("x-device-id", b.id("dekho_device", where="header x-device-id"))
    return b


def dekha_log(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/user/dekhnay-ki-tareekh")
    b.view("body.dekha[] (drama, qist, waqt_dekha)")
    rows = [
        {
            "drama": c.rng.choice(DRAMAS),
            "qist": c.rng.randint(1, 40),
            "waqt_dekha": c.rng.randint(30, 2400),
            "kul_waqt": 2400,
            "mukammal": c.rng.random() < 0.3,
            "tareekh": iso(c),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"user_id": b.acct("dekho_user"), "dekha": rows})
    b.ok_json({"status": "ok"})
    return b.build()


def live_ping(c: Context) -> Flow:
    b = _b(c, "GET", "/live/ping")
    b.view("query ch/secs (seconds of a live channel watched)")
    b.param("ch", c.rng.choice(CHANNELS))
    b.param("secs", str(c.rng.choice([30, 60, 90, 120])))
    b.param("did", b.id("aid_dekho", where="query did"))
    b.param("t", str(ms(c)))
    b.ok_json({"c": 1})
    return b.build()


def jaari(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/user/jaari-rakhein")
    b.view("response.items (continue-watching list)", direction="response")
    items = [
        {"drama": d, "qist": c.rng.randint(1, 30), "ruka_hua": c.rng.randint(60, 2300)}
        for d in c.rng.sample(DRAMAS, 3)
    ]
    b.ok_json({"items": items})
    return b.build()


def pb_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/rt/v1/hb")
    b.view("protobuf (content, position, duration under field numbers)", detectable=False)
    body = pb_msg(
        1,
        [
            pb_bytes(1, c.rng.choice(DRAMAS)),
            pb_varint(2, c.rng.randint(1, 30)),
            pb_varint(3, c.rng.randint(10, 2400)),
            pb_varint(4, 2400),
            pb_bytes(5, rid(c.rng)),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def home(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/home?lang=ur")
    b.decoy("drama catalogue with episode counts")
    b.ok_json(
        {
            "sections": [
                {
                    "title": d,
                    "qistein": c.rng.randint(10, 40),
                    "rating": round(c.rng.uniform(6, 9), 1),
                    "poster": f"https://cdn.dekhotv.pk/p/{new_hex(c.rng, 10)}.webp",
                }
                for d in DRAMAS
            ]
        }
    )
    return b.build()


def psl_scores(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/cricket/live-score")
    b.decoy("ball-by-ball run series")
    b.ok_json(
        {
            "match": "LQ vs KK",
            "runs_per_over": [c.rng.randint(0, 18) for _ in range(20)],
            "wickets": c.rng.randint(0, 9),
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS)
    b = FB(c, "dekho", "GET", f"https://live.dekhotv.pk/{ch}/index.m3u8?token={new_hex(c.rng, 32)}")
    b.decoy("HLS manifest fetch")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\nchunk_1.ts\n",
    )
    return b.build()
