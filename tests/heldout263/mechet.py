"""Namaz Vakıtları (fictional): a Kazan mosque's prayer-times and Quran-audio app
on the father's Samsung.

Prayer times are computed for the phone's coordinates (`namaz_vakıtları`,
`кыйбла` direction), the audio of the Quran is downloaded per surah from the
mosque's CDN (range requests; `tıñlau` means listening), the reciters'
catalogue and the Friday sermon's text are ordinary. AppMetrica (Yandex) gets
the SDK's startup with its own deviceid / uuid and the advertising id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, rf, ua, url

API = "https://api.namaz-kazan.example"
CDN = "https://audio.namaz-kazan.example"
UA = ua("NamazVakit", "3.1.4", "ati")
PKG = "tatar.namaz.vakit"
QARILAR = ["mishary", "husary", "kazan_imam"]


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "namaz", method, url(target))
    b.header("user-agent", UA)
    return b


def vakytlar(c: Context) -> Flow:
    lat, lon = rf(c.rng, 55.74, 55.85, 4), rf(c.rng, 49.05, 49.25, 4)
    b = _b(c, "GET", f"{API}/v1/namaz-vakıtları?lat={lat}&lon={lon}&mäzhäb=hanafi")
    b.decoy("the phone's coordinates for prayer times")
    b.ok_json(
        {
            "шәһәр": "Казан",
            "vakıtlar": {
                "иртәнге": "03:12",
                "өйлә": "12:04",
                "икенде": "16:41",
                "ахшам": "20:15",
                "ястү": "22:01",
            },
            "кыйбла_градус": rf(c.rng, 200, 205, 2),
        }
    )
    return b.build()


def surah_audio(c: Context) -> Flow:
    q = c.rng.choice(QARILAR)
    s = c.rng.randint(1, 114)
    b = _b(c, "GET", f"{CDN}/quran/{q}/{s:03d}.mp3")
    b.header("range", f"bytes={c.rng.randint(0, 50) * 65536}-")
    b.decoy("audio file download naming reciter and surah (not a listening log)")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def qarilar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/qarilar?tel=tt")
    b.decoy("reciters' catalogue with 'tıñlau' counts (aggregate)")
    b.ok_json(
        {
            "qarilar": [
                {"id": q, "tıñlau_sanı": c.rng.randint(1000, 10**6), "räsem": f"{CDN}/img/{q}.jpg"}
                for q in QARILAR
            ]
        }
    )
    return b.build()


def xutba(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/comğa-xutbası/soñğı")
    b.ok_json(
        {
            "tema": "Ата-ананы хөрмәтләү",
            "tekst": "Бисмилләһир-рахмәнир-рахим ...",
            "kön": iso(c)[:10],
        }
    )
    return b.build()


def hijri(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kalendar?yıl=1446")
    b.ok_json(
        {
            "bäyrämnär": [
                {"isem": "Рамазан", "başı": "2025-03-01"},
                {"isem": "Корбан бәйрәме", "başı": "2025-06-06"},
            ]
        }
    )
    return b.build()


def metrica_startup(c: Context) -> Flow:
    b = FB(
        c,
        "appmetrica",
        "GET",
        "https://startup.mobile.yandex.net/analytics/startup",
        http_version="HTTP/1.1",
    )
    for name, value in [
        ("analytics_sdk_version_name", "6.3.1"),
        ("app_id", PKG),
        ("app_platform", "android"),
        ("deviceid", b.id("mechet_metrica_deviceid", where="query deviceid")),
        ("uuid", b.id("mechet_metrica_uuid", where="query uuid")),
        ("adv_id", b.id("gaid_ati", where="query adv_id")),
        ("model", "SM-A546B"),
        ("locale", "tt_RU"),
    ]:
        b.param(name, value)
    b.header("user-agent", dalvik("ati"))
    b.ok_json({"obtain_time": int(c.now), "features": {"list": {}}})
    return b.build()


def metrica_report(c: Context) -> Flow:
    b = FB(
        c,
        "appmetrica",
        "POST",
        "https://report.appmetrica.yandex.net/report",
        http_version="HTTP/1.1",
    )
    for name, value in [
        ("deviceid", b.id("mechet_metrica_deviceid", where="query deviceid")),
        ("uuid", b.id("mechet_metrica_uuid", where="query uuid")),
        ("app_id", PKG),
        ("android_id", b.id("aid_mechet", where="query android_id")),
        ("request_id", str(c.rng.randint(1, 900))),
    ]:
        b.param(name, value)
    b.header("user-agent", dalvik("ati"))
    b.set_body(
        b"\x1f\x8b" + bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream"
    )
    b.respond(200, "text/plain", b"")
    return b.build()


def donate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sadaka")
    b.decoy("donation payment reference")
    b.json(
        {
            "summa": c.rng.choice([100, 300, 500]),
            "maqsat": "mäçet tözekläw",
            "ref": new_hex(c.rng, 20),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()
