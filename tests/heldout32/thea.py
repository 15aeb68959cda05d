"""Thea (fictional Greek streaming app): in-house watch log with transliterated
Greek keys (parakolouthisi = watching, epeisodio, thesi = position, diarkeia =
duration), Greek titles, and NPAW Youbora video analytics.

Youbora: the NPAW plugin sends GET /start, /ping and /stop to its NQS host with
query parameters such as system (account code), code (view code), title,
mediaDuration, playhead, pingTime, rendition and player (NPAW "Youbora
Analytics" plugin docs / open-source lib-plugin-js request parameters).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.thea.gr"
NQS = "https://infinity-c24.youboranqs01.com"
TITLES = [
    ("Η Παραλία", "gr-331"),
    ("Τα Καλύτερά μας Χρόνια", "gr-118"),
    ("Άγριες Μέλισσες", "gr-402"),
]
UA = ua("Thea", "2.8.1", "281")


def _b(c: Context, method: str, url: str, params: list | None = None) -> FB:
    b = FB(c, "thea", method, url, params)
    b.header("user-agent", UA)
    b.header("accept-language", "el-GR,el;q=0.9")
    return b


def parakolouthisi(c: Context) -> Flow:
    title, tid = c.rng.choice(TITLES)
    dur = c.rng.randint(2500, 3200)
    b = _b(c, "POST", API + "/v1/parakolouthisi")
    b.header("x-thea-device", b.id("idfv_thea", where="header.x-thea-device"))
    b.json(
        {
            "xristis": b.acct("thea_user"),
            "seira": tid,
            "titlos": title,
            "epeisodio": c.rng.randint(1, 60),
            "thesi": c.rng.randint(5, dur),
            "diarkeia": dur,
            "ora": iso(c),
        }
    )
    b.view("body.thesi/epeisodio")
    b.ok_json({"apothikeftike": True})
    return b.build()


def _youbora(c: Context, path: str, extra: list[tuple[str, str]]) -> FB:
    title, tid = c.rng.choice(TITLES)
    params = [
        ("system", "theagr"),
        ("code", "U_" + rid(c.rng)[:18]),
        ("title", title),
        ("mediaResource", f"https://vod.thea.gr/{tid}/master.m3u8"),
        ("player", "AVPlayer"),
        ("pluginVersion", "6.7.41-avplayer-ios"),
        ("timemark", str(ms(c))),
    ]
    return _b(c, "GET", NQS + path, params + extra)


def youbora_start(c: Context) -> Flow:
    b = _youbora(
        c, "/start", [("mediaDuration", str(c.rng.randint(2500, 3200))), ("live", "false")]
    )
    b.view("query.title/mediaDuration (youbora start)")
    b.respond(200, "text/plain", b"")
    return b.build()


def youbora_ping(c: Context) -> Flow:
    extra = [
        ("pingTime", "5"),
        ("playhead", str(rf(c.rng, 10, 3000, 3))),
        ("bitrate", str(c.rng.choice([1800000, 3500000, 6000000]))),
    ]
    b = _youbora(c, "/ping", extra)
    b.view("query.playhead/title (youbora ping)")
    b.respond(200, "text/plain", b"")
    return b.build()


def youbora_data(c: Context) -> Flow:
    """The /data call only picks a host: no content, no identifier."""
    params = [
        ("system", "theagr"),
        ("pluginVersion", "6.7.41-avplayer-ios"),
        ("outputformat", "jsonp"),
    ]
    b = _b(c, "GET", "https://a-fds.youborafds01.com/data", params)
    b.respond(
        200, "application/javascript", b'youboraData({"q":{"h":"infinity-c24.youboranqs01.com"}})'
    )
    b.decoy("youbora host selection (no content)")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/syndesi")
    b.json(
        {
            "email": b.id("email", where="body.email"),
            "kodikos_hash": rid(c.rng).replace("-", ""),
            "syskevi": {"id": b.id("idfv_thea", where="body.syskevi.id"), "typos": "iPhone15,4"},
        }
    )
    b.ok_json({"token": rid(c.rng), "lixi": 86400})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["παραλία", "κωμωδία", "ντοκιμαντέρ"])
    b = _b(c, "GET", API + "/v1/anazitisi", [("q", q), ("selida", "1")])
    b.ok_json(
        {"apotelesmata": [{"id": t, "titlos": n} for n, t in TITLES], "requestId": rid(c.rng)}
    )
    b.decoy("catalogue search with Greek query")
    return b.build()


def ad_hashed(c: Context) -> Flow:
    """The in-house ad server gets the IDFA as an MD5, under a name that says so."""
    b = _b(c, "POST", "https://ads.thea.gr/v2/decision")
    b.json(
        {
            "slot": "midroll_2",
            "idfa_md5": b.id("idfa", how="md5", where="body.idfa_md5"),
            "glossa": "el",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"creative": None})
    return b.build()
