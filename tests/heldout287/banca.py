"""Caxa Asturiana: a regional bank's app (Xuana's Galaxy A55 in Xixón).

Onboarding and high-value transfers run a selfie face match: the app posts a
selfie (`semeya` of the `cara`, a base64 JPEG) with the ID document's photo
side and gets a similarity back; a newer build posts a face-match request with
a liveness score; the liveness step uploads its frames as nameless multipart
parts. Device binding sends the ANDROID_ID and the advertising id (the fraud
engine collects it). The "posición global" (the accounts overview, a Spanish
bank term), the customised card design ("cara" of the card: a landscape
photo), the document's back side, transfers and OTPs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://app.caxaasturiana.example"
UA = ua("CaxaAsturiana", "7.4.0", "xu")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "caxaasturiana", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _iban(c: Context) -> str:
    return "ES" + "".join(str(c.rng.randint(0, 9)) for _ in range(22))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/preseu/vincular")
    b.json(
        {
            "androidId": b.id("aid_banca", where="json androidId"),
            "advertisingId": b.id("gaid_xu", where="json advertisingId"),
            "modelu": "SM-A556B",
            "root": False,
        }
    )
    b.ok_json({"vinculáu": True, "otpUnviáu": True})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identidá/comparar-cara")
    b.bio("face_image", "json selfie (base64 JPEG of the face) for face match")
    b.json(
        {
            "cliente": b.acct("banca_user"),
            "selfie": _jpeg(c),
            "semeyaDocumentu": _jpeg(c, 500),
            "tipu": "comparanza_cara",
            "ora": iso(c),
        }
    )
    b.ok_json({"coincide": True, "similitud": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_match_v3(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/faceMatch")
    b.bio("face_image", "json faceImage (data URI) + livenessScore")
    b.json(
        {
            "faceImage": "data:image/jpeg;base64," + _jpeg(c),
            "livenessScore": rf(c.rng, 0.8, 0.99, 3),
            "operación": f"TRF{c.rng.randint(10**8, 10**9)}",
        }
    )
    b.ok_json({"resultáu": "OK", "puntuación": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/p7")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"pasu": 4})
    return b.build()


def global_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/posicion-global")
    b.decoy("'posición global' (accounts overview)")
    b.ok_json(
        {
            "posiciónGlobal": {"saldu": rf(c.rng, 500, 40000, 2), "moneda": "EUR"},
            "cuentes": [{"iban": _iban(c), "saldu": rf(c.rng, 100, 20000, 2)}],
        }
    )
    return b.build()


def card_design(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/tarxetes/{c.rng.randint(1000, 9999)}/diseñu")
    b.decoy("custom card design for the card's 'cara' (a landscape photo, no face analysis)")
    b.json({"cara": "frontal", "imaxe": _jpeg(c, 600), "motivu": "Playa de San Lorenzo"})
    b.ok_json({"aceptáu": True, "revisión": "pendiente"})
    return b.build()


def document_back(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identidá/documentu")
    b.decoy("ID document back side (cara trasera, no face on it)")
    b.json({"cara": "trasera", "imaxe": _jpeg(c, 600), "tipu": "DNI"})
    b.ok_json({"lleíu": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/tresferencies")
    b.decoy("IBAN and transfer reference")
    b.json(
        {
            "orixe": _iban(c),
            "destín": _iban(c),
            "importe": rf(c.rng, 10, 900, 2),
            "conceutu": "Sidra pa la espicha",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"referencia": f"TRF{c.rng.randint(10**9, 10**10)}", "estáu": "EN_CURSU"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verificar")
    b.json({"códigu": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"válidu": True, "token": new_hex(c.rng, 32)})
    return b.build()
