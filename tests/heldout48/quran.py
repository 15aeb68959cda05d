"""Ngaji: an Indonesian prayer-times and Quran-audio app. The murottal player
syncs what was listened to (surah, ayat, reciter) to its own backend; Firebase
Installations registers the app (POST .../projects/{p}/installations with
`fid`, firebase.google.com/docs/projects/manage-installations); AdMob banners
ask with `rdid` = GAID (as public traffic studies of the GMA SDK show).
Prayer times, qibla bearing, mosque list and the audio file are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, ua

API = "https://api.ngaji.id"
SURAH = [(18, "Al-Kahf"), (36, "Yasin"), (67, "Al-Mulk"), (55, "Ar-Rahman"), (1, "Al-Fatihah")]
QARI = ["mishary_alafasy", "abdul_basit", "muzammil_hasballah"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ngaji", method, API + path)
    b.header("user-agent", ua("Ngaji", "4.8.2"))
    return b


def riwayat_murottal(c: Context) -> Flow:
    no, nama = c.rng.choice(SURAH)
    b = _b(c, "POST", "/api/murottal/riwayat-dengar")
    b.view("body surah/ayat_terakhir/durasi_dengar")
    b.json(
        {
            "surah": no,
            "nama_surah": nama,
            "ayat_terakhir": c.rng.randint(1, 110),
            "qari": c.rng.choice(QARI),
            "durasi_dengar": c.rng.randint(30, 1800),
            "waktu": iso(c),
        }
    )
    b.ok_json({"sukses": True})
    return b.build()


def terakhir_baca(c: Context) -> Flow:
    no, _ = c.rng.choice(SURAH)
    b = _b(c, "PUT", "/api/sync/last-read")
    b.view("body lastRead surah/ayah/audio position")
    b.json(
        {
            "lastRead": {
                "surah": no,
                "ayah": c.rng.randint(1, 80),
                "mode": "audio",
                "posisiMs": c.rng.randint(1000, 900000),
                "updatedAt": ms(c),
            }
        }
    )
    b.no_content()
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/api/s")
    b.view("AES blob under p", detectable=False)
    b.form([("p", b64(bytes(c.rng.getrandbits(8) for _ in range(120)))), ("v", "2")])
    b.ok_json({"s": 1})
    return b.build()


def fis(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/ngaji-id/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("quran_fid", where="body fid"),
            "appId": "1:4471:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/4471/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", ua("Ngaji", "4.8.2"))
    for k, v in [
        ("ad_format", "banner"),
        ("rdid", b.id("gaid", where="query rdid")),
        ("is_lat", "0"),
        ("app_name", "id.ngaji.app"),
        ("msid", "id.ngaji.app"),
        ("u_sd", "2.625"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.ok_json({"ad_networks": []})
    return b.build()


def device_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/api/perangkat")
    b.json(
        {
            "id_android": b.id("aid_quran", where="body id_android"),
            "user": b.acct("quran_user"),
            "notif_adzan": True,
        }
    )
    b.ok_json({"sukses": True})
    return b.build()


def jadwal_sholat(c: Context) -> Flow:
    lat, lon = rf(c.rng, -7.9, -6.1, 4), rf(c.rng, 106.6, 112.8, 4)
    b = _b(c, "GET", f"/api/jadwal?lat={lat}&lng={lon}&metode=kemenag")
    b.decoy("prayer times with coordinates")
    b.ok_json(
        {
            "subuh": "04:12",
            "dzuhur": "11:41",
            "ashar": "15:02",
            "maghrib": "17:52",
            "isya": "19:04",
            "arah_kiblat": rf(c.rng, 294, 296, 2),
        }
    )
    return b.build()


def masjid_terdekat(c: Context) -> Flow:
    b = _b(c, "GET", "/api/masjid/terdekat?radius=2000")
    b.decoy("mosque coordinate list")
    b.ok_json(
        {
            "masjid": [
                {
                    "nama": f"Masjid Al-Ikhlas {i}",
                    "lat": rf(c.rng, -6.3, -6.1, 5),
                    "lng": rf(c.rng, 106.7, 106.9, 5),
                }
                for i in range(5)
            ]
        }
    )
    return b.build()


def audio_file(c: Context) -> Flow:
    no, _ = c.rng.choice(SURAH)
    b = FB(c, "ngaji", "GET", f"https://cdn.ngaji.id/audio/{c.rng.choice(QARI)}/{no:03d}.mp3")
    b.decoy("recitation audio fetch")
    b.respond(200, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
