"""eIdentitate: a government e-ID app (Romanian CEI / Moldovan MPass style onboarding).

It reads the ID card's chip over NFC, compares a live selfie with the chip photo,
runs face analysis (head pose, estimated age) for liveness, and enrols a voice
sample for the phone helpline. The submission of a newer build is a JWE whose
payload nobody can read (opaque). The MRZ OCR boxes, the form's declared sex and
the CNP (a personal number, an account) are not biometric or device data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, b64url, fake_jpeg, fake_wav

from .phone import FB, iso, rf, rid, ua

API = "https://api.eidentitate.example"
UA = ua("eIdentitate", "1.9.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "eidentitate", method, url)
    b.header("user-agent", UA)
    b.header("x-device-android-id", b.id("aid_eid", where="header x-device-android-id"))
    return b


def face_compare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/verificare/fata-vs-cip")
    b.bio("face_image", "json imagine_fata (selfie for chip photo comparison)")
    b.json(
        {
            "imagine_fata": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)),
            "sursa_referinta": "cip_nfc_DG2",
            "sesiune": rid(c.rng),
        }
    )
    b.ok_json({"potrivire": True, "similaritate": rf(c.rng, 0.8, 0.98, 3)})
    return b.build()


def face_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/liveness/rezultat")
    b.bio("face_analysis", "json analiza_fata (head pose, age, blink from the face)")
    b.json(
        {
            "analiza_fata": {
                "yaw": rf(c.rng, -20, 20, 2),
                "pitch": rf(c.rng, -15, 15, 2),
                "roll": rf(c.rng, -8, 8, 2),
                "varsta_estimata": c.rng.randint(35, 45),
                "clipit": True,
                "zambet": rf(c.rng, 0, 1, 2),
            },
            "cadre": 24,
            "la": iso(c),
        }
    )
    b.ok_json({"viu": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ru/golos/registratsiya")
    b.bio("voiceprint", "json golosovoy_obrazets (speaker enrolment audio, romanised Russian)")
    b.json(
        {
            "golosovoy_obrazets": b64(fake_wav(c.rng.randint(0, 10**9), 900)),
            "tip": "enrolment_vorbitor",
            "yazyk": "ru-MD",
        }
    )
    b.ok_json({"zaregistrirovano": True})
    return b.build()


def sealed_submission(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.bio("face_image", "json jwe (encrypted payload holding the selfie)", detectable=False)
    hdr = b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM"}')
    blob = ".".join(
        [hdr] + [b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (256, 12, 1400, 16)]
    )
    b.json({"jwe": blob})
    b.ok_json({"ok": True})
    return b.build()


def mrz_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/document/ocr")
    b.decoy("MRZ OCR boxes of the ID card (text boxes, not a face)")
    b.json(
        {
            "linii": [
                {"text": "IDROU" + "<" * 20, "box": [12, 40 + i * 30, 600, 64 + i * 30]}
                for i in range(3)
            ]
        }
    )
    b.ok_json({"nume": "RUSU", "prenume": "IOANA"})
    return b.build()


def form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cont/date-personale")
    b.decoy("self-declared sex on a form, CNP (personal number: an account, not a device)")
    b.json(
        {
            "cnp": b.acct("cnp"),
            "sex": "F",
            "email": b.id("email", where="json email"),
            "judet": "Cluj",
            "localitate": "Cluj-Napoca",
        }
    )
    b.ok_json({"salvat": True})
    return b.build()
