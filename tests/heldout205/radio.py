"""Radio Rek: a Surabaya campursari / dangdut radio and music app on nurse Sri's
OPPO, written by a local developer in Suroboyoan Javanese.

Keys are Suroboyoan (`lagu sing dirungokno` = the song listened to, `suwene` =
how long, `wiwit` = started at, `riwayat rungokno` = listening history; the
Suroboyoan suffix -no where Central Javanese writes -ke). What the user
listens to, for how long and when is reported to the backend; a compact
player ping sends the same as positional rows. The app registers an install
id with the ANDROID_ID; an older endpoint sends the install id base64-encoded
under a one-letter form field. A station's now-playing text, the chart
(`tangga lagu`), the broadcast schedule, lyrics and the audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.radiorek.example"
UA = ua("RadioRek", "3.4.2", "perawat")
LAGU = [
    ("L101", "Didi Kempot", "Cidro"),
    ("L102", "Denny Caknan", "Kartonyono Medot Janji"),
    ("L103", "Happy Asmara", "Tak Ikhlasno"),
    ("L104", "Ndarboy Genk", "Mendung Tanpo Udan"),
    ("L105", "Guyon Waton", "Korban Janji"),
    ("L106", "Cak Percil", "Ludruk Guyon Maton"),
]
STASIUN = ["Suara Surabaya 100", "Radio Rek FM", "Campursari Gresik", "Dangdut Sidoarjo"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "radiorek", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/piranti/daftar")
    b.json(
        {
            "install_id": b.id("radio_install", where="json install_id"),
            "android_id": b.id("aid_radio", where="json android_id"),
            "merek": "OPPO",
            "tipe": "CPH2565",
            "boso": "jv",
        }
    )
    b.ok_json({"oke": True})
    return b.build()


def ping_opaque(c: Context) -> Flow:
    """The old keep-alive: the install id base64-encoded under 'k'."""
    b = _b(c, "POST", f"{API}/p")
    b.form([("k", b.id("radio_install", "b64", "form k", detectable=False)), ("s", "1")])
    b.no_content()
    return b.build()


def rungokno(c: Context) -> Flow:
    lid, artis, judul = c.rng.choice(LAGU)
    b = _b(c, "POST", f"{API}/api/v2/rungokno")
    b.view("json lagu_sing_dirungokno + suwene_detik (listen)")
    b.json(
        {
            "lagu_sing_dirungokno": {"id": lid, "judul": judul, "penyanyi": artis},
            "suwene_detik": c.rng.randint(20, 320),
            "wiwit": iso(c),
            "rampung": c.rng.random() < 0.6,
            "sumber": c.rng.choice(["playlist", "golek", "radio"]),
        }
    )
    b.no_content()
    return b.build()


def stasiun_sesi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/radio/sesi")
    b.view("json stasiun + suwene_menit (radio listening session)")
    b.json(
        {
            "stasiun": c.rng.choice(STASIUN),
            "wiwit": iso(c),
            "suwene_menit": c.rng.randint(3, 120),
            "pengguna": b.acct("radio_user"),
        }
    )
    b.ok_json({"oke": True})
    return b.build()


def riwayat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/riwayat-rungokno?kaca=1")
    b.view("response json riwayat_rungokno[]", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        lid, artis, judul = c.rng.choice(LAGU)
        rows.append({"id": lid, "judul": judul, "penyanyi": artis, "dirungokno": iso(c)})
    b.ok_json({"riwayat_rungokno": rows})
    return b.build()


def opaque_rows(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/r")
    b.view("json d[] rows (song, seconds, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(LAGU)[0][1:]), c.rng.randint(20, 320), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"d": rows})
    b.no_content()
    return b.build()


def saiki_muter(c: Context) -> Flow:
    st = c.rng.choice(STASIUN)
    b = _b(c, "GET", f"{API}/api/v2/radio/saiki-muter?stasiun={c.rng.randint(1, 4)}")
    b.decoy("a station's now-playing (what the station plays, not the listener)")
    lid, artis, judul = c.rng.choice(LAGU)
    b.ok_json(
        {
            "stasiun": st,
            "saiki_muter": {"id": lid, "judul": judul, "penyanyi": artis},
            "wiwit": iso(c),
            "suwene_detik": c.rng.randint(180, 320),
            "sing_ngrungokno": c.rng.randint(100, 9000),
        }
    )
    return b.build()


def tangga_lagu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/tangga-lagu?minggu=48")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "tangga_lagu": [
                {"urutan": i + 1, "judul": j, "penyanyi": a, "diputer": c.rng.randint(10**3, 10**6)}
                for i, (_, a, j) in enumerate(LAGU)
            ]
        }
    )
    return b.build()


def jadwal_siaran(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/radio/jadwal?stasiun={c.rng.randint(1, 4)}")
    b.decoy("broadcast schedule")
    b.ok_json(
        {
            "jadwal": [
                {"acara": a, "jam": j, "suwene_menit": 120}
                for a, j in (
                    ("Campursari Esuk", "06:00"),
                    ("Ludrukan", "20:00"),
                    ("Pitutur", "22:00"),
                )
            ]
        }
    )
    return b.build()


def lirik(c: Context) -> Flow:
    lid, artis, judul = c.rng.choice(LAGU)
    b = _b(c, "GET", f"{API}/api/v2/lirik/{lid}")
    b.ok_json({"judul": judul, "penyanyi": artis, "lirik": "Kowe sing wis lali janjine..."})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    st, n = c.rng.randint(1, 4), c.rng.randint(1, 9999)
    b = FB(c, "radiorek", "GET", f"https://stream.radiorek.example/live/{st}/chunk-{n}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
