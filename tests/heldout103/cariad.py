"""Cariad: a dating app for Welsh speakers, with selfie verification and face filters.

Verification posts a posed selfie to `/dilysu/hunlun` (verify / selfie) to be
matched against the profile photos; the camera filters send the face's 68
landmark points (`pwyntiau_wyneb`); the photo coach's face analysis (estimated
age, smile, head pose from the face) goes to the app's analytics; the duplicate-
account check posts a face embedding in base64 float32 under `e`. Profile photos
put into object storage, the dog-photo "pet match" (a dog's face), the
self-declared gender and the nearby-profiles coordinates are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from . import sdks
from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://api.cariad.example"
UA = ua("Cariad", "2.8.1")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "cariad", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if device:
        b.header("x-cariad-dyfais", b.id("aid_cariad", where="header x-cariad-dyfais"))
    return b


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dilysu/hunlun", device=True)
    b.bio("face_image", "multipart hunlun (selfie for face match)")
    boundary = new_hex(c.rng, 30)
    body = multipart(
        boundary,
        [
            (
                "ystum",
                None,
                None,
                c.rng.choice(["bawd_i_fyny", "llaw_ar_foch", "edrych_i_r_chwith"]).encode(),
            ),
            ("hunlun", "hunlun.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"statws": "yn_prosesu", "cais": rid(c.rng)})
    return b.build()


def filter_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/hidlwyr/cymhwyso")
    b.bio("face_landmarks", "json wyneb.pwyntiau_wyneb (68 points)")
    b.json(
        {
            "hidlydd": c.rng.choice(["het_gymreig", "draig", "sbectol_haul"]),
            "wyneb": {
                "pwyntiau_wyneb": points(c.rng, 68),
                "ongl_pen": {"yaw": rf(c.rng, -25, 25, 1), "pitch": rf(c.rng, -15, 15, 1)},
            },
        }
    )
    b.ok_json({"effaith_url": f"https://effeithiau.cariad.example/{new_hex(c.rng, 16)}.webp"})
    return b.build()


def photo_coach_analytics(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/dadansoddeg/digwyddiad")
    b.bio("face_attributes", "json priodweddau.wyneb_* (age, smile, head pose from the face)")
    b.json(
        {
            "digwyddiad": "llun_wedi_sgorio",
            "priodweddau": {
                "wyneb_oed_amcan": c.rng.randint(22, 45),
                "wyneb_gwen": rf(c.rng, 0, 1, 2),
                "wyneb_emosiwn": c.rng.choice(["hapus", "niwtral", "syn"]),
                "wyneb_gogwydd": rf(c.rng, -20, 20, 1),
                "sgor_llun": rf(c.rng, 3, 10, 1),
            },
            "amser": iso(c),
        }
    )
    b.no_content()
    return b.build()


def duplicate_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ch")
    b.bio("face_embedding", "json e (base64 float32, 128-d)", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 128)), "m": 4})
    b.ok_json({"d": False})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = FB(c, "cariad", "PUT", f"https://lluniau.cariad.example/proffil/{new_hex(c.rng, 24)}.jpg")
    b.header("user-agent", UA)
    b.decoy("profile photo into object storage: an image, not sent to a face API")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.respond(200, None, headers=[("etag", '"' + new_hex(c.rng, 32) + '"')])
    return b.build()


def pet_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/anifeiliaid/ci")
    b.decoy("dog-face landmarks (an animal's face is not biometric)")
    b.json(
        {
            "brid": "ci_defaid",
            "pwyntiau_wyneb_ci": points(c.rng, 9),
            "llun": f"ci_{new_hex(c.rng, 8)}.jpg",
        }
    )
    b.ok_json({"brid_tebyg": "Border Collie", "hyder": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def profile_update(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/v1/proffil")
    b.decoy("self-declared gender (rhywedd) and height on a profile form")
    b.json(
        {
            "rhywedd": c.rng.choice(["menyw", "dyn", "anneuaidd"]),
            "chwilio_am": ["dyn"],
            "taldra_cm": c.rng.randint(155, 190),
            "ieithoedd": ["cy", "en"],
            "bio": "Caru'r Wyddfa a phaned.",
        }
    )
    b.ok_json({"diweddarwyd": iso(c)})
    return b.build()


def nearby(c: Context) -> Flow:
    lat, lon = rf(c.rng, 52.9, 53.2, 4), rf(c.rng, -4.5, -3.9, 4)
    b = _b(c, "GET", f"{API}/api/v1/gerllaw?lat={lat}&lon={lon}&radiws_km=40")
    b.decoy("nearby profiles with distances and coordinates")
    b.ok_json(
        {
            "proffiliau": [
                {"id": f"c{c.rng.randint(10**10, 10**11)}", "pellter_km": rf(c.rng, 1, 40, 1)}
                for _ in range(6)
            ]
        }
    )
    return b.build()


def firebase(c: Context) -> Flow:
    return sdks.firebase_installation(c, "cariad-app", "cariad_fid")


def measurement(c: Context) -> Flow:
    return sdks.app_measurement(
        c, "cariad_app_instance", c.rng.choice(["swipe", "match", "screen_view"])
    )
