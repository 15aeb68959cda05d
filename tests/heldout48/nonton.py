"""NontonKu: an Indonesian streaming app (phone and family TV) with its own
watch log. Key names are Indonesian with Javanese slang (`wis_ditonton`,
`suwene`); the heartbeat uses short keys like many in-house players. Device
registration sends ANDROID_ID and the GAID as Android apps commonly do
(developer.android.com/training/articles/user-data-ids). Hosts are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, TV_UA, iso, ms, rf, rid, ua

API = "https://api.nontonku.co.id"
TITLES = [
    ("s1021", "Cinta di Ujung Senja"),
    ("s877", "Pocong Kampus"),
    ("m3301", "Mudik Bareng"),
    ("s1440", "Bakso Pak Kumis"),
    ("m2019", "Laga Jakarta"),
]


def _b(c: Context, method: str, path: str, tv: bool = False) -> FB:
    b = FB(c, "nontonku", method, API + path)
    b.header("user-agent", TV_UA if tv else ua("NontonKu", "5.12.1"))
    return b


def riwayat_tonton(c: Context, tv: bool = False) -> Flow:
    sid, judul = c.rng.choice(TITLES)
    b = _b(c, "POST", "/v2/riwayat/tonton", tv)
    b.header(
        "x-perangkat-id", b.id("aid_tv" if tv else "aid_nonton", where="header x-perangkat-id")
    )
    dur = c.rng.randint(1200, 5400)
    b.view("body id_konten/posisi_detik/durasi")
    b.json(
        {
            "id_konten": sid,
            "judul": judul,
            "episode": c.rng.randint(1, 16),
            "posisi_detik": c.rng.randint(30, dur),
            "durasi": dur,
            "wis_ditonton": c.rng.random() < 0.3,
            "layar": "tv" if tv else "hp",
            "waktu": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    sid, _ = c.rng.choice(TITLES)
    b = FB(c, "nontonku", "GET", "https://hb.nontonku.co.id/p.gif")
    b.header("user-agent", ua("NontonKu", "5.12.1"))
    b.view("query vid/pos/ev heartbeat")
    for k, v in [
        ("vid", sid),
        ("ep", str(c.rng.randint(1, 16))),
        ("pos", str(c.rng.randint(5, 3000))),
        ("suwene", str(c.rng.choice([10, 30, 60]))),
        ("ev", c.rng.choice(["play", "hb", "pause"])),
        ("did", b.id("nonton_did", where="query did")),
        ("t", str(ms(c))),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def lanjut_nonton(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/beranda/lanjutkan-menonton?limit=10")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.view("response lanjutkan_menonton list with progress", direction="response")
    items = [
        {
            "id_konten": s,
            "judul": j,
            "progres": rf(c.rng, 0.05, 0.95, 2),
            "terakhir_ditonton": iso(c),
        }
        for s, j in c.rng.sample(TITLES, 3)
    ]
    b.ok_json({"lanjutkan_menonton": items})
    return b.build()


def opaque_log(c: Context) -> Flow:
    b = _b(c, "POST", "/c/e")
    b.view("encrypted blob under d", detectable=False)
    b.json(
        {"v": 3, "d": b64(bytes(c.rng.getrandbits(8) for _ in range(180))), "k": new_hex(c.rng, 16)}
    )
    b.no_content()
    return b.build()


def daftar_perangkat(c: Context, tv: bool = False) -> Flow:
    b = _b(c, "POST", "/v1/perangkat/daftar", tv)
    body = {
        "merek": "Philips" if tv else "Infinix",
        "os": "android",
        "android_id": b.id("aid_tv" if tv else "aid_nonton", where="body android_id"),
        "gaid": b.id("tv_gaid" if tv else "gaid", where="body gaid"),
    }
    if tv:
        body["mac_wifi"] = b.id("tv_mac", where="body mac_wifi")
        body["no_seri"] = b.id("tv_serial", where="body no_seri")
    b.json(body)
    b.ok_json({"token": new_hex(c.rng, 32)})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/katalog?genre={c.rng.choice(['horor', 'drama', 'komedi'])}&hal=1")
    b.decoy("catalogue page")
    b.ok_json({"konten": [{"id": s, "judul": j, "rating": rf(c.rng, 6, 9, 1)} for s, j in TITLES]})
    return b.build()


def cari(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/cari?q={c.rng.choice(['horor', 'raditya', 'upin'])}")
    b.decoy("search results")
    b.ok_json({"hasil": [{"id": s, "judul": j} for s, j in TITLES[:2]], "req": rid(c.rng)})
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "nontonku", "GET", f"https://img.nontonku.co.id/poster/{new_hex(c.rng, 12)}_w360.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segment(c: Context) -> Flow:
    sid, _ = c.rng.choice(TITLES)
    b = FB(
        c,
        "nontonku",
        "GET",
        f"https://vod.nontonku.co.id/{sid}/720p/seg_{c.rng.randint(1, 900)}.ts",
    )
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 600))
    return b.build()
