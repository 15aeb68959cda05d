"""Spaarnebank: the dispatcher opens an account; the bank's onboarding uses Onfido.

Onfido's SDK uploads the dispatcher's live selfie (`/v3.6/live_photos`) and a short
liveness video (`/v3.6/live_videos`): biometric. The bank's own app re-sends the
selfie to its face-match service inside an encrypted envelope (`p`, AES-GCM,
base64): biometric but unreadable. The identity-document upload (front of the
ID card, `/v3.6/documents`) is labelled NOT biometric: it is a document scan for
OCR and MRZ checks; the portrait on it is printed, not captured, and the face
match this flow feeds reads the live photo (ambiguous; chosen and reported).
The check's verdict carries no face data. Device binding sends the bank app's
ANDROID_ID and its binding key id.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .phone import FB, iso, ua

API = "https://api.spaarnebank.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("Spaarnebank", "3.41.0")


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}{path}")
    b.header("user-agent", "Onfido-Android-SDK/19.2.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 60))
    return b


def _multipart(b: FB, parts: list[tuple[str, str | None, str | None, bytes]]) -> None:
    boundary = "onfido" + new_hex(b.ctx.rng, 16)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


def live_photo(c: Context) -> Flow:
    b = _onfido(c, "/live_photos")
    b.bio("face_image", "multipart file selfie.jpg to /live_photos")
    _multipart(
        b,
        [
            ("applicant_id", None, None, new_uuid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.ok_json({"id": new_uuid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg"}, 201)
    return b.build()


def live_video(c: Context) -> Flow:
    b = _onfido(c, "/live_videos")
    b.bio("face_video", "multipart file liveness.mp4 + challenge (turn head) to /live_videos")
    challenge = '[{"type":"recite","query":[4,7,1]},{"type":"movement","query":"turnLeft"}]'
    _multipart(
        b,
        [
            ("applicant_id", None, None, new_uuid(c.rng).encode()),
            ("challenge", None, "application/json", challenge.encode()),
            ("file", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
        ],
    )
    b.ok_json({"id": new_uuid(c.rng), "created_at": iso(c)}, 201)
    return b.build()


def document(c: Context) -> Flow:
    b = _onfido(c, "/documents")
    b.decoy("ID card front scan for OCR/MRZ: a document, not a face capture (reported choice)")
    _multipart(
        b,
        [
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"front"),
            ("issuing_country", None, None, b"NLD"),
            ("file", "document_front.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.ok_json({"id": new_uuid(c.rng), "type": "national_identity_card"}, 201)
    return b.build()


def sealed_selfie(c: Context) -> Flow:
    b = FB(c, "spaarnebank", "POST", f"{API}/onboarding/v2/stap/5")
    b.header("user-agent", UA)
    b.bio("face_image", "json p (AES-GCM envelope of the selfie, base64)", detectable=False)
    b.json({"p": b64(c.rng.randbytes(1400)), "iv": b64(c.rng.randbytes(12)), "kid": "k3"})
    b.ok_json({"volgende": "stap/6"})
    return b.build()


def check_result(c: Context) -> Flow:
    b = FB(c, "spaarnebank", "GET", f"{API}/onboarding/v2/status")
    b.header("user-agent", UA)
    b.decoy("KYC verdict (clear / consider) and the customer number: no face data")
    b.ok_json(
        {
            "resultaat": "clear",
            "klantnummer": b.acct("bank_customer"),
            "controles": {"document": "clear", "gezichtsvergelijking": "clear"},
        }
    )
    return b.build()


def bind_device(c: Context) -> Flow:
    b = FB(c, "spaarnebank", "POST", f"{API}/apparaat/v1/koppelen")
    b.header("user-agent", UA)
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "bindingKeyId": b.id("bank_binding", where="json bindingKeyId"),
            "publicKey": b64(c.rng.randbytes(65)),
            "model": "SM-A546B",
        }
    )
    b.ok_json({"gekoppeld": True, "sinds": iso(c)})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = FB(c, "spaarnebank", "POST", f"{API}/onboarding/v2/stap/2")
    b.header("user-agent", UA)
    b.decoy("sign-up form: self-declared gender, birth date, address (not biometric)")
    b.json(
        {
            "geslacht": "v",
            "geboortedatum": "1991-03-14",
            "postcode": "3072 AP",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"volgende": "stap/3"})
    return b.build()
