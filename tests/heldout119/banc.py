"""Banc y Bae: a Welsh challenger bank on the iPhone, with Onfido (UK) for face checks.

Onfido's SDK uploads the selfie (live photo) and a motion capture to its API and
asks for a facial-similarity check; the bank's own backend stores a face-match
score and a template ref. Card transaction lists and exchange-rate series are
look-alikes. A sign-up form with a self-declared gender is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, floats, ios_ua, iso, rf, rid

API = "https://api.bancybae.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ios_ua("BancYBae", "5.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancybae", method, url)
    b.header("user-agent", UA)
    b.header("x-banc-dyfais-id", b.id("idfv_banc", where="header x-banc-dyfais-id"))
    return b


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/live_photos")
    b.header("user-agent", "Onfido-iOS-SDK/29.6.0")
    b.header("authorization", "Token token=" + rid(c.rng))
    b.bio("face_image", "multipart file selfie.jpg to /live_photos")
    boundary = "onfido-" + rid(c.rng)[:8]
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg"}, 201)
    return b.build()


def onfido_motion(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/motion_captures")
    b.header("user-agent", "Onfido-iOS-SDK/29.6.0")
    b.header(
        "x-onfido-device", b.id("onfido_device", where="header x-onfido-device (SDK device id)")
    )
    b.bio("face_video", "multipart motion capture video of the face (liveness)")
    body = multipart(
        "mc",
        [("file", "motion.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1600))],
    )
    b.set_body(body, "multipart/form-data; boundary=mc")
    b.ok_json({"id": rid(c.rng)}, 201)
    return b.build()


def gwiriad_wyneb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dilysu/gwiriad-wyneb")
    b.bio("face_match", "json canlyniad_wyneb.sgor_tebygrwydd + templed_wyneb")
    b.json(
        {
            "cwsmer": b.acct("banc_customer"),
            "canlyniad_wyneb": {
                "sgor_tebygrwydd": rf(c.rng, 0.8, 0.99, 3),
                "bywiogrwydd": "pasio",
                "templed_wyneb": floats_b64(floats(c.rng, 128)),
            },
            "amser": iso(c),
        }
    )
    b.ok_json({"statws": "wedi_dilysu"})
    return b.build()


def wyneb_cudd(c: Context) -> Flow:
    """Step-up login: an encrypted envelope whose plaintext is the face template."""
    b = _b(c, "POST", f"{API}/v2/s")
    b.bio("face_template", "json p (AES-GCM ciphertext of the face template)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(700))
    b.json({"k": "2", "iv": b64(bytes(12)), "p": b64(blob)})
    b.ok_json({"ok": True})
    return b.build()


def trafodion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cyfrifon/trafodion?terfyn=20")
    b.decoy("card transactions with merchant coordinates")
    b.ok_json(
        {
            "trafodion": [
                {
                    "swm": rf(c.rng, 1, 80, 2),
                    "masnachwr": c.rng.choice(["Tesco Aberystwyth", "Caffi Morlan", "Spar"]),
                    "lleoliad": [rf(c.rng, 51.4, 52.5, 4), rf(c.rng, -4.2, -3.1, 4)],
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def cofrestru(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/cofrestru")
    b.decoy("sign-up form with self-declared rhywedd (gender) and date of birth")
    b.json(
        {
            "enw": "Siwan Llywelyn",
            "ebost": b.id("email", where="json ebost"),
            "rhywedd": "benyw",
            "dyddiad_geni": "1991-03-01",
            "cod_post": "SY23 2AX",
        }
    )
    b.ok_json({"cwsmer": b.acct("banc_customer")}, 201)
    return b.build()
