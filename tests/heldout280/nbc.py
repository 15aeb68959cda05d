"""NBC Lukim na Harim: the national broadcaster's TV and radio streaming app
on mama's Tecno Spark 10 in Lae.

The backend's keys are Tok Pisin: `lukim` = watch, `harim` = listen, `taim` =
time, `namba` = number, `stori` = story / programme, `sekon` = seconds,
`pinis` = finished, `stesin` = station. Watch progress, radio listening
sessions and the "yu lukim pinis" history go to the backend; programme views
also go to GA4 through the Measurement Protocol (app stream: `firebase_app_id`
and `api_secret` in the URL, `app_instance_id` in the body; recommended events
`video_progress` / `video_complete`), and the app registers with Firebase
Installations (`fid`, `authVersion` FIS_v2). The player's compact beacon sends
positional rows. The programme guide, search, the "most watched" counts, the
radio station's now-playing line and HLS / AAC segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.nbclukim.example"
UA = ua("NBCLukim", "2.3.1", "mama")
STORI = [
    ("p101", "Nius long Tok Pisin", 1800),
    ("p114", "Kumul Nius Tonait", 1800),
    ("p120", "Tumbuna Stori", 2700),
    ("p131", "Hiri Moale Festival 2024", 3600),
    ("p147", "Wokabaut long Sepik", 2400),
    ("p152", "PNG Parliament Live", 5400),
]
STESIN = ["Karai National Radio", "NBC Radio Morobe", "NBC Radio Madang", "Kalang FM"]
TVCH = ["NBC TV", "NBC News Channel", "NBC Sport"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:884201337615:android:3c9e10aa72d15e04&api_secret=Qm8Zr2LpXa7Vt0yKc5Nw1e"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "nbclukim", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-namba-bilong-fon", b.id("aid_nbc", where="header x-namba-bilong-fon"))
    return b


def _st(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(STORI)


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nbc-lukim-png/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "pg.nbc.lukim")
    b.json(
        {
            "fid": b.id("nbc_fid", where="json fid"),
            "appId": "1:884201337615:android:3c9e10aa72d15e04",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/884201337615/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def rejista(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/fon/rejista", device=False)
    b.json(
        {
            "androidId": b.id("aid_nbc", where="json androidId"),
            "adId": b.id("gaid_mama", where="json adId"),
            "firebaseId": b.id("nbc_fid", where="json firebaseId"),
            "modol": "TECNO KI5q",
            "tokples": "tpi",
        }
    )
    b.ok_json({"yusa": b.acct("nbc_user"), "maksFon": 3})
    return b.build()


def lukim_taim(c: Context) -> Flow:
    sid, name, dur = _st(c)
    b = _b(c, "POST", f"{API}/api/v1/lukim/taim")
    b.view("json storiNamba/nem/posisen/longpela (watch progress)")
    b.json(
        {
            "storiNamba": sid,
            "nem": name,
            "posisen": c.rng.randint(15, dur),
            "longpela": dur,
            "pinis": False,
            "taim": iso(c),
        }
    )
    b.no_content()
    return b.build()


def harim_sesen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/harim/sesen")
    b.view("json stesin + sekonHarim (radio listening session)")
    b.json(
        {
            "stesin": c.rng.choice(STESIN),
            "sekonHarim": c.rng.choice([60, 300, 900, 1800]),
            "statim": iso(c),
            "kwaliti": c.rng.choice(["64k", "128k"]),
        }
    )
    b.ok_json({"orait": True})
    return b.build()


def laiv_hatbit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/laiv/hatbit")
    b.view("form chanel + sekon (live TV heartbeat)")
    b.form(
        [
            ("chanel", c.rng.choice(TVCH)),
            ("sekon", str(c.rng.choice([30, 60]))),
            ("taim", str(ms(c))),
        ]
    )
    b.ok_json({"go": True})
    return b.build()


def yu_lukim_pinis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/yusa/yu-lukim-pinis?pes=1")
    b.view("response json olStoriYuLukim[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        sid, name, dur = _st(c)
        rows.append(
            {"storiNamba": sid, "nem": name, "posisen": c.rng.randint(60, dur), "de": iso(c)}
        )
    b.ok_json({"olStoriYuLukim": rows})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, dur = _st(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("nbc_app_instance", where="json app_instance_id"),
            "user_id": b.acct("nbc_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": title,
                        "video_provider": "nbc_png",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("nbc_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Hom", "Painim", "Redio", "LaivTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's beacon: [programme, kind, second, ts] rows under 'd', gzip; the
    ANDROID_ID rides base64 in a cookie named '_s'."""
    b = FB(c, "nbclukim", "POST", f"{API}/b")
    b.header("user-agent", UA)
    b.header("cookie", "_s=" + b.id("aid_nbc", "b64", "cookie _s", detectable=False))
    b.view("json d[] positional rows (gzip)", detectable=False)
    rows = [
        [int(_st(c)[0][1:]), c.rng.randint(0, 1), c.rng.randint(10, 5400), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config; the ANDROID_ID rides base64 in a cookie and nothing else says so."""
    b = FB(c, "nbclukim", "GET", f"{API}/api/v1/konfig?v=231")
    b.header("user-agent", UA)
    b.header("cookie", "_s=" + b.id("aid_nbc", "b64", "cookie _s", detectable=False))
    b.ok_json({"laivTV": True, "redio": True, "maksKwaliti": "720p"})
    return b.build()


def gaid(c: Context) -> Flow:
    b = FB(c, "nbclukim", "GET", f"{API}/api/v1/ads/konfig")
    b.header("user-agent", UA)
    b.header("x-ad-id", b.id("gaid_mama", where="header x-ad-id"))
    b.ok_json({"preroll": False})
    return b.build()


def gaid_hashed(c: Context) -> Flow:
    b = FB(c, "nbclukim", "GET", f"{API}/api/v1/ads/sloti?h={b64(new_hex(c.rng, 6))}")
    b.header("user-agent", UA)
    b.header("x-h", b.id("gaid_mama", "md5", "header x-h", detectable=False))
    b.ok_json({"sloti": []})
    return b.build()


def program_gaid(c: Context) -> Flow:
    ch = c.rng.randint(1, 3)
    b = _b(c, "GET", f"{API}/api/v1/gaid?chanel={ch}", device=False)
    b.decoy("programme guide start times and durations (content fetch)")
    b.ok_json(
        {
            "programs": [
                {"nem": n, "stat": iso(c), "longpela": c.rng.choice([30, 60, 90])}
                for n, _s, _d in (("Nius", 0, 0), ("Kumul Nius Tonait", 0, 0), ("Sport", 0, 0))
            ]
        }
    )
    return b.build()


def painim(c: Context) -> Flow:
    q = c.rng.choice(["sepik", "hiri", "nius", "kumul"])
    b = _b(c, "GET", f"{API}/api/v1/painim?q={q}", device=False)
    b.decoy("search results with durations (content fetch)")
    b.ok_json({"risalt": [{"storiNamba": s, "nem": n, "longpela": d} for s, n, d in STORI[:3]]})
    return b.build()


def planti_lukim(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/top?wik=1", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"storiNamba": s, "nem": n, "lukim": c.rng.randint(500, 90000)} for s, n, _ in STORI
            ]
        }
    )
    return b.build()


def nau_pilai(c: Context) -> Flow:
    st = c.rng.choice(STESIN)
    b = _b(c, "GET", f"{API}/api/v1/redio/nau?stesin={st.replace(' ', '+')}", device=False)
    b.decoy("station now-playing line (content fetch)")
    b.ok_json(
        {"stesin": st, "nau": c.rng.choice(["O Sole Mio - Pop Stringband", "Toksave", "Nius"])}
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = _st(c)[0]
    b = FB(
        c,
        "nbclukim",
        "GET",
        f"https://vod.nbclukim.example/{sid}/720p/seg-{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def aac_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "nbclukim",
        "GET",
        f"https://radio.nbclukim.example/karai/128k/chunk-{c.rng.randint(1000, 99999)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
