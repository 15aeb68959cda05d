"""Posluhy: a Diia-like state-services app on the father's Samsung in Kyiv.

Signing a document with the app's qualified signature (Diia.Pidpys-style)
needs a face check: the app sends a selfie (`obrazOblychchia`, a JPEG data URI)
with its passive-liveness result to the state backend, which compares it with
the passport photo; a newer build computes a 512-float face vector on the phone
(`vektorOblychchia`); the signing flow wraps the selfie in an encrypted JWE
under `payload` (no key name says what it holds). First enrolment goes through
Innovatrics' Digital Identity Service (DIS): a customer is created, the selfie
is put to /customers/{uuid}/selfie as `{"image": {"data": base64}}`, the ID
card's back page to /document/pages. The device is bound with its ANDROID_ID
and the app's own device UUID; the document wallet call carries a SHA-256 of
the ANDROID_ID in a short header. The signature certificate's serial, the tax
number, the document list with the sex printed on the ID card and the signed
file's hash are ordinary data (not the phone's identifiers, not biometrics).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.posluhy.example"
DIS = "https://dot.innovatrics.com/identity/api/v1"
UA = ua("Posluhy", "4.21.0", "tato")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "posluhy", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    b.header("accept-language", "uk")
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "innovatrics-dis", method, f"{DIS}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 24)))
    return b


def prystrii(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/prystrii/pryviazaty")
    b.json(
        {
            "androidId": b.id("aid_posluhy", where="json androidId"),
            "deviceUuid": b.id("posluhy_device_uuid", where="json deviceUuid"),
            "model": "SM-A556B",
            "root": False,
            "platforma": "android",
        }
    )
    b.ok_json({"pryviazano": True})
    return b.build()


def dokumenty_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/dokumenty")
    b.header("x-a", b.id("aid_posluhy", "sha256", "header x-a", detectable=False))
    b.decoy("ID-card data: sex printed on the card, document number, tax number")
    b.ok_json(
        {
            "dokumenty": [
                {
                    "typ": "id-card",
                    "nomer": new_digits(c.rng, 9, "0"),
                    "prizvyshche": "Шевчук",
                    "imia": "Андрій",
                    "stat": "Ч",
                    "dataNarodzhennia": "1971-06-02",
                },
                {"typ": "rnokpp", "nomer": new_digits(c.rng, 10, "2")},
            ]
        }
    )
    return b.build()


def perevirka_oblychchia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pidpys/perevirka-oblychchia")
    b.bio("face_image", "json obrazOblychchia (selfie JPEG data URI) + zhyvist")
    b.json(
        {
            "sesiia": rid(c.rng),
            "obrazOblychchia": "data:image/jpeg;base64," + _jpeg(c),
            "zhyvist": {"typ": "passive", "otsinka": rf(c.rng, 0.8, 0.99, 3)},
            "chas": iso(c),
        }
    )
    b.ok_json({"zbih": True, "skhozhist": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def vektor_oblychchia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/pidpys/perevirka-oblychchia")
    b.bio("face_embedding", "json vektorOblychchia (512 float32, base64)")
    b.json(
        {
            "sesiia": rid(c.rng),
            "vektorOblychchia": floats_b64(floats(c.rng, 512)),
            "model": "fv-512-v3",
            "zhyvist": rf(c.rng, 0.8, 0.99, 3),
        }
    )
    b.ok_json({"zbih": True})
    return b.build()


def pidpys_jwe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pidpys/krok/3")
    b.bio("face_image", "json payload (JWE wrapping the selfie)", detectable=False)
    header = b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM"}')
    jwe = ".".join(
        [header, b64url(c.rng.randbytes(256)), b64url(c.rng.randbytes(12)),
         b64url(c.rng.randbytes(900)), b64url(c.rng.randbytes(16))]
    )  # fmt: skip
    b.json({"payload": jwe, "krok": 3})
    b.ok_json({"krok": 4})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _dis(c, "POST", "customers")
    uuid = rid(c.rng)
    b.decoy("customer uuid of the KYC service")
    b.ok_json({"id": uuid, "links": {"self": f"/api/v1/customers/{uuid}"}}, 200)
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data to DIS /selfie")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 0.99, 3),
                "faceRectangle": {
                    "topLeft": {"x": 112, "y": 96},
                    "bottomRight": {"x": 402, "y": 460},
                },
            }
        }
    )
    return b.build()


def dis_document_back(c: Context) -> Flow:
    b = _dis(c, "PUT", f"customers/{rid(c.rng)}/document/pages")
    b.decoy("ID card back page image (no face)")
    b.json(
        {
            "image": {"data": _jpeg(c)},
            "advice": {"classification": {"pageTypes": ["back"], "countries": ["UKR"]}},
        }
    )
    b.ok_json({"documentType": {"type": "identity-card"}, "pageType": "back"})
    return b.build()


def sertyfikat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/pidpys/sertyfikat")
    b.decoy("qualified-signature certificate serial (the CA's, not the phone's)")
    b.ok_json(
        {
            "seriinyiNomer": new_hex(c.rng, 40).upper(),
            "vydavets": "КНЕДП ДІЯ",
            "diiePo": "2026-03-14",
        }
    )
    return b.build()


def pidpysaty(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pidpys/dokument")
    b.decoy("sha256 of the signed file, request id")
    b.json(
        {
            "nazvaFailu": "dovirennist.pdf",
            "hesh": new_hex(c.rng, 64),
            "alhorytm": "DSTU-4145",
            "zapyt": rid(c.rng),
        }
    )
    b.ok_json({"status": "pidpysano", "kvytantsiia": new_digits(c.rng, 12)})
    return b.build()


def poslugy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/posluhy?katehoriia=vpo")
    b.ok_json(
        {
            "posluhy": [
                {"kod": k, "nazva": n}
                for k, n in (("vpo", "Довідка ВПО"), ("pod", "Податки"), ("shtr", "Штрафи"))
            ]
        }
    )
    return b.build()
