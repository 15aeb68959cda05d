"""Kajianku: Islamic audio: murottal (Quran recitation) and kajian (lectures).

Listening to a recitation saves `surah`, `ayat_terakhir_didengar` and `posisi_ms`
to `/api/murottal/progres`; the "Riwayat Kajian" list (lectures listened to,
with how far) comes back in a response. Firebase carries the installation id
(FID) and GA4's `app_instance_id` with a `dengar_kajian` event. A compact resume
sync sends `[surah, ayah, ms]` triples under `q` (opaque). NOT viewing history:
the Quran text reader's last-read ayah (`terakhir_baca`): reading, not
listening; prayer times for the user's coordinates, the qibla bearing, the
kajian catalogue and a donation (infaq).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.kajianku.example"
UA = ua("Kajianku", "4.8.0")
SURAH = [(1, "Al-Fatihah", 7), (18, "Al-Kahf", 110), (36, "Yasin", 83), (55, "Ar-Rahman", 78)]
QARI = ["Mishary Rashid Alafasy", "Muzammil Hasballah", "Abdul Basit", "Salim Bahanan"]
USTADZ = ["Ustadz Adi Hidayat", "Ustadz Abdul Somad", "Ustadzah Oki Setiana Dewi", "Gus Baha"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:448120937715:android:7c1f0e2a9d3b6a51&api_secret=kJ2xUq8sTnW4aPz0R1yLmV"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kajianku", method, url)
    b.header("user-agent", UA)
    b.header("x-perangkat-id", b.id("aid_ngaji", where="header x-perangkat-id"))
    return b


def murottal_progres(c: Context) -> Flow:
    no, nama, ayat = c.rng.choice(SURAH)
    b = _b(c, "PUT", f"{API}/api/murottal/progres")
    b.view("json surah + ayat_terakhir_didengar + posisi_ms (recitation listened)")
    b.json(
        {
            "surah": no,
            "nama_surah": nama,
            "qari": c.rng.choice(QARI),
            "ayat_terakhir_didengar": c.rng.randint(1, ayat),
            "posisi_ms": c.rng.randint(5000, 1800000),
            "diperbarui": iso(c),
        }
    )
    b.no_content()
    return b.build()


def riwayat_kajian(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kajian/riwayat?hal=1")
    b.view("response json riwayat[] (lectures listened, with progres)", direction="response")
    b.ok_json(
        {
            "riwayat": [
                {
                    "id_kajian": f"kj-{c.rng.randint(1000, 9999)}",
                    "judul": c.rng.choice(["Adab Menuntut Ilmu", "Tafsir Al-Kahf", "Fiqih Puasa"]),
                    "ustadz": c.rng.choice(USTADZ),
                    "progres_persen": c.rng.randint(5, 100),
                    "didengar_pada": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def ga4_dengar(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", dalvik())
    b.view("json events[].name=dengar_kajian with durasi_dengar_detik")
    b.json(
        {
            "app_instance_id": b.id("fb_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "dengar_kajian",
                    "params": {
                        "judul_kajian": c.rng.choice(["Adab Menuntut Ilmu", "Fiqih Puasa"]),
                        "ustadz": c.rng.choice(USTADZ),
                        "durasi_dengar_detik": c.rng.randint(60, 3600),
                        "engagement_time_msec": c.rng.randint(100, 4000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kajianku-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSyD" + new_hex(c.rng, 32))
    b.json(
        {
            "fid": b.id("ngaji_fid", where="json fid"),
            "appId": "1:448120937715:android:7c1f0e2a9d3b6a51",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/448120937715/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def sync_singkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/s")
    b.view("json q[] triples (surah, ayah, ms) under a bare key", detectable=False)
    b.json({"q": [[c.rng.choice(SURAH)[0], c.rng.randint(1, 80), ms(c) % 10**6]], "k": 2})
    b.no_content()
    return b.build()


def terakhir_baca(c: Context) -> Flow:
    no, nama, ayat = c.rng.choice(SURAH)
    b = _b(c, "PUT", f"{API}/api/quran/terakhir-baca")
    b.decoy("last-read ayah in the Quran text reader: reading, not listening or watching")
    b.json({"surah": no, "nama_surah": nama, "ayat": c.rng.randint(1, ayat), "waktu": iso(c)})
    b.no_content()
    return b.build()


def jadwal_sholat(c: Context) -> Flow:
    lat, lon = rf(c.rng, -7.35, -7.2, 4), rf(c.rng, 112.6, 112.8, 4)
    b = _b(c, "GET", f"{API}/api/jadwal-sholat?lat={lat}&lon={lon}&metode=kemenag")
    b.decoy("prayer times for coordinates (location look-alike, not a category)")
    b.ok_json(
        {
            "kota": "Surabaya",
            "subuh": "03:52",
            "dzuhur": "11:17",
            "ashar": "14:39",
            "maghrib": "17:31",
            "isya": "18:44",
        }
    )
    return b.build()


def arah_kiblat(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/api/kiblat?lat={rf(c.rng, -6.3, -6.1, 4)}&lon={rf(c.rng, 106.7, 106.9, 4)}",
    )
    b.decoy("qibla bearing and compass angles (yaw-like numbers, not a head pose)")
    b.ok_json({"derajat": rf(c.rng, 294, 296, 2), "deklinasi": rf(c.rng, 0.5, 1.2, 2)})
    return b.build()


def katalog_kajian(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kajian?kategori=fiqih&hal=1")
    b.decoy("lecture catalogue with durations (content fetch)")
    b.ok_json(
        {
            "data": [
                {"id_kajian": f"kj-{c.rng.randint(1000, 9999)}", "ustadz": u, "durasi": 3600}
                for u in USTADZ
            ]
        }
    )
    return b.build()


def infaq(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/infaq")
    b.decoy("donation with a payment reference")
    b.json({"nominal": c.rng.choice([10000, 25000, 50000]), "metode": "qris", "ref": rid(c.rng)})
    b.ok_json({"status": "menunggu_pembayaran"})
    return b.build()


def audio(c: Context) -> Flow:
    no, _, _ = c.rng.choice(SURAH)
    b = FB(c, "kajianku", "GET", f"https://audio.kajianku.example/murottal/alafasy/{no:03d}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(range(160)))
    return b.build()
