"""DigiID TH: a national digital-ID app (an identity provider on an NDID-like hub).

Enrolment and each identity-proofing request check the holder's face: a selfie
goes up as multipart (`selfie`), the liveness step sends 68 face points per
frame under romanised Thai keys (`jud_bai_na`, "face points"; `tha_hua`,
head pose), and the enrolled face template goes up as base64 float32
(`laksana_bai_na`, "face features"). The v3 client packs the template into a
gzip+base64 blob under `p` (opaque). The hub's request (`request_id`,
`min_ial`, `min_aal`), the ID card's OCR boxes, its laser code and the
card's printed sex are no biometric data.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz, multipart

from .phone import FB, bearer, floats, ipad_ua, iso, points, rf, rid, ua

API = "https://idp.digiid-th.example"
UA = ua("DigiID", "2.6.3")


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "digiid", method, url)
    b.header("authorization", bearer(c.rng))
    if ipad:
        b.header("user-agent", ipad_ua("DigiID", "2.6.3"))
        b.header("x-did-device", b.id("idfv_digiid", where="header x-did-device"))
    else:
        b.header("user-agent", UA)
        b.header("x-did-device", b.id("aid_digiid", where="header x-did-device"))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/devices")
    b.json(
        {
            "device_uuid": b.id("aid_digiid", where="json device_uuid"),
            "platform": "android",
            "push_token": "fcm:" + rid(c.rng).replace("-", ""),
            "citizen_ref": b.acct("citizen_hash"),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def selfie_verify(c: Context, ipad: bool = False) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/face/verify", ipad)
    boundary = "----DigiID" + rid(c.rng).replace("-", "")[:20]
    b.bio("face_image", "multipart selfie (face verification)")
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", f'{{"ref":"{rid(c.rng)}","mode":"1:1"}}'.encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"phon": "phan", "khlai": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def ipad_selfie(c: Context) -> Flow:
    return selfie_verify(c, ipad=True)


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/face/liveness")
    b.bio("face_landmarks", "json frames[].jud_bai_na (68 face points) + tha_hua")
    b.json(
        {
            "session": rid(c.rng),
            "frames": [
                {
                    "t": i * 66,
                    "jud_bai_na": points(c.rng, 68),
                    "tha_hua": {
                        "yaw": rf(c.rng, -20, 20, 2),
                        "pitch": rf(c.rng, -15, 15, 2),
                        "roll": rf(c.rng, -8, 8, 2),
                    },
                    "ta_kraphrip": c.rng.random() < 0.2,
                }
                for i in range(3)
            ],
        }
    )
    b.ok_json({"mi_chiwit": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/face/enrol")
    b.bio("face_embedding", "json laksana_bai_na.vector (512 float32, base64)")
    b.json(
        {
            "laksana_bai_na": {
                "version": "fr-5.2",
                "dim": 512,
                "vector": floats_b64(floats(c.rng, 512)),
            },
            "ial": 2.3,
            "created": iso(c),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v3/x")
    b.bio("face_embedding", "json p = base64(gzip(float32[512]))", detectable=False)
    raw = struct.pack("<512f", *floats(c.rng, 512))
    b.json({"p": b64(gz(raw)), "k": 3})
    b.no_content()
    return b.build()


def ndid_request(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/idp/v1/requests/pending")
    b.decoy("identity-proofing request from the hub (request ids, assurance levels)")
    b.ok_json(
        {
            "requests": [
                {
                    "request_id": rid(c.rng).replace("-", "") + rid(c.rng).replace("-", ""),
                    "rp_name": c.rng.choice(["ธนาคารกรุงสยาม", "PaoNgern", "บริษัทประกันชีวิต"]),
                    "min_ial": 2.3,
                    "min_aal": 2.2,
                    "request_message": "ยืนยันตัวตนเพื่อเปิดบัญชี (Ref: "
                    + str(c.rng.randint(100000, 999999))
                    + ")",
                    "expire_at": iso(c),
                }
            ]
        }
    )
    return b.build()


def _laser_code(c: Context) -> str:
    """The code printed on the back of a Thai ID card (a card number, not biometric)."""
    return f"JT{c.rng.randint(1, 9)}-{c.rng.randint(10**6, 10**7)}-{c.rng.randint(10, 99)}"


def idcard_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/idcard/ocr")
    b.decoy("ID-card OCR boxes, laser code, printed sex on the card (not biometric)")
    b.json({"image_ref": rid(c.rng), "side": "front"})
    b.ok_json(
        {
            "fields": [
                {
                    "name": n,
                    "box": [c.rng.randint(0, 600) for _ in range(4)],
                    "conf": rf(c.rng, 0.8, 1, 2),
                }
                for n in ("chue_thai", "chue_eng", "wan_koet", "thi_yu")
            ],
            "laser_code": _laser_code(c),
            "phet": c.rng.choice(["ชาย", "หญิง"]),
        }
    )
    return b.build()


def consent_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idp/v1/consent")
    b.decoy("consent record with request id")
    b.json({"request_id": rid(c.rng), "yinyom": True, "at": iso(c)})
    b.no_content()
    return b.build()
