"""A Georgian OTT (Imedi / Rustavi-like live TV and series) and its in-house
watch log. Key names are the developers' own: romanised Georgian ("naqurebi"
= watched, "ganagrdze" = continue, "pozicia", "epizodi", "sezoni"),
Mkhedruli script in one endpoint, and English. Video plays through HLS; the
catalogue and thumbnails are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_varint

from .phone import FB, ms, rid, ua

API = "https://api.tvgeo-play.ge"
SERIES = ["Chemi Tsoli", "Sakhli Mtaze", "Bebia", "Patara Qalaqi", "Imedis Dila"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "geotv", method, API + path)
    b.header("user-agent", ua("TvGeoPlay", "5.3.1"))
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    return b


def naqurebi(c: Context) -> Flow:
    """Watch log in romanised Georgian."""
    b = _b(c, "POST", "/v2/momkhmarebeli/naqurebi")
    dur = c.rng.randint(1800, 3200)
    b.json(
        {
            "serialis_id": c.rng.randint(100, 900),
            "sakheli": c.rng.choice(SERIES),
            "sezoni": c.rng.randint(1, 6),
            "epizodi": c.rng.randint(1, 30),
            "pozicia": c.rng.randint(0, dur),
            "khangrdzlivoba": dur,
            "naqurebia_procenti": c.rng.randint(1, 100),
            "m": b.id("aid_geo", where="body.m", detectable=False),
            "dro": ms(c),
        }
    )
    b.view("body (naqurebi: sezoni/epizodi/pozicia)")
    b.ok_json({"shedegi": "ok"})
    return b.build()


def ganagrdze(c: Context) -> Flow:
    """Continue-watching list ("ganagrdze ყურება") returned to the app."""
    b = _b(c, "GET", "/v2/ganagrdze")
    items = [
        {
            "satauri": c.rng.choice(SERIES),
            "epizodi": c.rng.randint(1, 30),
            "pozicia_wm": c.rng.randint(60, 3000),
            "bolo_naqurebi": ms(c) - c.rng.randint(10**6, 10**8),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.ok_json({"ganagrdze_qureba": items})
    b.view("response ganagrdze_qureba[]", direction="response")
    return b.build()


def mkhedruli(c: Context) -> Flow:
    """Progress sync with Mkhedruli-script keys (ყურების ისტორია = watch history)."""
    b = _b(c, "PUT", "/v2/progress")
    b.json(
        {
            "ყურების_ისტორია": [
                {
                    "სერიალი": c.rng.choice(SERIES),
                    "ეპიზოდი": c.rng.randint(1, 30),
                    "პოზიცია": c.rng.randint(0, 3000),
                    "დრო": ms(c),
                }
            ],
            "user": b.acct("geo_user"),
        }
    )
    b.view("body ყურების_ისტორია[]")
    b.no_content()
    return b.build()


def live_pulse(c: Context) -> Flow:
    """Live channel heartbeat: form body, channel and seconds watched."""
    b = _b(c, "POST", "/live/pulse")
    b.form(
        [
            ("arkhi", c.rng.choice(["imedi", "rustavi2", "formula", "mtavari"])),
            ("wamebi", str(c.rng.choice([30, 60]))),
            ("ts", str(ms(c))),
            ("did", b.id("aid_geo", where="form did")),
        ]
    )
    b.view("form arkhi/wamebi (live heartbeat)")
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """A protobuf beacon with numbered fields only: watch data nobody can read."""
    b = _b(c, "POST", "/b/1")
    body = pb_varint(1, c.rng.randint(100, 900)) + pb_varint(2, c.rng.randint(1, 30))
    body += pb_varint(3, c.rng.randint(0, 3000)) + pb_bytes(4, rid(c.rng))
    b.set_body(body, "application/octet-stream")
    b.view("protobuf fields 1-3", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/katalogi")
    b.param("kategoria", c.rng.choice(["serialebi", "filmebi", "sabavshvo"]))
    b.ok_json({"items": [{"id": c.rng.randint(1, 999), "satauri": s} for s in SERIES]})
    b.decoy("catalogue page")
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "geotv", "GET", f"https://img.tvgeo-play.ge/posters/{c.rng.randint(1, 999)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 600))
    b.decoy("poster thumbnail")
    return b.build()


def hls(c: Context) -> Flow:
    seg = c.rng.randint(1, 9000)
    b = FB(c, "geotv", "GET", f"https://cdn.tvgeo-play.ge/hls/imedi/720p/seg{seg}.ts")
    b.param("token", rid(c.rng))
    b.respond(200, "video/mp2t", bytes(c.rng.randrange(256) for _ in range(400)))
    b.decoy("video segment fetch")
    return b.build()
