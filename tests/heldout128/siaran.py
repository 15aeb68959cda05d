"""SiaranKu: the operator's own video app (Malay dramas, Chinese variety, football).

Watch progress goes to the app's backend in its Malay key names, player events
as a heartbeat, the continue-watching rail comes back in responses; one resume
beacon ships gzip+base64 rows under 'q'. Catalogue rails, trending ("paling
ramai ditonton", counts over all viewers), search, manifests, segments and
thumbnails are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.siarku.example"
UA = ua("SiaranKu", "3.18.0")
TITLES = [
    ("SK-DR-1042", "Tanah Kubur Musim 2 Ep 7", 2640),
    ("SK-DR-2210", "Cinta Si Wedding Planner Ep 12", 2580),
    ("SK-ZH-0381", "爱·回家 第 118 集", 2700),
    ("SK-SP-7731", "Liga Super: JDT lwn Selangor", 6300),
    ("SK-MV-0902", "Polis Evo 3", 7260),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "siarku", method, API + path)
    b.header("user-agent", UA)
    b.header("x-siar-akaun", b.acct("siar_user"))
    return b


def progress(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v2/tontonan/kemajuan")
    b.view("json kandungan_id + kedudukan_saat + peratus_tonton")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "kandungan_id": cid,
            "tajuk": title,
            "kedudukan_saat": pos,
            "jumlah_saat": dur,
            "peratus_tonton": round(100 * pos / dur, 1),
            "dikemas_kini": iso(c),
        }
    )
    b.no_content()
    return b.build()


def player_event(c: Context) -> Flow:
    cid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v2/pemain/peristiwa")
    b.view("json peristiwa (main/jeda/degupan) with kandungan_id and posisi_ms")
    b.json(
        {
            "peristiwa": c.rng.choice(["main", "jeda", "degupan", "sambung"]),
            "kandungan_id": cid,
            "posisi_ms": c.rng.randint(0, dur) * 1000,
            "sesi_pemain": rid(c.rng),
            "kualiti": "720p",
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/saya/sambung-tonton")
    b.view("response json sambung_tonton[] with baki_saat", direction="response")
    b.ok_json(
        {
            "sambung_tonton": [
                {
                    "kandungan_id": cid,
                    "tajuk": t,
                    "kedudukan_saat": c.rng.randint(60, d),
                    "baki_saat": c.rng.randint(60, d),
                }
                for cid, t, d in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def resume_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/b")
    b.view("json q (gzip+base64 rows of content and position)", detectable=False)
    cid, _, dur = c.rng.choice(TITLES)
    rows = js([[cid, c.rng.randint(0, dur), ms(c)]]).encode()
    b.json({"q": b64(gz(rows)), "v": 4})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/laman-utama?bahasa=ms")
    b.decoy(
        "home rails incl. 'paling ramai ditonton' with view counts over all viewers (aggregate)"
    )
    b.ok_json(
        {
            "rel": [
                {
                    "tajuk": "Paling Ramai Ditonton",
                    "item": [
                        {
                            "kandungan_id": cid,
                            "tajuk": t,
                            "jumlah_tontonan": c.rng.randint(10**4, 10**6),
                        }
                        for cid, t, _ in TITLES
                    ],
                },
                {
                    "tajuk": "Disyorkan untuk anda",
                    "item": [{"kandungan_id": cid, "durasi_s": d} for cid, _, d in TITLES[:3]],
                },
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["drama melayu", "爱回家", "bola sepak", "polis evo"])
    b = _b(c, "GET", "/v2/cari")
    b.params.append(("q", q))
    b.decoy("search results (content ids and durations): not a viewing report")
    b.ok_json(
        {"hasil": [{"kandungan_id": cid, "tajuk": t, "durasi_s": d} for cid, t, d in TITLES[:4]]}
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid, _, _ = c.rng.choice(TITLES)
    b = FB(
        c, "siarku", "GET", f"https://vod.siarku.example/{cid}/master.m3u8?tok={new_hex(c.rng, 24)}"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000\n720p.m3u8\n",
    )
    return b.build()


def segment(c: Context) -> Flow:
    cid, _, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "siarku",
        "GET",
        f"https://vod.siarku.example/{cid}/720p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def drm_license(c: Context) -> Flow:
    b = FB(c, "siarku", "POST", "https://drm.siarku.example/widevine/lesen")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("Widevine licence request for a title (content fetch, no watch time)")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(200)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def heartbeat_get(c: Context) -> Flow:
    """The web player's pixel-style heartbeat: short keys, still readable (pos, dur)."""
    cid, _, dur = c.rng.choice(TITLES)
    b = _b(c, "GET", "/hb.gif")
    b.view("query kid + pos + dur + ev=hb (player heartbeat)")
    b.params += [
        ("ev", "hb"),
        ("kid", cid),
        ("pos", str(c.rng.randint(0, dur))),
        ("dur", str(dur)),
        ("br", "2500"),
        ("_", str(ms(c))),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/saya/sejarah?halaman=1")
    b.view("response json sejarah_tontonan[] with ditonton_pada", direction="response")
    b.ok_json(
        {
            "sejarah_tontonan": [
                {
                    "kandungan_id": cid,
                    "tajuk": t,
                    "ditonton_pada": ms(c) - i * 86_400_000,
                    "selesai": i > 0,
                }
                for i, (cid, t, _) in enumerate(c.rng.sample(TITLES, 4))
            ]
        }
    )
    return b.build()
