"""KanaliPlay: a Greek broadcaster's catch-up and live app (Xiaomi phone).

Its in-house team writes Greeklish keys (`thesi_sec`, `epeisodio`, `diarkeia`);
the player also reports to NPAW/Youbora (`playhead`, `title`) and Firebase
(`app_instance_id`). The continue-watching answer ("Συνέχεια παρακολούθησης")
lists positions: viewing history in the response. The "most watched" rail
counts all viewers (an aggregate, not anyone's history).
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.kanali-play.example"
UA = ua("KanaliPlay", "3.8.2")
SHOWS = [
    ("Το Κόκκινο Ποτάμι", 2201),
    ("Άγριες Μέλισσες", 1876),
    ("Ειδήσεις 20:00", 9001),
    ("Μια νύχτα στο Λεμόνι", 3340),
    ("Ταξιδεύοντας στην Κρήτη", 4112),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kanaliplay", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "el-GR,el;q=0.9,en;q=0.6")
    if device:
        b.header("x-syskevi-id", b.id("aid_kanali", where="header x-syskevi-id"))
    return b


def _show(c: Context) -> tuple[str, int]:
    return c.rng.choice(SHOWS)


def thesi_report(c: Context) -> Flow:
    """The player's resume-point save, in Greeklish."""
    b = _b(c, "POST", f"{API}/v2/parakolouthisi/thesi")
    b.view("json epeisodio_id + thesi_sec + diarkeia_sec")
    title, sid = _show(c)
    dur = c.rng.randint(2400, 3600)
    b.json(
        {
            "xristis": b.acct("kanali_user"),
            "seira_id": sid,
            "titlos": title,
            "epeisodio_id": c.rng.randint(10000, 99999),
            "thesi_sec": c.rng.randint(10, dur),
            "diarkeia_sec": dur,
            "teleftaia_provoli": iso(c),
        }
    )
    b.no_content()
    return b.build()


def synexeia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/xristis/synexeia-parakolouthisis?glossa=el")
    b.view("response json lista[].pososto_provolis", direction="response")
    b.ok_json(
        {
            "titlos_rail": "Συνέχεια παρακολούθησης",
            "lista": [
                {
                    "epeisodio_id": c.rng.randint(10000, 99999),
                    "titlos": _show(c)[0],
                    "pososto_provolis": c.rng.randint(3, 97),
                    "teleftaia_fora": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    return b.build()


def youbora_ping(c: Context) -> Flow:
    b = FB(c, "youbora", "GET", "https://a-fds.youborafds01.com/ping")
    b.header("user-agent", UA)
    b.view("query playhead + title (Youbora ping)")
    title, sid = _show(c)
    for k, v in [
        ("system", "kanaliplayprod"),
        ("pingTime", "5"),
        ("playhead", str(c.rng.randint(5, 3400))),
        ("bitrate", str(c.rng.choice([1800000, 3200000]))),
        ("title", title),
        ("contentId", str(sid)),
        ("deviceUUID", b.id("aid_kanali", where="query deviceUUID")),
        ("timemark", str(ms(c))),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def youbora_start(c: Context) -> Flow:
    b = FB(c, "youbora", "GET", "https://a-fds.youborafds01.com/start")
    b.header("user-agent", UA)
    b.view("query title + mediaDuration + live (Youbora start)")
    title, sid = _show(c)
    for k, v in [
        ("system", "kanaliplayprod"),
        ("title", title),
        ("contentId", str(sid)),
        ("mediaDuration", str(c.rng.randint(2400, 3600))),
        ("live", "false"),
        ("playerVersion", "ExoPlayer 2.19.1"),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def firebase_screen(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("json events[].params video_title + video_current_time")
    title, _ = _show(c)
    body = {
        "app_instance_id": b.id("kanali_app_instance", where="json app_instance_id"),
        "resettable_device_id": b.id("gaid", where="json resettable_device_id"),
        "events": [
            {
                "name": "video_progress",
                "params": {"video_title": title, "video_current_time": c.rng.randint(5, 3000)},
                "ts": ms(c),
            }
        ],
    }
    b.json(body)
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's batched QoE-and-position log: zlib + base64 under `d`."""
    b = _b(c, "POST", f"{API}/s", device=False)
    b.view("json d (zlib+base64 rows of [episode, seconds, ts])", detectable=False)
    rows = [
        [c.rng.randint(10000, 99999), c.rng.randint(10, 3400), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"v": 3, "d": b64(zlib.compress(jsb(rows)))})
    b.no_content()
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rails/ta-pio-dimofili", device=False)
    b.decoy("most-watched rail: counts over all viewers (aggregate)")
    b.ok_json(
        {
            "titlos": "Τα πιο δημοφιλή",
            "items": [
                {"seira_id": sid, "titlos": t, "provoles_7imeron": c.rng.randint(10**4, 10**6)}
                for t, sid in SHOWS
            ],
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalogos?kathgoria=seires&selida={c.rng.randint(1, 6)}", False)
    b.decoy("catalogue page: episode ids and durations, nobody's viewing")
    b.ok_json(
        {
            "epeisodia": [
                {"epeisodio_id": c.rng.randint(10000, 99999), "titlos": t, "diarkeia_sec": 2700}
                for t, _ in SHOWS
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = _show(c)[1]
    b = FB(c, "kanaliplay", "GET", f"https://img.kanali-play.example/seires/{sid}/poster_w480.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kanaliplay", "GET", f"https://vod.kanali-play.example/{rid(c.rng)}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1280x720\n720/i.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v2/anazitisi?q=%CE%BC%CE%AD%CE%BB%CE%B9%CF%83%CF%83%CE%B5%CF%82", False
    )
    b.decoy("search results for a typed query")
    b.ok_json({"apotelesmata": [{"seira_id": 1876, "titlos": "Άγριες Μέλισσες"}]})
    return b.build()
