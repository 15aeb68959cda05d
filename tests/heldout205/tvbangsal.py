"""TV Edukasi Bangsal: the console of the ward TV fleet that loops patient
education videos (hand washing, fall prevention, diabetes diet...) on the
patient-room TVs, run from the Melati ward's shared phone.

The console lists the TVs with serials and MACs, shows what each TV is
playing and where it is in the loop (`sing diputer`, `posisi_detik`: the
hospital's IT writes some keys in Suroboyoan), pushes playlists and fetches
the monthly count of plays per video. The playlist is scheduled by the
health-promotion unit, not chosen by a viewer, and the TVs are shared ward
equipment, so none of this is anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, mac, rid

API = "https://tv.rshusadawaras.example"
UA = "TVBangsal/1.9.0 (Android 14; SM-G556B)"
VIDEO = [
    ("E01", "Cuci Tangan 6 Langkah", 240),
    ("E02", "Cegah Pasien Jatuh", 300),
    ("E03", "Pola Makan Penderita Diabetes", 420),
    ("E04", "Perawatan Luka Pasca Operasi", 360),
    ("E05", "Etika Batuk", 180),
    ("E06", "Gizi Ibu Menyusui", 390),
]
RUANG = [f"Melati R{n}" for n in range(1, 7)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-tvbangsal", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def armada(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/tv?unit=melati")
    b.decoy("ward TV fleet with serials and MACs (hospital equipment)")
    b.ok_json(
        {
            "tv": [
                {
                    "ruang": r,
                    "serial": "7B" + new_hex(c.rng, 8).upper(),
                    "mac": mac(c.rng),
                    "online": c.rng.random() < 0.9,
                    "firmware": "T-KTM2.41",
                }
                for r in RUANG
            ]
        }
    )
    return b.build()


def sing_diputer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/tv/status-puter?unit=melati")
    b.decoy("what each ward TV's scheduled loop is playing and its position (no viewer)")
    rows = []
    for r in c.rng.sample(RUANG, 3):
        vid, judul, dur = c.rng.choice(VIDEO)
        rows.append(
            {
                "ruang": r,
                "sing_diputer": {"id": vid, "judul": judul},
                "posisi_detik": c.rng.randint(0, dur),
                "durasi": dur,
                "wiwit": iso(c),
            }
        )
    b.ok_json({"status": rows})
    return b.build()


def kirim_daftar_putar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/daftar-putar")
    b.decoy("playlist pushed to ward TVs (scheduled by the health-promotion unit)")
    b.json(
        {
            "unit": "melati",
            "ruang": c.rng.sample(RUANG, 2),
            "daftar_putar": [v[0] for v in c.rng.sample(VIDEO, 4)],
            "ulang": True,
            "jam_tayang": {"mulai": "06:00", "selesai": "21:00"},
            "id_perintah": rid(c.rng),
        }
    )
    b.ok_json({"terkirim": True})
    return b.build()


def laporan_tayang(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/laporan/tayang?bulan=2024-11")
    b.decoy("monthly plays per education video (aggregate)")
    b.ok_json(
        {
            "laporan": [
                {
                    "id": v,
                    "judul": j,
                    "jumlah_diputer": c.rng.randint(300, 4000),
                    "total_menit": c.rng.randint(1000, 20000),
                }
                for v, j, _ in VIDEO
            ]
        }
    )
    return b.build()


def video_file(c: Context) -> Flow:
    vid = c.rng.choice(VIDEO)[0]
    b = _b(
        c,
        "GET",
        f"{API}/media/{vid}/720p/seg{c.rng.randint(0, 60):03d}.ts?sig={new_hex(c.rng, 16)}",
    )
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
