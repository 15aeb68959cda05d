"""Minbar (fictional): sermons (church and mosque) and Qur'an recitation audio for
Ethiopia and northern / south-western Nigeria. Listen progress is kept per
language by separate services: Hausa (wa'azi = sermon, malami = preacher,
matsayi = position), Yoruba (iwaasu = sermon, ti mo gbo = that I heard), Amharic
(sibket = sermon, yesemahut = heard ones) and the recitation service's last
position (surah / ayah / qari). Firebase Installations registers the app
(POST firebaseinstallations.googleapis.com/v1/projects/{p}/installations with
fid, appId, authVersion FIS_v2, sdkVersion: firebase-android-sdk
FirebaseInstallationServiceClient). Decoys: prayer times for a coordinate,
catalogue, verse of the day, a donation, audio chunks.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.minbar.app"
UA = ua("Minbar", "2.11.0")
PREACHERS = ["Sheikh Daurawa", "Aba Gebre Kidan", "Pastor Adeboye", "Malam Aminu Daurawa"]
QARIS = ["Mishary Alafasy", "Sheikh Abubakar Gumi", "Abdul Basit"]


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "minbar", method, url, params)
    b.header("user-agent", UA)
    return b


def _sermon(c: Context) -> str:
    return f"s{c.rng.randint(10000, 99999)}"


def hausa_listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ha/waazi/saurare")
    tsawo = c.rng.randint(1200, 5400)
    b.json(
        {
            "waazi_id": _sermon(c),
            "malami": c.rng.choice(PREACHERS),
            "matsayi": c.rng.randint(10, tsawo),
            "tsawo": tsawo,
            "lokaci": iso(c),
            "mai_amfani": b.acct("minbar_user"),
        }
    )
    b.view("body.waazi_id+matsayi")
    b.no_content()
    return b.build()


def yoruba_heard(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/yo/iwaasu/itan")
    items = [
        {"iwaasu": _sermon(c), "oniwaasu": c.rng.choice(PREACHERS), "iseju": c.rng.randint(1, 90)}
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"iwaasu_ti_mo_gbo": items, "akoko": ms(c)})
    b.view("body.iwaasu_ti_mo_gbo[]")
    b.no_content()
    return b.build()


def amharic_heard(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/am/sibket/yesemahut")
    b.json(
        {
            "sibket": _sermon(c),
            "sebaki": c.rng.choice(PREACHERS),
            "yeteqome_sekond": c.rng.randint(30, 4000),
            "mesaria": b.id("aid_minbar", where="body.mesaria"),
        }
    )
    b.view("body.sibket+yeteqome_sekond")
    b.no_content()
    return b.build()


def quran_position(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/tilawa/last-position")
    b.json(
        {
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 80),
            "qari": c.rng.choice(QARIS),
            "position_ms": c.rng.randint(1000, 900000),
            "updated": iso(c),
        }
    )
    b.view("body.surah+ayah+position_ms")
    b.no_content()
    return b.build()


def fis_register(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/minbar-app-5f2a1/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "app.minbar.audio")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("minbar_fid", where="body.fid"),
            "appId": "1:604378123456:android:" + new_hex(c.rng, 22),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/604378123456/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = c.rng.choice([(12.0022, 8.592), (9.03, 38.74), (7.3775, 3.947)])
    params = [
        ("lat", str(rf(c.rng, lat - 0.05, lat + 0.05))),
        ("lng", str(rf(c.rng, lon - 0.05, lon + 0.05))),
    ]
    b = _b(c, "GET", f"{API}/salat/times", [*params, ("method", "3")])
    b.ok_json(
        {"fajr": "05:12", "dhuhr": "12:31", "asr": "15:48", "maghrib": "18:29", "isha": "19:40"}
    )
    b.decoy("prayer times for a rounded coordinate")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/catalogue", [("lang", c.rng.choice(["ha", "yo", "am"])), ("page", "1")]
    )
    b.ok_json({"items": [{"id": _sermon(c), "len": c.rng.randint(900, 5400)} for _ in range(10)]})
    b.decoy("sermon catalogue with lengths")
    return b.build()


def verse_of_day(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/daily", [("d", iso(c)[:10])])
    b.ok_json({"ref": "Zabura 23:1", "text": "Ubangiji makiyayina ne", "surah": 94, "ayah": 5})
    b.decoy("verse of the day (surah/ayah reference, nothing listened)")
    return b.build()


def donation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/give")
    b.json({"amount": c.rng.choice([500, 1000, 2000]), "currency": "NGN", "ref": rid(c.rng)})
    b.ok_json({"checkout": f"https://pay.example.ng/{new_hex(c.rng, 12)}"})
    b.decoy("donation with a payment reference")
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = _b(c, "GET", f"https://audio.minbar.app/{_sermon(c)}/64k/{c.rng.randint(0, 200):04d}.aac")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("audio segment fetch")
    return b.build()


def telemetry_pb(c: Context) -> Flow:
    b = _b(c, "POST", "https://t.minbar.app/v1/batch")
    device = pb_bytes(1, b.id("aid_minbar", how="protobuf", where="protobuf.1.1", detectable=False))
    device += pb_bytes(2, "itel S665L") + pb_varint(3, 33)
    events = b"".join(
        pb_msg(
            2,
            [pb_bytes(1, c.rng.choice(["app_open", "screen_view", "share"])), pb_varint(2, ms(c))],
        )
        for _ in range(c.rng.randint(1, 3))
    )
    b.set_body(pb_msg(1, [device]) + events, "application/x-protobuf")
    b.no_content()
    return b.build()
