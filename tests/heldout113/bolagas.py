"""BolaGas: live football (Liga 1, Premier League) and badminton (BWF) streaming.

The player sends a heartbeat every minute to `/v1/siaran/detak` (Indonesian:
broadcast / heartbeat) with the match, the channel and `menit_ditonton`; channel
switches are logged as `pindah_saluran` (a live-channel tuning log). CleverTap
(the `a1` upload: a meta object with the CleverTap id under `g`, then events)
gets a `Nonton Live` event. A lightweight pixel repeats the heartbeat in
single-letter query keys (`m`, `p`, `s`): opaque. Live scores, standings, the
schedule, highlight thumbnails and the live viewer count (an aggregate over all
viewers) are not viewing history.
"""

from __future__ import annotations

import itertools

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.bolagas.example"
UA = ua("BolaGas", "3.40.1")
LAGA = [
    ("L1-PSB-PSS", "Persib vs PSS Sleman", "bri-liga-1"),
    ("L1-PSJ-PRS", "Persija vs Persebaya", "bri-liga-1"),
    ("EPL-MUN-LIV", "Man United vs Liverpool", "premier-league"),
    ("BWF-IO-MS-QF", "Indonesia Open MS QF: Jonatan Christie vs Kodai Naraoka", "bwf"),
    ("BWF-MO-WD-SF", "Malaysia Open WD SF: Apriyani/Fadia vs Pearly/Thinaah", "bwf"),
]
SALURAN = ["bolagas-1", "bolagas-2", "bolagas-badminton", "bolagas-liga1"]
CT = "https://sg1.clevertap-prod.com/a1"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bolagas", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def detak(c: Context) -> Flow:
    laga, nama, liga = c.rng.choice(LAGA)
    b = _b(c, "POST", f"{API}/v1/siaran/detak")
    b.view("json id_laga + menit_ditonton (player heartbeat)")
    b.json(
        {
            "id_laga": laga,
            "nama_laga": nama,
            "liga": liga,
            "saluran": c.rng.choice(SALURAN),
            "menit_ditonton": c.rng.randint(1, 95),
            "status_pemutar": c.rng.choice(["main", "jeda"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def pindah_saluran(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/log/pindah-saluran")
    b.view("json riwayat_saluran[] (live-channel tuning log)")
    b.json(
        {
            "riwayat_saluran": [
                {"dari": a, "ke": z, "jam": iso(c), "lama_detik": c.rng.randint(20, 2400)}
                for a, z in itertools.pairwise(SALURAN)
            ][: c.rng.randint(1, 3)]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def clevertap_nonton(c: Context) -> Flow:
    laga, nama, liga = c.rng.choice(LAGA)
    b = FB(
        c,
        "clevertap",
        "POST",
        CT,
        [("os", "Android"), ("t", "60402"), ("z", "TEST-8W5-7Z6-676Z"), ("ts", str(ms(c) // 1000))],
    )
    b.header("user-agent", dalvik())
    b.view("json evtData of evtName 'Nonton Live' (match + menit_ditonton)")
    b.json(
        [
            {
                "g": b.id("clevertap_id", where="json [0].g (CleverTap id)", detectable=False),
                "type": "meta",
                "af": {
                    "Build": "340",
                    "Version": "3.40.1",
                    "OS Version": "14",
                    "Make": "samsung",
                    "Model": "SM-A546E",
                    "GoogleAdID": b.id("gaid", where="json [0].af.GoogleAdID"),
                    "Carrier": "Telkomsel",
                },
                "id": "TEST-8W5-7Z6-676Z",
                "tk": "TEST-b24-215",
            },
            {
                "evtName": "Nonton Live",
                "evtData": {
                    "id_laga": laga,
                    "laga": nama,
                    "liga": liga,
                    "menit_ditonton": c.rng.randint(1, 95),
                },
                "type": "event",
                "ep": ms(c) // 1000,
                "s": ms(c) // 1000 - 600,
                "pg": 3,
            },
        ]
    )
    b.ok_json({"g": "", "arp": {}})
    return b.build()


def clevertap_app_launch(c: Context) -> Flow:
    b = FB(c, "clevertap", "POST", CT, [("os", "Android"), ("z", "TEST-8W5-7Z6-676Z")])
    b.header("user-agent", dalvik())
    b.json(
        [
            {
                "g": b.id("clevertap_id", where="json [0].g (CleverTap id)", detectable=False),
                "type": "meta",
                "af": {"GoogleAdID": b.id("gaid", where="json [0].af.GoogleAdID")},
            },
            {"evtName": "App Launched", "evtData": {"Version": "3.40.1"}, "type": "event"},
        ]
    )
    b.ok_json({"g": ""})
    return b.build()


def pixel(c: Context) -> Flow:
    laga, _, _ = c.rng.choice(LAGA)
    b = FB(
        c,
        "bolagas",
        "GET",
        "https://px.bolagas.example/p.gif",
        [
            ("e", "1"),
            ("m", laga),
            ("p", str(c.rng.randint(60, 5700))),
            ("s", c.rng.choice(SALURAN)),
            ("r", str(c.rng.randint(10**8, 10**9))),
        ],
    )
    b.header("user-agent", UA)
    b.view("query m / p (match and seconds, single-letter keys)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff!\xf9\x04;")
    return b.build()


def skor_live(c: Context) -> Flow:
    laga, nama, _ = c.rng.choice(LAGA)
    b = _b(c, "GET", f"{API}/v1/skor/{laga}")
    b.decoy("live score, minute of play and the live viewer count (aggregate)")
    b.ok_json(
        {
            "laga": nama,
            "skor": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "menit": c.rng.randint(1, 90),
            "penonton_live": c.rng.randint(5000, 400000),
        }
    )
    return b.build()


def klasemen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/klasemen/bri-liga-1")
    b.ok_json(
        {
            "tim": [
                {"nama": t, "main": 20, "poin": c.rng.randint(15, 45)}
                for t in ["Persib", "Borneo FC", "Persija", "Bali United", "PSM", "Persebaya"]
            ]
        }
    )
    return b.build()


def jadwal(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jadwal?tgl=hari-ini")
    b.decoy("match schedule with kick-off times")
    b.ok_json({"jadwal": [{"id_laga": laga, "laga": n, "kick_off": iso(c)} for laga, n, _ in LAGA]})
    return b.build()


def cuplikan_thumb(c: Context) -> Flow:
    laga, _, _ = c.rng.choice(LAGA)
    b = FB(c, "bolagas", "GET", f"https://img.bolagas.example/cuplikan/{laga}/thumb_720.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(range(120)) + b"\xff\xd9")
    return b.build()


def tebak_skor(c: Context) -> Flow:
    laga, _, _ = c.rng.choice(LAGA)
    b = _b(c, "POST", f"{API}/v1/kuis/tebak-skor")
    b.json(
        {"id_laga": laga, "tebakan": [c.rng.randint(0, 3), c.rng.randint(0, 3)], "id": rid(c.rng)}
    )
    b.ok_json({"poin": 10})
    return b.build()


def daftar_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/perangkat")
    b.json(
        {
            "device_id": b.id("aid_bola", where="json device_id (ANDROID_ID)"),
            "ct_id": b.id("clevertap_id", where="json ct_id (CleverTap id)"),
            "model": "SM-A546E",
            "notif": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


SENDI = ["bahu_ki", "bahu_ka", "siku_ki", "siku_ka", "pergelangan_ki", "pergelangan_ka"]
SENDI += ["pinggul_ki", "pinggul_ka", "lutut_ki", "lutut_ka", "pergelangan_kaki_ki"]
SENDI += ["pergelangan_kaki_ka"]


def analisis_smash(c: Context) -> Flow:
    """The badminton coach feature: body joints of the user's smash, no face points."""
    b = _b(c, "POST", f"{API}/v1/latihan/analisis-smash")
    b.decoy("body-pose joints of a badminton smash (no face points: not biometric)")
    b.json(
        {
            "frame": [
                {
                    s: [round(c.rng.uniform(0, 720), 1), round(c.rng.uniform(0, 1280), 1)]
                    for s in SENDI
                }
                for _ in range(c.rng.randint(3, 6))
            ],
            "raket": "kanan",
            "ts": ms(c),
        }
    )
    b.ok_json({"kecepatan_kmh": c.rng.randint(150, 320), "saran": "angkat siku lebih tinggi"})
    return b.build()
