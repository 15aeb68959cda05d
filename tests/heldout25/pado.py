"""Pado: a Wavve / TVING-like Korean streaming app, on the iPad and on the TV.

In-house backend (fictional hosts). Its developers log viewing with romanised
Korean key names (sicheong = viewing, jaesaeng = playback, hoecha = episode
number, gongyeon = performance / show) next to English ones, the way Korean
OTT apps' JSON mixes them. The Tizen TV app sends its heartbeat as a query
string with the TV's DUID (Samsung's per-device id, exposed to Tizen apps by
`webapis.productinfo.getDuid()`) and TIFA (`webapis.adinfo.getTIFA()`), as
documented in Samsung's Tizen TV Web API reference.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz, jsb

from .phone import FB, TIZEN_UA, ZERO_IDFA, iso, ms, rf, rid, ua

API = "https://api.padotv.example.kr"
LOG = "https://log.padotv.example.kr"
SHOWS = [
    ("P0341_E", "눈물의 여왕"),
    ("P0518_K", "나의 해방일지"),
    ("P0907_M", "런닝맨"),
    ("P1102_D", "불후의 명곡"),
    ("P1240_A", "선재 업고 튀어"),
]


def _b(c: Context, method: str, url: str, tv: bool = False, ident: bool = True) -> FB:
    """iPad calls carry the IDFV in a header unless public (catalogue, search)."""
    b = FB(c, "pado", method, url)
    b.header("user-agent", TIZEN_UA if tv else ua("Pado", "51204"))
    b.header("x-pado-apikey", "E5F3E22A4E0C4B2B")
    if not tv and ident:
        b.header("x-device-id", b.id("idfv_pado", "plain", "header x-device-id"))
    return b


def _show(c: Context) -> tuple[str, str, int]:
    code, title = c.rng.choice(SHOWS)
    return code, title, c.rng.randint(1, 16)


def sicheong_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/v3/sicheong/log")
    code, _title, ep = _show(c)
    dur = c.rng.randint(3600, 5400)
    b.json(
        {
            "sicheongLog": [
                {
                    "programid": code,
                    "contentid": f"{code}{ep:04d}",
                    "hoecha": ep,
                    "jaesaeng_sigan": c.rng.randint(10, dur),
                    "chonggil": dur,
                    "jaesaeng_type": "VOD",
                    "hwajil": "FHD",
                    "sijak_ilsi": iso(c),
                }
            ],
            "uno": b.acct("pado_user"),
        }
    )
    b.view("body sicheongLog[] (content id, episode, playback position)")
    b.no_content()
    return b.build()


def resume_sync(c: Context) -> Flow:
    code, _title, ep = _show(c)
    b = _b(c, "PUT", f"{API}/v2/users/{c.phone.pado_user}/resume/{code}")
    dur = c.rng.randint(3600, 5400)
    b.json(
        {
            "episodeNo": ep,
            "resumePoint": c.rng.randint(60, dur),
            "duration": dur,
            "completed": False,
            "updatedAt": ms(c),
        }
    )
    b.view("body resumePoint of a programme episode")
    b.ok_json({"result": "OK"})
    return b.build()


def gongyeon_live(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/v1/gongyeon/jaesaeng")
    b.form(
        [
            ("gongyeon_id", f"LIVE{c.rng.randint(100, 999)}"),
            ("channel", "K-POP 콘서트"),
            ("event", c.rng.choice(["start", "hb", "stop"])),
            ("jaesaeng_sec", str(c.rng.randint(0, 7200))),
            ("ts", str(ms(c))),
        ]
    )
    b.view("form gongyeon_id + jaesaeng_sec (live show playback)")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/users/{c.phone.pado_user}/continue-watching?limit=20")
    items = []
    for _ in range(c.rng.randint(3, 7)):
        code, title, ep = _show(c)
        items.append(
            {
                "programId": code,
                "title": title,
                "episode": ep,
                "progressPct": rf(c.rng, 3, 97, 1),
                "lastWatchedAt": iso(c),
            }
        )
    b.ok_json({"list": items})
    b.view("response continue-watching list", direction="response")
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    code, _title, ep = _show(c)
    b = _b(c, "GET", f"{LOG}/tv/hb", tv=True)
    b.param("cid", f"{code}{ep:04d}")
    b.param("pos", str(c.rng.randint(0, 5000)))
    b.param("evt", "heartbeat")
    b.param("duid", b.id("tv_duid", "plain", "query duid"))
    b.param("tifa", b.id("tv_tifa", "plain", "query tifa"))
    b.view("query cid + pos heartbeat from the TV app")
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/tv", tv=True)
    b.json(
        {
            "duid": b.id("tv_duid", "plain", "body duid"),
            "modelCode": "KQ65QNC90AFXKR",
            "macAddr": b.id("tv_mac", "plain", "body macAddr"),
            "platform": "TIZEN 7.0",
            "tifa": b.id("tv_tifa", "plain", "body tifa"),
            "lat": False,
        }
    )
    b.ok_json({"deviceToken": rid(c.rng)})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/b")
    blob = gz(jsb({"x": [rf(c.rng, 0, 1) for _ in range(12)], "t": ms(c)}))
    b.set_body(blob, "application/octet-stream")
    b.view("encrypted beacon (playback state, no readable keys)", detectable=False)
    b.no_content()
    return b.build()


def app_launch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/app/launch")
    b.json(
        {
            "idfv": b.id("idfv_pado", "plain", "body idfv"),
            "idfa": ZERO_IDFA,
            "att": 2,
            "osVer": "17.5.1",
            "model": "iPad13,16",
            "appVer": "5.12.4",
        }
    )
    b.ok_json({"notice": [], "forceUpdate": False})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?band=main&offset=0&limit=30", ident=False)
    rails = [
        {
            "railId": f"R{i}",
            "title": t,
            "items": [{"programId": s[0], "title": s[1], "score": rf(c.rng, 0, 1)} for s in SHOWS],
        }
        for i, t in enumerate(["인기", "신작", "예능"])
    ]
    b.ok_json({"rails": rails, "traceId": rid(c.rng)})
    b.decoy("catalogue rails with ranking scores and a trace id")
    return b.build()


def hls_segment(c: Context) -> Flow:
    code, _, ep = _show(c)
    n = c.rng.randint(1, 900)
    b = FB(c, "pado", "GET", f"https://vod.padocdn.example.kr/{code}/{ep:04d}/1080/seg_{n}.ts")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPad; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    b.decoy("video segment fetch")
    return b.build()


def thumbnail(c: Context) -> Flow:
    code, _, ep = _show(c)
    b = FB(c, "pado", "GET", f"https://img.padocdn.example.kr/thumb/{code}/{ep}_640x360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 300))
    b.decoy("episode thumbnail fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["드라마", "예능", "얼굴", "연애"])
    b = _b(c, "GET", f"{API}/v2/search?kwd={q}&type=all&page=1", ident=False)
    b.ok_json(
        {
            "total": c.rng.randint(5, 90),
            "programs": [{"programId": s[0], "title": s[1]} for s in SHOWS[:3]],
            "queryId": rid(c.rng),
        }
    )
    b.decoy("search results")
    return b.build()
