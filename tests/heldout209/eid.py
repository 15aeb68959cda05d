"""eDokumenty: an mObywatel-like Polish e-ID app on the mother's Huawei in Kraków.

Adding the ID card to the phone takes a selfie that the backend compares with
the registry photo (`zdjecieTwarzy`, a base64 JPEG, with the PESEL); re-checks
from a newer build post the raw JPEG to a nameless path. Device registration
sends the ANDROID_ID and the app's own instance id. Showing a document's QR
code, checking a document's status and the notifications are ordinary; the
photo of the document's back side carries no face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.edokumenty.example"
UA = ua("eDokumenty", "4.45.0", "mama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "edokumenty", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def rejestracja_urzadzenia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/urzadzenia")
    b.json(
        {
            "android_id": b.id("aid_eid", where="json android_id"),
            "instance_id": b.id("eid_instance", where="json instance_id"),
            "producent": "HUAWEI",
            "model": "JNY-LX1",
            "wersja_systemu": "10",
        }
    )
    b.ok_json({"status": "AKTYWNE", "waznosc": iso(c)})
    return b.build()


def selfie_weryfikacja(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dowod/weryfikacja-twarzy")
    b.bio("face_image", "json zdjecieTwarzy (base64 JPEG selfie)")
    b.json(
        {
            "pesel": b.acct("eid_pesel"),
            "zdjecieTwarzy": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "format": "jpeg",
            "czas": iso(c),
        }
    )
    b.ok_json({"zgodnosc": "POZYTYWNA"})
    return b.build()


def selfie_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/w/{c.rng.randint(1, 9)}")
    b.bio("face_image", "raw JPEG body on a nameless path", detectable=False)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "application/octet-stream")
    b.ok_json({"s": 1})
    return b.build()


def dokument_tyl(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dowod/zdjecie-tyl")
    b.decoy("document back side photo (no face)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"odczytano": True})
    return b.build()


def kod_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/weryfikacja/kod-qr")
    b.decoy("one-time QR verification code")
    b.json({"kod": rid(c.rng).replace("-", "")[:24], "t": ms(c)})
    b.ok_json({"wazny": True, "dokument": "mDowod"})
    return b.build()


def status_dokumentow(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/dokumenty")
    b.ok_json(
        {"dokumenty": [{"typ": "mDowod", "status": "WAZNY"}, {"typ": "mPojazd", "status": "WAZNY"}]}
    )
    return b.build()


def powiadomienia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/powiadomienia?od={ms(c) - 86400000}")
    b.ok_json({"powiadomienia": [{"tytul": "Przypomnienie: OC pojazdu", "data": iso(c)}]})
    return b.build()
