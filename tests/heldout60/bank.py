"""A Nordic challenger bank ("Pohjola Pocket"-like "Säästö") with an ID-selfie
liveness check on onboarding and a voice-ID for its phone service.

Real API: Onfido v3.6 live photos (POST api.eu.onfido.com/v3.6/live_photos,
multipart form with applicant_id, file (JPEG) and advanced_validation;
answer {id, href, download_href, file_name, file_size}), per the Onfido API
reference and the onfido-python client. The bank's own backend forwards the
face-match result, enrols a voiceprint, binds the phone (ANDROID_ID) and
serves ordinary banking calls.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.saasto-pankki.fi"
UA = ua("Saasto", "4.3.1")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "saasto", method, API + path)
    b.header("user-agent", UA)
    b.header("x-customer", b.acct("bank_user"))
    return b


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("authorization", "Token token=" + new_hex(c.rng, 40))
    b.header("user-agent", "onfido-android-sdk/19.2.0")
    boundary = new_uuid(c.rng)
    parts = [
        ("applicant_id", None, None, new_uuid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 1200)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart file selfie.jpg to Onfido live_photos")
    b.ok_json(
        {
            "id": new_uuid(c.rng),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 1222,
        }
    )
    return b.build()


def face_match_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tunnistus/kasvot/tulos")
    b.json(
        {
            "faceMatch": {
                "similarity": rf(c.rng, 0.6, 0.99, 3),
                "threshold": 0.75,
                "livenessScore": rf(c.rng, 0.7, 1, 3),
                "headPose": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, -8, 8, 1)},
            },
            "faceLandmarks": [[rf(c.rng, 200, 420, 1), rf(c.rng, 180, 460, 1)] for _ in range(68)],
            "docType": "passport",
            "checkId": new_uuid(c.rng),
        }
    )
    b.bio("face_analysis", "body faceMatch / faceLandmarks (68 points) of the selfie")
    b.ok_json({"status": "approved"})
    return b.build()


def face_embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tunnistus/kasvot/malli")
    b.json(
        {"kasvomalli": floats_b64(floats(c.rng, 512)), "malliVersio": "arcface-r100", "norm": True}
    )
    b.bio("face_embedding", "body kasvomalli (512-float face embedding, base64)")
    b.ok_json({"ok": True})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/tunnistus/lv")
    b.json({"blob": b64(c.rng.randbytes(900)), "alg": "A256GCM", "kid": "lv-2024"})
    b.bio("face_image", "body blob (encrypted liveness frames)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/puhelinpalvelu/aanitunniste")
    boundary = "----" + new_hex(c.rng, 16)
    parts = [
        ("enrollmentType", None, None, b"voiceprint"),
        ("passphrase", None, None, "Minun ääneni on tunnukseni".encode()),
        ("sample", "enrol_1.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 1600)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voiceprint", "multipart sample enrol_1.wav for voiceprint enrolment")
    b.ok_json({"speakerProfileId": new_uuid(c.rng), "remainingSamples": c.rng.randint(0, 2)})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/laite/sido")
    b.json(
        {
            "laiteTunniste": b.id("aid_bank", where="body laiteTunniste"),
            "julkinenAvain": b64(c.rng.randbytes(65)),
            "malli": "Pixel 7a",
            "nimi": "Elinin puhelin",
        }
    )
    b.ok_json({"sidottu": True})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/tilit/FI" + new_digits(c.rng, 16) + "/tapahtumat")
    rows = [
        {
            "arkistointitunnus": new_digits(c.rng, 18),
            "summa": rf(c.rng, -80, -2, 2),
            "saaja": c.rng.choice(["HSL", "Alepa", "Unisport", "Kanava TV"]),
            "pvm": iso(c)[:10],
        }
        for _ in range(8)
    ]
    b.ok_json({"tapahtumat": rows, "saldo": rf(c.rng, 10, 2000, 2)})
    b.decoy("account transactions incl. a streaming subscription payment (not a watch log)")
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/asiakkuus/tiedot")
    b.json(
        {
            "sukupuoli": c.rng.choice(["nainen", "mies", "muu"]),
            "ammatti": "opiskelija",
            "kansalaisuus": "FI",
            "varojenAlkupera": "opintotuki",
            "pep": False,
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared gender and occupation on a KYC form (not biometric)")
    return b.build()


def card_controls(c: Context) -> Flow:
    b = _b(c, "PATCH", f"/v1/kortit/{new_hex(c.rng, 12)}")
    b.json(
        {
            "pan": "4" + new_digits(c.rng, 5) + "******" + new_digits(c.rng, 4),
            "verkkoostot": True,
            "maksuraja": 500,
            "paivitetty": ms(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("card controls with a masked card number")
    return b.build()
