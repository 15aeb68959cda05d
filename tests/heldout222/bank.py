"""Bank Aseman: a retail bank app with face login, Persian UI (the father's
Galaxy A34 in Tehran).

Face recognition is bought from a local Iranian vendor (the fictional
Chehreshenas): onboarding (`ehraz-e hoviat`, the remote identity check Iranian
banks run against the national-card photo) posts the selfie to the vendor's
`/face/verify` with the national code, the liveness step sends the 68 face
landmarks and head pose it tracked, and enrolment stores a 512-float face
embedding. Daily login computes the template on the phone and sends it to the
bank as `bordarChehreh` (face vector) with a liveness score; a newer build
sends it as protobuf packed floats, and a fallback liveness step sends three
frames as nameless multipart parts. Device binding sends the ANDROID_ID and
the bank's own device uid. The national card's back side (no photo) through
the vendor's OCR, the profile avatar, the self-declared gender, transfers
(Sheba numbers), exchange rates and OTPs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.bankaseman.example"
FACE = "https://api.chehreshenas.example"
UA = ua("BankAseman", "8.2.0", "baba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankaseman", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "fa")
    return b


def _vendor(c: Context, path: str) -> FB:
    b = FB(c, "chehreshenas", "POST", f"{FACE}/{path}")
    b.header("user-agent", "okhttp/4.11.0")
    b.header("x-api-key", new_hex(c.rng, 32))
    return b


def _national_code(c: Context) -> str:
    return "00" + new_digits(c.rng, 8)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dastgah/etesal")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceUid": b.id("bank_device_uid", where="json deviceUid"),
            "model": "SM-A346E",
            "root": False,
            "emulator": False,
            "nosakheApp": "8.2.0",
        }
    )
    b.ok_json({"vasl": True, "otpErsal": True})
    return b.build()


def face_verify_selfie(c: Context) -> Flow:
    b = _vendor(c, "v2/face/verify")
    b.bio("face_image", "multipart selfie (face verify against national-card photo)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("nationalCode", None, None, _national_code(c).encode()),
            ("birthDate", None, None, b"1347/06/21"),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "match": True,
            "similarity": rf(c.rng, 0.82, 0.98, 3),
            "trackingCode": new_hex(c.rng, 20),
        }
    )
    return b.build()


def face_liveness_landmarks(c: Context) -> Flow:
    b = _vendor(c, "v2/face/liveness")
    b.bio("face_landmarks", "json frames[].landmarks (68 points) + headPose")
    frames = []
    for _ in range(3):
        frames.append(
            {
                "landmarks": [[rf(c.rng, 80, 400, 1), rf(c.rng, 100, 520, 1)] for _ in range(68)],
                "headPose": {
                    "yaw": rf(c.rng, -25, 25, 2),
                    "pitch": rf(c.rng, -15, 15, 2),
                    "roll": rf(c.rng, -8, 8, 2),
                },
                "eyeOpen": [rf(c.rng, 0, 1, 2), rf(c.rng, 0, 1, 2)],
                "t": ms(c),
            }
        )
    b.json({"challenge": c.rng.choice(["cheshmak", "labkhand", "charkhesh"]), "frames": frames})
    b.ok_json({"live": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _vendor(c, "v2/face/enroll")
    b.bio("face_embedding", "json embedding (512 floats)")
    b.json(
        {
            "customerRef": b.acct("bank_user"),
            "embedding": floats(c.rng, 512),
            "model": "chs-arcface-512",
            "quality": rf(c.rng, 0.6, 0.95, 3),
        }
    )
    b.ok_json({"enrolled": True, "faceId": new_hex(c.rng, 24)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/vorud/chehreh")
    b.bio("face_template", "json bordarChehreh (512 float32 base64) + emtiazZendeBudan")
    b.json(
        {
            "shomareMoshtari": b.acct("bank_user"),
            "bordarChehreh": floats_b64(floats(c.rng, 512)),
            "noeBordar": "chs-arcface-512",
            "emtiazZendeBudan": rf(c.rng, 0.85, 0.99, 3),
            "zaman": iso(c),
        }
    )
    b.ok_json({"movafagh": True, "shebahat": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/v")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    body += pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ehraz/m3")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"marhale": 4})
    return b.build()


def card_back_ocr(c: Context) -> Flow:
    b = _vendor(c, "v2/ocr/national-card/back")
    b.decoy("national card back side through OCR (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [("image", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"serial": "9" + new_digits(c.rng, 9) + "X", "expiry": "1410/01/01"})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/hesab-ha")
    b.header("x-s", b.id("aid_bank", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "hesab-ha": [
                {
                    "sheba": "IR" + new_digits(c.rng, 24),
                    "mojudi": c.rng.randint(10**6, 10**10),
                    "vahed": "IRR",
                }
            ]
        }
    )
    return b.build()


def nerkh_arz(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/nerkh-arz")
    b.ok_json(
        {
            "tarikh": "1403/09/11",
            "nerkh": {"USD": c.rng.randint(600000, 700000), "EUR": c.rng.randint(650000, 750000)},
        }
    )
    return b.build()


def enteghal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/enteghal/paya")
    b.decoy("Sheba numbers and transfer reference")
    b.json(
        {
            "azSheba": "IR" + new_digits(c.rng, 24),
            "beSheba": "IR" + new_digits(c.rng, 24),
            "mablagh": c.rng.randint(10**6, 10**8),
            "sharh": "شهریه دانشگاه تورنتو",
            "kelidYekta": rid(c.rng),
        }
    )
    b.ok_json({"peygiri": new_digits(c.rng, 12), "vaziat": "DAR_JARIAN"})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/profile/etelaat")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "nam": "رضا",
            "namKhanevadegi": "کریمی",
            "jensiat": "mard",
            "tarikhTavallod": "1347/06/21",
            "shahr": "تهران",
            "codeMelli": _national_code(c),
        }
    )
    b.ok_json({"zakhire": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/aks")
    b.decoy("profile avatar upload (not sent to a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bankaseman.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ramz-pouya/taeed")
    b.json({"ramz": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"sahih": True})
    return b.build()
