"""Gov.il Mezahe: the government app that verifies a citizen by face against the
biometric ID card's photo (liveness selfie, face template, match score). Keys
are the in-house team's Hebrew transliteration (`tmunat_panim`, `tavnit_panim`)
or the vendor SDK's English. The ID card's OCR boxes, the form's self-declared
gender (`min`) and the appointment queue are not biometric data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.mezahe.gov-il.example"
UA = ua("GovIlMezahe", "2.9.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gov-mezahe", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def liveness_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/imut/chaiut")
    boundary = "----mezahe" + rid(c.rng)[:12]
    b.bio("face_image", "multipart tmunat_panim (liveness selfie)")
    parts = [
        ("teudat_zehut", None, None, b.acct("teudat_zehut").encode()),
        ("tmunat_panim", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
        ("etgar_chaiut", None, None, c.rng.choice(["mitzmutz", "sivuv_rosh"]).encode()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"chai": True, "tziun": rf(c.rng, 0.9, 1, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/imut/hashvaat-panim")
    b.bio("face_embedding", "json tavnit_panim (base64 float32, 512)")
    b.json(
        {
            "tavnit_panim": floats_b64(floats(c.rng, 512)),
            "girsat_model": "arcface-r100-v3",
            "mekor": "teuda_biometrit",
        }
    )
    b.ok_json({"hatama": rf(c.rng, 0.7, 0.99, 3), "ushar": True})
    return b.build()


def face_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/imut/quality")
    b.bio("face_landmarks", "json faceLandmarks (106 points) + headPose")
    b.json(
        {
            "faceLandmarks": [[rf(c.rng, 100, 500, 1), rf(c.rng, 120, 560, 1)] for _ in range(106)],
            "headPose": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
            "eyesOpen": True,
        }
    )
    b.ok_json({"quality": "good"})
    return b.build()


def opaque_capture(c: Context) -> Flow:
    """The SDK's sealed capture package: an encrypted blob under `p`."""
    b = _b(c, "POST", f"{API}/v1/sdk/pkg")
    b.bio("face_image", "json p (encrypted capture package)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(900))), "v": 5})
    b.ok_json({"r": 0})
    return b.build()


def device_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/machshir/rishum")
    b.json(
        {
            "android_id": b.id("aid_gov", where="json android_id"),
            "install_uuid": b.id("gov_install", where="json install_uuid"),
            "os": "android-14",
        }
    )
    b.ok_json({"token": b64(rid(c.rng))})
    return b.build()


def id_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/teuda/ocr")
    b.decoy("ID card OCR boxes (text fields, not a face)")
    b.json(
        {
            "sadot": [
                {"shem": "shem_prati", "box": [rf(c.rng, 0, 300, 0) for _ in range(4)]},
                {"shem": "taarich_leida", "box": [rf(c.rng, 0, 300, 0) for _ in range(4)]},
            ]
        }
    )
    b.ok_json({"shem_prati": "נועה", "taarich_leida": "1988-03-14"})
    return b.build()


def form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tofes/ktovet")
    b.decoy("address-change form with self-declared gender (min), not face analysis")
    b.json(
        {
            "min": c.rng.choice(["nekeva", "zachar"]),
            "ir": "באר שבע",
            "rechov": "רגר 12",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"mispar_pnia": c.rng.randint(10**6, 10**7)})
    return b.build()


def queue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tor?snif=haifa&date=2026-11-24")
    b.decoy("appointment slots")
    b.ok_json(
        {
            "tor": [{"shaa": f"{h}:00", "panui": c.rng.random() < 0.5} for h in range(8, 14)],
            "at": iso(c),
        }
    )
    return b.build()
