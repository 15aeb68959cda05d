"""Layarku: an Indonesian streaming app for sinetron, FTV and religious drama.

The in-house team names things in Indonesian: progress goes to
`/v2/riwayat-tonton` with `posisi_detik` and `durasi_detik`, the home screen's
"Lanjutkan Menonton" rail comes back from `/v2/beranda/lanjut-nonton`, and the
MoEngage SDK gets a `Tonton Episode` event with the episode's attributes and
MoEngage's own `unique_id`. A playback-quality beacon ships its rows gzipped and
base64-encoded under `d` (an opaque carrier). The catalogue, search results, the
"Paling Banyak Ditonton" (most watched) chart and HLS manifests are not viewing
history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.layarku.example"
UA = ua("Layarku", "5.14.2")
JUDUL = [
    ("Ikatan Cinta", 1250),
    ("Suara Hati Istri", 410),
    ("Tukang Ojek Pengkolan", 3200),
    ("Preman Pensiun 8", 60),
    ("Dari Jendela SMP", 280),
    ("Bidadari Surgamu", 95),
    ("Magic 5", 740),
]
MOE = "https://sdk-01.moengage.com/v2/report/add"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "layarku", method, url)
    b.header("user-agent", UA)
    b.header("x-layarku-perangkat", b.id("aid_layar", where="header x-layarku-perangkat"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _episode(c: Context) -> tuple[str, str, int, int]:
    judul, eps_max = c.rng.choice(JUDUL)
    eps = c.rng.randint(1, eps_max)
    return f"sin-{c.rng.randint(10000, 99999)}", judul, eps, c.rng.randint(1500, 3300)


def riwayat_tonton(c: Context) -> Flow:
    vid, judul, eps, dur = _episode(c)
    b = _b(c, "POST", f"{API}/v2/riwayat-tonton")
    b.view("json posisi_detik / durasi_detik (episode progress)")
    b.json(
        {
            "id_konten": vid,
            "judul": judul,
            "episode": eps,
            "posisi_detik": c.rng.randint(30, dur),
            "durasi_detik": dur,
            "selesai": False,
            "waktu_update": iso(c),
        }
    )
    b.ok_json({"status": "berhasil"})
    return b.build()


def lanjut_nonton(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/beranda/lanjut-nonton?limit=10")
    b.view("response json data[] lanjut nonton (continue watching)", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 6)):
        vid, judul, eps, _dur = _episode(c)
        items.append(
            {
                "id_konten": vid,
                "judul": judul,
                "episode": eps,
                "progres_persen": c.rng.randint(3, 97),
                "terakhir_ditonton": iso(c),
                "gambar": f"https://img.layarku.example/poster/{vid}.webp",
            }
        )
    b.ok_json({"judul_rail": "Lanjutkan Menonton", "data": items})
    return b.build()


def moengage_tonton(c: Context) -> Flow:
    vid, judul, eps, dur = _episode(c)
    b = FB(c, "moengage", "POST", f"{MOE}/DAO6UGZ73D5WTSKPKJ7PJSJ6")
    b.header("user-agent", dalvik())
    b.header("moe-appkey", "DAO6UGZ73D5WTSKPKJ7PJSJ6")
    b.view("json viewsInfo[] event 'Tonton Episode' with durasi")
    b.json(
        {
            "query_params": {
                "os": "ANDROID",
                "unique_id": b.id("moe_unique_id", where="json query_params.unique_id"),
                "gaid": b.id("gaid", where="json query_params.gaid"),
                "android_id": b.id("aid_layar", where="json query_params.android_id"),
                "app_ver": "51402",
                "moe_sdk_ver": "130500",
                "device_model": "SM-A546E",
            },
            "viewsCount": 1,
            "viewsInfo": [
                {
                    "EVENT_ACTION": "Tonton Episode",
                    "EVENT_ATTRS": {
                        "judul": judul,
                        "episode": eps,
                        "id_konten": vid,
                        "durasi_tonton_detik": c.rng.randint(60, dur),
                        "kualitas": "720p",
                    },
                    "EVENT_G_TIME": str(ms(c)),
                    "EVENT_L_TIME": "",
                }
            ],
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def moengage_device_add(c: Context) -> Flow:
    b = FB(c, "moengage", "POST", "https://sdk-01.moengage.com/v2/device/add")
    b.header("user-agent", dalvik())
    b.json(
        {
            "query_params": {
                "unique_id": b.id("moe_unique_id", where="json query_params.unique_id"),
                "gaid": b.id("gaid", where="json query_params.gaid"),
                "os": "ANDROID",
                "push_id": b.acct("fcm_token"),
                "device_tz": "Asia/Jakarta",
            },
            "meta": {"bid": rid(c.rng)},
        }
    )
    b.decoy("FCM push token (a messaging token, not a device id)")
    b.ok_json({"status": "success"})
    return b.build()


def qos_beacon(c: Context) -> Flow:
    """Quality-of-service rows [content, position, bitrate, buffer] gzipped under 'd'."""
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        vid, _, _, dur = _episode(c)
        rows.append([vid, c.rng.randint(10, dur), c.rng.choice([800, 1500, 2800]), ms(c)])
    b = _b(c, "POST", f"{API}/q")
    b.view("json d (gzip+base64 rows of content id and position)", detectable=False)
    b.json({"v": 3, "d": base64.b64encode(gz(js(rows).encode())).decode()})
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?kategori=sinetron&hal={c.rng.randint(1, 5)}")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    items = []
    for _ in range(10):
        vid, judul, eps, dur = _episode(c)
        items.append({"id_konten": vid, "judul": judul, "jumlah_episode": eps, "durasi": dur})
    b.ok_json({"data": items, "hal_berikut": 2})
    return b.build()


def terpopuler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/beranda/paling-banyak-ditonton")
    b.decoy("most-watched chart: counts over all viewers (aggregate)")
    b.ok_json(
        {
            "judul_rail": "Paling Banyak Ditonton Minggu Ini",
            "data": [
                {"peringkat": i + 1, "judul": j, "total_penonton": c.rng.randint(10**5, 10**7)}
                for i, (j, _) in enumerate(JUDUL)
            ],
        }
    )
    return b.build()


def cari(c: Context) -> Flow:
    q = c.rng.choice(["ikatan cinta", "azab", "preman pensiun", "film horor"])
    b = _b(c, "GET", f"{API}/v2/cari?q={q.replace(' ', '+')}")
    b.decoy("search results")
    b.ok_json({"kata_kunci": q, "hasil": [{"judul": j, "skor": 0.9} for j, _ in JUDUL[:3]]})
    return b.build()


def manifest(c: Context) -> Flow:
    vid, _, eps, _ = _episode(c)
    b = FB(c, "layarku", "GET", f"https://vod.layarku.example/hls/{vid}/ep{eps}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1500000,RESOLUTION=1280x720\n720p/index.m3u8\n",
    )
    return b.build()


def segment(c: Context) -> Flow:
    vid, _, eps, _ = _episode(c)
    b = FB(
        c,
        "layarku",
        "GET",
        f"https://vod.layarku.example/hls/{vid}/ep{eps}/720p/seg{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
