"""Lakay TV: a Haitian Kreyòl / French video streamer (konpa concerts, series, films).

The app's own API speaks Kreyòl: `gade` (watch), `tan` (time / duration),
`kote_w_rive` (where you got to: the resume position), `istwa` (history),
`emisyon` (programme), `chèche` (search). Watch reports go to the app's backend
and, as custom app events, to Meta and Adjust; a compact resume beacon carries
the same thing as bare rows. The catalogue, search results, thumbnails, HLS
segments and aggregate view counts are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from . import adsdk
from .phone import FB, iso, ms, rid, ua

API = "https://api.lakaytv.example"
PKG = "ht.lakaytv.android"
UA = ua("LakayTV", "5.3.1")
META_APP = "287144950311862"
ADJUST_TOKEN = "q7k2m9x4hv0g"
SHOWS = [
    ("kon_tvice_live", "T-Vice Live nan Miami 2024"),
    ("kon_carimi", "Carimi Reunion Konsè"),
    ("kon_kompa_magik", "Kompa Magik: Nouvo Jenerasyon"),
    ("ser_lakay_s2e4", "Lakay Se Lakay S2 Ep. 4"),
    ("ser_dezod_s1e7", "Dezòd S1 Ep. 7"),
    ("ser_fanmi_s3e1", "Fanmi Jozèf S3 Ep. 1"),
    ("flm_kafou", "Kafou (fim)"),
    ("doc_kanaval", "Kanaval Jakmèl: dokimantè"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lakaytv", method, url)
    b.header("user-agent", UA)
    b.header("x-aparey-id", b.id("aid_tele", where="header x-aparey-id"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _show(c: Context) -> tuple[str, str, int]:
    sid, title = c.rng.choice(SHOWS)
    return f"{sid}_{c.rng.randint(10, 99)}", title, c.rng.randint(1500, 7800)


def gade_progress(c: Context) -> Flow:
    sid, title, dur = _show(c)
    b = _b(c, "POST", f"{API}/v2/gade/{sid}")
    b.view("json kote_w_rive / tan (resume position)")
    b.json(
        {
            "emisyon_id": sid,
            "tit": title,
            "kote_w_rive": c.rng.randint(30, dur),
            "tan": dur,
            "lang": c.rng.choice(["ht", "fr"]),
            "kalite": c.rng.choice(["720p", "480p", "1080p"]),
            "le": iso(c),
        }
    )
    b.no_content()
    return b.build()


def istwa(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mwen/istwa?limit=20")
    b.view("response json istwa[]", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 8)):
        sid, title, dur = _show(c)
        rows.append(
            {
                "emisyon_id": sid,
                "tit": title,
                "kote_w_rive": c.rng.randint(30, dur),
                "tan": dur,
                "dat_gade": iso(c),
            }
        )
    b.ok_json({"istwa": rows})
    return b.build()


def kontinye(c: Context) -> Flow:
    """Continue-watching rail of the home screen: a list of where the viewer stopped."""
    b = _b(c, "GET", f"{API}/v2/mwen/kontinye-gade")
    b.view("response json kontinye[] (continue watching)", direction="response")
    b.ok_json(
        {
            "kontinye": [
                {
                    "emisyon_id": s,
                    "pousantaj": c.rng.randint(5, 95),
                    "kote_w_rive": c.rng.randint(60, 5000),
                }
                for s, _t, _d in (_show(c) for _ in range(4))
            ]
        }
    )
    return b.build()


def resume_beacon(c: Context) -> Flow:
    """Compact beacon: [show, seconds, unix-ms] rows under 'q' (nothing says watch)."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json q[] rows", detectable=False)
    b.json(
        {
            "q": [
                [_show(c)[0], c.rng.randint(10, 6000), ms(c)] for _ in range(c.rng.randint(1, 3))
            ],
            "v": 3,
        }
    )
    b.no_content()
    return b.build()


def meta_watch(c: Context) -> Flow:
    sid, title, dur = _show(c)
    return adsdk.meta_events(
        c,
        META_APP,
        PKG,
        [
            {
                "_eventName": "gade_videyo",
                "fb_content_type": "video",
                "fb_content_id": sid,
                "emisyon": title,
                "tan_gade": c.rng.randint(60, dur),
                "_ui": "PlayerActivity",
            }
        ],
        viewing=True,
    )


def meta_launch(c: Context) -> Flow:
    return adsdk.meta_events(
        c, META_APP, PKG, [{"_eventName": "fb_mobile_activate_app", "_ui": "unknown"}]
    )


def adjust_watch(c: Context) -> Flow:
    sid, _title, _dur = _show(c)
    pct = c.rng.choice(["25", "50", "75", "100"])
    return adsdk.adjust(
        c,
        "event",
        ADJUST_TOKEN,
        "adjust_uuid",
        event_token="v4gx1n",
        callback={"emisyon_id": sid, "pousantaj_gade": pct},
        viewing=True,
    )


def adjust_session(c: Context) -> Flow:
    return adsdk.adjust(c, "session", ADJUST_TOKEN, "adjust_uuid")


def adjust_subscribe(c: Context) -> Flow:
    return adsdk.adjust(
        c, "event", ADJUST_TOKEN, "adjust_uuid", "k2p8rz", {"plan": "fanmi_mwa", "pri": "6.99"}
    )


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/aparey/anrejistre")
    b.json(
        {
            "enstalasyon_id": b.id("tele_install", where="json enstalasyon_id"),
            "android_id": b.id("aid_tele", where="json android_id"),
            "modèl": "SM-A155F",
            "vèsyon": "5.3.1",
        }
    )
    b.ok_json({"ok": True, "itilizatè": b.acct("tele_user")})
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = FB(c, "lakaytv", "GET", f"{API}/p.gif")
    b.header("user-agent", UA)
    b.param("a", b.id("tele_install", "sha1", "query a", detectable=False))
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def katalog(c: Context) -> Flow:
    b = FB(
        c, "lakaytv", "GET", f"{API}/v2/katalog?seksyon={c.rng.choice(['konpa', 'seri', 'fim'])}"
    )
    b.header("user-agent", UA)
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "atik": [
                {
                    "emisyon_id": s,
                    "tit": t,
                    "tan": d,
                    "imaj": f"https://img.lakaytv.example/{s}/w342.jpg",
                }
                for s, t, d in (_show(c) for _ in range(8))
            ]
        }
    )
    return b.build()


def cheche(c: Context) -> Flow:
    q = c.rng.choice(["tvice", "kanaval", "sweet micky", "dezod", "carimi"])
    b = FB(c, "lakaytv", "GET", f"{API}/v2/cheche?q={q.replace(' ', '+')}")
    b.header("user-agent", UA)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"rezilta": [{"emisyon_id": s, "tit": t} for s, t, _d in (_show(c) for _ in range(5))]}
    )
    return b.build()


def kantite_moun(c: Context) -> Flow:
    sid, _t, _d = _show(c)
    b = FB(c, "lakaytv", "GET", f"{API}/v2/emisyon/{sid}/estatistik")
    b.header("user-agent", UA)
    b.decoy("aggregate view counts")
    b.ok_json(
        {
            "emisyon_id": sid,
            "kantite_moun_ki_gade": c.rng.randint(1000, 90000),
            "jodi_a": c.rng.randint(10, 900),
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid, _t, _d = _show(c)
    b = FB(c, "lakaytv", "GET", f"https://img.lakaytv.example/{sid}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid, _t, _d = _show(c)
    b = FB(
        c,
        "lakaytv",
        "GET",
        f"https://vod.lakaytv.example/{sid}/720/seg{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def playback_token(c: Context) -> Flow:
    sid, _t, _d = _show(c)
    b = FB(c, "lakaytv", "POST", f"{API}/v2/lekti/{sid}/token")
    b.header("user-agent", UA)
    b.decoy("playback session id and DRM token")
    b.ok_json(
        {
            "manifest": f"https://vod.lakaytv.example/{sid}/master.m3u8",
            "sesyon": rid(c.rng),
            "drm": new_hex(c.rng, 48),
        }
    )
    return b.build()
