"""TontonKita: a Malay drama and Chinese (Mandarin / Cantonese) series streaming app
on the Huawei phone.

Its in-house player reports in the team's Malay (`tonton`, `kedudukan_saat`,
`tempoh_tonton_s`, `episod`); the Chinese-series squad in Penang wrote the
"继续观看" rail and its history sync in pinyin (`guankan_jilu`, `bofang_jindu`).
A batched player log goes out gzip+base64 under `d` (opaque). The home rails,
the weekly "paling ramai tonton" chart (an aggregate over all viewers), search
and HLS manifests are content fetches, not viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rf, rid, ua_huawei

API = "https://api.tontonkita.example"
LOG = "https://log.tontonkita.example"
CDN = "https://vod.tontonkita.example"
UA = ua_huawei("TontonKita", "6.4.1")
DRAMA = [
    ("MD-3312", "Lelaki Itu Suamiku", 24),
    ("MD-3407", "Cinta Si Pembantu Rumah", 30),
    ("MD-2981", "Rindu Yang Terlarang", 26),
    ("CN-1188", "Xiang Ri Kui De Gu Shi", 40),
    ("HK-0721", "Gwai Sam Hoi", 20),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tontonkita", method, url)
    b.header("user-agent", UA)
    b.header("x-tk-device", b.id("tonton_uuid", where="header x-tk-device"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _show(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(DRAMA)


def tonton_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/v2/tonton/denyut")
    sid, title, eps = _show(c)
    b.view("json rekod_tonton{siri_id, episod, kedudukan_saat, tempoh_tonton_s}")
    b.json(
        {
            "acara": c.rng.choice(["tonton_mula", "denyut", "jeda", "sambung", "tonton_tamat"]),
            "rekod_tonton": {
                "siri_id": sid,
                "tajuk": title,
                "episod": c.rng.randint(1, eps),
                "kedudukan_saat": c.rng.randint(0, 2700),
                "tempoh_tonton_s": c.rng.randint(10, 60),
                "kualiti": c.rng.choice(["720p", "1080p"]),
            },
            "id_peranti_android": b.id("aid_tonton", where="json id_peranti_android"),
            "masa": ms(c),
        }
    )
    b.no_content()
    return b.build()


def guankan_jilu_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cn/v1/guankan_jilu/tongbu")
    b.view("json jilu[] {juji_id, bofang_jindu, guankan_shichang}")
    b.json(
        {
            "yonghu": b.acct("user_tonton"),
            "jilu": [
                {
                    "juji_id": sid,
                    "ji": c.rng.randint(1, eps),
                    "bofang_jindu": rf(c.rng, 0.05, 1.0, 3),
                    "guankan_shichang": c.rng.randint(60, 2700),
                    "zuihou_guankan": iso(c),
                }
                for sid, _, eps in c.rng.sample(DRAMA, 2)
            ],
        }
    )
    b.ok_json({"code": 0, "msg": "chenggong"})
    return b.build()


def sambung_tonton(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rail/sambung-tonton?had=20")
    b.view("response json sambung_tonton[] {siri_id, episod, peratus_siap}", direction="response")
    b.ok_json(
        {
            "sambung_tonton": [
                {
                    "siri_id": sid,
                    "tajuk": title,
                    "episod": c.rng.randint(1, eps),
                    "peratus_siap": c.rng.randint(5, 95),
                    "terakhir_ditonton": iso(c),
                }
                for sid, title, eps in DRAMA[:3]
            ]
        }
    )
    return b.build()


def batch_log_opaque(c: Context) -> Flow:
    """The player's offline log, flushed as one gzip+base64 blob under `d`."""
    b = _b(c, "POST", f"{LOG}/b")
    b.view("json d (gzip+base64 player log)", detectable=False)
    rows = [[_show(c)[0], c.rng.randint(1, 20), c.rng.randint(0, 2700), ms(c)] for _ in range(4)]
    blob = b64(gzip.compress(js({"r": rows}).encode(), mtime=0))
    b.json({"v": 3, "d": blob})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/laman-utama?bahasa=ms")
    b.decoy("home rails and 'paling ramai tonton minggu ini' chart: catalogue and an aggregate")
    b.ok_json(
        {
            "rel": [
                {"nama": "Paling Ramai Tonton Minggu Ini", "item": [d[0] for d in DRAMA]},
                {"nama": "Drama Cina Terbaru 最新华剧", "item": ["CN-1188", "HK-0721"]},
            ],
            "jumlah_tontonan": {d[0]: c.rng.randint(10**5, 10**7) for d in DRAMA},
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["suami", "cinta", "向日葵", "gwai"])
    b = _b(c, "GET", f"{API}/v1/cari?q={q}")
    b.decoy("search results with episode durations (catalogue)")
    b.ok_json({"hasil": [{"siri_id": d[0], "tajuk": d[1], "tempoh_min": 45} for d in DRAMA[:3]]})
    return b.build()


def manifest(c: Context) -> Flow:
    sid = _show(c)[0]
    b = _b(c, "GET", f"{CDN}/hls/{sid}/ep{c.rng.randint(1, 20)}/master.m3u8")
    b.decoy("stream manifest fetch (not a report of watching)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\n720/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/peranti/daftar")
    b.json(
        {
            "uuid_peranti": b.id("tonton_uuid", where="json uuid_peranti"),
            "android_id": b.id("aid_tonton", where="json android_id"),
            "oaid": b.id("oaid", where="json oaid"),
            "jenama": "HUAWEI",
            "model": "ALN-AL80",
        }
    )
    b.ok_json({"status": "ok", "sesi": rid(c.rng)})
    return b.build()
