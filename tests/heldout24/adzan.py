"""Adzan: a Muslim prayer app with an adhan player and Quran recitation audio.

In-house backend (api.adzanku.com): murottal (recitation) listening history
and player events, prayer times and qibla (decoys: coordinates, bearings).
Firebase Installations registers the app (firebase-android-sdk:
`POST /v1/projects/{p}/installations`, body `fid`, `appId`, `authVersion`,
`sdkVersion`); Quran audio comes from a CDN as in the public everyayah.com
layout `/data/{qari}/{sss}{aaa}.mp3`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, ms, rf, rid

API = "https://api.adzanku.com"
QARI = ["Mishary_Rashid_Alafasy", "Abdurrahmaan_As-Sudais", "Muhammad_Thaha_Al_Junayd"]


def _b(c: Context, method: str, url: str, params=None) -> FB:  # type: ignore[no-untyped-def]
    b = FB(c, "adzan", method, url, params)
    b.header("user-agent", "Adzanku/9.4.1 (Android 13)")
    b.header("x-user", c.phone.adzan_user)
    return b


def murottal_history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/quran/listening-history")
    b.view("json listening_history[] surah, qari, listened_seconds")
    items = [
        {
            "surah": c.rng.randint(1, 114),
            "ayah_from": 1,
            "ayah_to": c.rng.randint(5, 80),
            "qari": c.rng.choice(QARI),
            "listened_seconds": c.rng.randint(30, 2400),
            "finished_at": ms(c),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"listening_history": items})
    b.ok_json({"saved": len(items)})
    return b.build()


def player_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/events")
    b.view("json event murottal_putar with surat, qari, durasi_putar (played)")
    b.json(
        {
            "event": "murottal_putar",
            "data": {
                "surat": c.rng.randint(1, 114),
                "qari": c.rng.choice(QARI),
                "durasi_putar": c.rng.randint(5, 1800),
                "posisi_ayat": c.rng.randint(1, 50),
            },
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def adhan_played(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/events")
    b.view("json event adhan_audio_played with muadhin + played_seconds")
    b.json(
        {
            "event": "adhan_audio_played",
            "data": {
                "prayer": c.rng.choice(["subuh", "dzuhur", "ashar", "maghrib", "isya"]),
                "muadhin": "Makkah",
                "played_seconds": c.rng.randint(3, 190),
                "completed": c.rng.random() < 0.4,
            },
        }
    )
    b.no_content()
    return b.build()


def recent_listen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/quran/recently-played")
    b.view("response recently_played surah list with last position", direction="response")
    b.ok_json(
        {
            "recently_played": [
                {
                    "surah": c.rng.randint(1, 114),
                    "qari": c.rng.choice(QARI),
                    "last_position_ms": c.rng.randint(1000, 900000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    s, a = c.rng.randint(1, 114), c.rng.randint(1, 50)
    b = FB(
        c,
        "adzan",
        "GET",
        f"https://everyayah.com/data/{c.rng.choice(QARI)}_128kbps/{s:03d}{a:03d}.mp3",
    )
    b.decoy("recitation audio file fetch")
    b.respond(200, "audio/mpeg", c.rng.randbytes(500))
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, -6.3, -6.1, 4), rf(c.rng, 106.7, 106.9, 4)
    b = _b(
        c, "GET", f"{API}/v2/jadwal", [("lat", str(lat)), ("lng", str(lon)), ("metode", "kemenag")]
    )
    b.decoy("prayer times for coordinates, qibla bearing")
    b.ok_json(
        {
            "subuh": "04:32",
            "dzuhur": "11:51",
            "ashar": "15:13",
            "maghrib": "17:54",
            "isya": "19:06",
            "arah_kiblat": rf(c.rng, 290, 296, 2),
        }
    )
    return b.build()


def mosques(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/masjid/terdekat", [("radius", "2000")])
    b.decoy("mosque list with coordinates")
    b.ok_json(
        {
            "masjid": [
                {
                    "nama": f"Masjid Al-{i}",
                    "lat": rf(c.rng, -6.3, -6.1, 5),
                    "lng": rf(c.rng, 106.7, 106.9, 5),
                }
                for i in range(8)
            ]
        }
    )
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/adzanku-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.json(
        {
            "fid": b.id("adzan_fid", where="json fid (Firebase installation id)"),
            "appId": "1:51022:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/51022/installations/x", "refreshToken": b64(c.rng.randbytes(30))})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device")
    b.json(
        {
            "push_token": "f" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 40),
            "ad_id": b.id("gaid", where="json ad_id"),
            "device_uid": b.id("aid_adzan", where="json device_uid"),
            "lang": "id",
            "tz": "Asia/Jakarta",
            "req": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
