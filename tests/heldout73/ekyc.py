"""The eKYC vendor calls of the ViTiền e-wallet (wallet.py), as public integration code shows them:
- VNPT eKYC (api.idg.vnpt.vn): `POST /file-service/v1/addFile` multipart
  (file, title, description) returns a hash; `/ai/v1/face/liveness` takes
  JSON {img, client_session, token}; `/ai/v1/face/compare` {img_front,
  img_face, client_session, token} answers {object: {prob, msg}}; headers
  Token-id, Token-key, Authorization, mac-address. The Android SDK's
  client_session is "ANDROID_<model>_<os>_Device_<ver>_<device id>_<ts>"
  (seen in public integrations, e.g. PhamVanThanh2111/TaKaHome_BE and
  github code using VNPT_FACE_MATCH_URL).
- FPT.AI Reader (docs.fpt.ai/docs/en/vision/api/liveness): liveness
  `POST /dmp/liveness/v3` multipart (video, cmnd), facematch
  `POST /dmp/checkface/v1` multipart file[] x2, header api-key.
- ADVANCE.AI (doc.advance.ai/face_recognition.html):
  `POST /openapi/face-recognition/v4/check` multipart firstImage /
  secondImage, header X-ACCESS-TOKEN.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .phone import FB, ms, rf

VNPT = "https://api.idg.vnpt.vn"


def _vnpt(c: Context, path: str) -> FB:
    b = FB(c, "wallet-vnpt", "POST", VNPT + path)
    b.header("token-id", "8f2c" + new_hex(c.rng, 4) + "-cb14-62fa-e063-62199f0ab40b")
    b.header("token-key", "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJB" + new_hex(c.rng, 16))
    b.header("authorization", "bearer " + new_hex(c.rng, 48))
    b.header("mac-address", b.id("aid_vi", where="header.mac-address"))
    return b


def _session(b: FB, c: Context) -> str:
    aid = b.id("aid_vi", where="body.client_session (embedded)", detectable=False)
    return f"ANDROID_CPH2599_14_Device_2.3.1_{aid}_{ms(c)}"


def vnpt_add_file(c: Context) -> Flow:
    b = _vnpt(c, "/file-service/v1/addFile")
    bnd = "----" + new_hex(c.rng, 24)
    img = fake_jpeg(c.rng.randint(0, 1 << 30), 1100)
    parts = [
        ("file", "face_selfie.jpg", "image/jpeg", img),
        ("title", None, None, b"anh chan dung"),
        ("description", None, None, b"ekyc face"),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.file (face_selfie.jpg to eKYC)")
    b.ok_json(
        {
            "message": "IDG-00000000",
            "object": {"hash": "idg2025" + new_hex(c.rng, 20), "fileType": "jpg"},
        }
    )
    return b.build()


def vnpt_liveness(c: Context) -> Flow:
    b = _vnpt(c, "/ai/v1/face/liveness")
    b.json(
        {
            "img": b64(fake_jpeg(c.rng.randint(0, 1 << 30), 700)),
            "client_session": _session(b, c),
            "token": new_uuid(c.rng),
        }
    )
    b.bio("face_image", "body.img (face liveness)")
    b.ok_json(
        {
            "message": "IDG-00000000",
            "object": {"liveness": "success", "face_swapping": False, "fake_liveness": False},
        }
    )
    return b.build()


def vnpt_compare(c: Context) -> Flow:
    b = _vnpt(c, "/ai/v1/face/compare")
    b.json(
        {
            "img_front": "idg2025" + new_hex(c.rng, 20),
            "img_face": "idg2025" + new_hex(c.rng, 20),
            "client_session": _session(b, c),
            "token": new_uuid(c.rng),
        }
    )
    prob = rf(c.rng, 80, 99.9, 2)
    b.mark("biometric", "face_match", "response.object (face compare result)", True, "response")
    b.ok_json(
        {
            "message": "IDG-00000000",
            "object": {"result": f"Khuôn mặt khớp {prob}%", "msg": "MATCH", "prob": prob},
        }
    )
    return b.build()


def fpt_liveness(c: Context) -> Flow:
    b = FB(c, "wallet-fpt", "POST", "https://api.fpt.ai/dmp/liveness/v3")
    b.header("api-key", new_hex(c.rng, 32))
    bnd = "okhttp" + new_hex(c.rng, 16)
    parts = [
        ("video", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 1 << 30), 1400)),
        ("cmnd", "portrait.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 700)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_video", "body.video (liveness selfie video)")
    b.ok_json(
        {
            "code": "200",
            "liveness": {"code": "200", "is_live": "true", "spoof_prob": "0.02"},
            "face_match": {"isMatch": "true", "similarity": str(rf(c.rng, 85, 99, 2))},
        }
    )
    return b.build()


def fpt_checkface(c: Context) -> Flow:
    b = FB(c, "wallet-fpt", "POST", "https://api.fpt.ai/dmp/checkface/v1")
    b.header("api-key", new_hex(c.rng, 32))
    bnd = "okhttp" + new_hex(c.rng, 16)
    parts = [
        ("file[]", f"img{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 600))
        for i in (1, 2)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.file[] (two faces to checkface)")
    b.ok_json(
        {
            "code": "200",
            "data": {"isMatch": True, "similarity": rf(c.rng, 80, 99, 2), "isBothImgIDCard": False},
        }
    )
    return b.build()


def advance_compare(c: Context) -> Flow:
    b = FB(c, "wallet-advance", "POST", "https://api.advance.ai/openapi/face-recognition/v4/check")
    b.header("x-access-token", "eyJhbGciOiJIUzI1NiJ9." + new_hex(c.rng, 40))
    bnd = "okhttp" + new_hex(c.rng, 16)
    parts = [
        ("firstImage", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 700)),
        ("secondImage", "id_photo.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 700)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.firstImage/secondImage (face comparison)")
    b.ok_json(
        {
            "code": "SUCCESS",
            "message": "OK",
            "data": {"similarity": rf(c.rng, 60, 95, 1)},
            "transactionId": new_hex(c.rng, 16),
            "pricingStrategy": "PAY",
        }
    )
    return b.build()
