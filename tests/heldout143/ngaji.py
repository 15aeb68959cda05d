"""Ngaji Yuk: a Quran and kajian (sermon) app.

Listening to a murottal recitation and watching a kajian video are listening /
watching history (`riwayat_kajian`, `posisi_dengar`). Reading the mushaf
(`terakhir_dibaca`, last ayat read) is reading, not watching or listening: a
decoy. The mosque's public display playout log (what the masjid's screen showed)
is a public screen's proof-of-play: a decoy too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.ngajiyuk.example"
UA = ua("NgajiYuk", "4.7.1")
USTADZ = ["Ust. Adi Hidayat", "Ust. Abdul Somad", "Buya Yahya", "Ust. Hanan Attaki"]
QARI = ["Mishary Rashid", "Muzammil Hasballah", "Abdurrahman As-Sudais"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ngajiyuk", method, url)
    b.header("user-agent", UA)
    return b


def kajian_ditonton(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/riwayat_kajian")
    b.view("json riwayat_kajian: kajian video with menit_ditonton")
    b.json(
        {
            "device": b.id("aid_ngaji", where="json device"),
            "kajian_id": f"kj-{c.rng.randint(1000, 9999)}",
            "penceramah": c.rng.choice(USTADZ),
            "menit_ditonton": c.rng.randint(1, 75),
            "selesai": c.rng.random() < 0.3,
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def murottal_dengar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/murottal/posisi")
    b.view("json posisi_dengar of a recitation (listening)")
    b.json(
        {
            "surah": c.rng.randint(1, 114),
            "qari": c.rng.choice(QARI),
            "posisi_dengar": c.rng.randint(0, 1800),
            "diperbarui": ms(c),
        }
    )
    b.no_content()
    return b.build()


def sinkron_opaque(c: Context) -> Flow:
    """Sync of 'terakhir diputar' as a hex-encoded blob under 'd'."""
    b = _b(c, "POST", f"{API}/v1/sync")
    b.view("json d=hex blob of recent kajian plays", detectable=False)
    raw = f"kj-{c.rng.randint(1000, 9999)}|{c.rng.randint(60, 4000)}|{ms(c)}"
    b.json({"d": raw.encode().hex(), "k": new_hex(c.rng, 8)})
    b.no_content()
    return b.build()


def terakhir_dibaca(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/mushaf/terakhir_dibaca")
    b.decoy("last ayat read in the mushaf: reading, not watching or listening")
    b.json(
        {
            "surah": c.rng.randint(1, 114),
            "ayat": c.rng.randint(1, 200),
            "halaman": c.rng.randint(1, 604),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def layar_masjid(c: Context) -> Flow:
    b = FB(c, "ngajiyuk-masjid", "POST", f"{API}/v1/masjid/layar/playout")
    b.header("user-agent", "NgajiYukSignage/1.3")
    b.decoy("the mosque's public info screen playout log (proof-of-play of a public display)")
    b.json(
        {
            "masjid_id": "msj-yogya-0417",
            "layar_sn": "SIG" + new_hex(c.rng, 8).upper(),
            "diputar": [
                {"konten": "jadwal-sholat", "mulai": iso(c), "detik": 30},
                {"konten": "kajian-promo", "mulai": iso(c), "detik": 45},
            ],
        }
    )
    b.no_content()
    return b.build()


def jadwal_sholat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/jadwal?lat=-7.7956&lon=110.3695&metode=kemenag")
    b.decoy("prayer times for coordinates (location, not a device id)")
    b.ok_json(
        {"subuh": "04:12", "dzuhur": "11:41", "ashar": "15:02", "maghrib": "17:49", "isya": "19:01"}
    )
    return b.build()
