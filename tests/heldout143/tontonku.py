"""Tontonku: a local OTT with sinetron, FTV and Liga 1 football (in-house Bahasa keys).

Watch progress (`durasi_tonton`, `posisi`), player heartbeats, the
continue-watching rail (`lanjutkan_menonton`, a response) and a compact beacon
(`c12=`-style short params) are viewing history. Manifests, the catalogue, the
"Paling Banyak Ditonton" rail (an aggregate over all viewers) and live match
scores are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.tontonku.example"
UA = ua("Tontonku", "5.14.2")
JUDUL = [
    "Ikatan Cinta Eps 1204",
    "Dari Jendela SMP Eps 88",
    "Suara Hati Istri Eps 310",
    "Persija vs Persebaya - Liga 1",
    "Tukang Ojek Pengkolan Eps 2931",
    "Arema FC vs PSM Makassar",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tontonku", method, url)
    b.header("user-agent", UA)
    b.header("x-perangkat-id", b.id("ott_device", where="header x-perangkat-id"))
    return b


def _konten(c: Context) -> tuple[str, str, int]:
    return f"vd{c.rng.randint(100000, 999999)}", c.rng.choice(JUDUL), c.rng.randint(1800, 5400)


def progres_tonton(c: Context) -> Flow:
    kid, judul, dur = _konten(c)
    b = _b(c, "POST", f"{API}/v3/tontonan/progres")
    b.view("json durasi_tonton / posisi (sinetron episode)")
    b.json(
        {
            "id_konten": kid,
            "judul": judul,
            "posisi": c.rng.randint(30, dur),
            "durasi_tonton": c.rng.randint(30, 900),
            "durasi_total": dur,
            "perangkat": "android",
            "waktu": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def detak_pemutar(c: Context) -> Flow:
    kid, _, dur = _konten(c)
    b = _b(c, "POST", f"{API}/v3/pemutar/detak")
    b.view("json event=sedang_menonton heartbeat with posisi_detik")
    b.json(
        {
            "event": c.rng.choice(["sedang_menonton", "jeda", "lanjut_putar"]),
            "id_konten": kid,
            "posisi_detik": c.rng.randint(0, dur),
            "kualitas": "720p",
            "ts": ms(c),
            "android_id": b.id("aid_ott", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def lanjutkan_menonton(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/lanjutkan-menonton?limit=10")
    b.view("response json lanjutkan_menonton[] with persen_ditonton", direction="response")
    b.ok_json(
        {
            "lanjutkan_menonton": [
                {
                    "id_konten": kid,
                    "judul": judul,
                    "persen_ditonton": c.rng.randint(5, 95),
                    "terakhir_ditonton": iso(c),
                }
                for kid, judul, _ in (_konten(c) for _ in range(4))
            ]
        }
    )
    return b.build()


def beacon_ringkas(c: Context) -> Flow:
    """The in-house QoE beacon: numbered short params, nothing says what they are."""
    kid, _, dur = _konten(c)
    b = FB(c, "tontonku-qoe", "GET", "https://q.tontonku.example/b.gif")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.view("query c3 content / c12 position rows", detectable=False)
    for k, v in (("c1", "2"), ("c3", kid), ("c12", str(c.rng.randint(0, dur))), ("c7", "1")):
        b.param(k, v)
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def daftar_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/perangkat/daftar")
    b.json(
        {
            "perangkat_id": b.id("ott_device", where="json perangkat_id"),
            "android_id": b.id("aid_ott", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "merek": "OPPO",
            "model": "CPH2505",
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "maks_perangkat": 3})
    return b.build()


def manifest(c: Context) -> Flow:
    kid, _, _ = _konten(c)
    b = FB(c, "tontonku-cdn", "GET", f"https://vod.tontonku.example/{kid}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1800000,RESOLUTION=1280x720\n720/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def katalog(c: Context) -> Flow:
    b = FB(c, "tontonku", "GET", f"{API}/v3/beranda?rail=paling-banyak-ditonton")
    b.header("user-agent", UA)
    b.decoy("'paling banyak ditonton' rail: jumlah_penonton is an aggregate over all viewers")
    b.ok_json(
        {
            "rail": "Paling Banyak Ditonton Minggu Ini",
            "item": [
                {
                    "id_konten": kid,
                    "judul": judul,
                    "jumlah_penonton": c.rng.randint(10**5, 10**7),
                    "durasi": dur,
                    "poster": f"https://img.tontonku.example/{kid}.jpg",
                }
                for kid, judul, dur in (_konten(c) for _ in range(6))
            ],
        }
    )
    return b.build()


def skor_langsung(c: Context) -> Flow:
    b = FB(c, "tontonku", "GET", f"{API}/v1/bola/pertandingan/{c.rng.randint(4000, 4999)}/skor")
    b.header("user-agent", UA)
    b.decoy("live match score and minute (menit) of a football match: not a viewing report")
    b.ok_json(
        {
            "tuan_rumah": "Persija",
            "tamu": "Persebaya",
            "skor": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "menit": c.rng.randint(1, 90),
        }
    )
    return b.build()
