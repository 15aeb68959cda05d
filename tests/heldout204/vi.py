"""ViXu: a MoMo / ZaloPay-like e-wallet with eKYC and face login (the father's
Samsung in Hà Nội).

Onboarding runs eKYC with FPT.AI: the back of the citizen card (CCCD) goes to
ID recognition (`POST https://api.fpt.ai/vision/idr/vnm`, form field `image`),
the selfie and the card's front go to Face Matching v4 (`POST
https://api.fpt.ai/vision/ekyc/facematch/v4`, two `file[]` parts, header
`api_key`), and a 5-second selfie video goes to Liveness v3 (`POST
https://api.fpt.ai/vision/ekyc/liveness`, parts `video` and `cmnd`;
https://docs-vision.fpt.ai/en/ekyc/III-integration/III-2-APIs/b-APIs%20of%20AI%20Engine/liveness_api_v3).
Face login computes a face vector on the phone and sends it with a liveness
score to the wallet's backend (`khuon_mat.vector`); a newer build sends it as
protobuf packed floats; the "pay by face" step at a shop counter asks AWS
Rekognition CompareFaces directly (`X-Amz-Target:
RekognitionService.CompareFaces`, `SourceImage.Bytes`, `TargetImage.Bytes`;
https://docs.aws.amazon.com/rekognition/latest/APIReference/API_CompareFaces.html).
The in-app liveness step of the old build uploads its frames as nameless
multipart parts. Device binding sends the ANDROID_ID, the wallet's own device
key and the advertising id (the fraud engine wants it). Balance calls carry a
SHA-256 of the ANDROID_ID in a short header. Exchange rates, transfers, QR
payments, the self-declared gender on the KYC form, the card's back side and
the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.vixu.example"
FPT = "https://api.fpt.ai"
UA = ua("ViXu", "6.12.0", "bo")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vixu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-request-id", rid(c.rng))
    return b


def _fpt(c: Context, path: str) -> FB:
    b = FB(c, "fpt-ai", "POST", f"{FPT}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("api_key", new_hex(c.rng, 32))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _form(b: FB, c: Context, parts: list[tuple[str, str | None, str | None, bytes]]) -> None:
    boundary = rid(c.rng)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/thiet-bi/lien-ket")
    b.json(
        {
            "android_id": b.id("aid_vi", where="json android_id"),
            "device_key": b.id("vi_device_key", where="json device_key"),
            "advertising_id": b.id("gaid_bo", where="json advertising_id"),
            "ten_may": "Galaxy A55 5G",
            "model": "SM-A556E",
            "da_root": False,
            "gia_lap": False,
            "thoi_gian": iso(c),
        }
    )
    b.ok_json({"lien_ket": True, "gui_otp": True})
    return b.build()


def fpt_idr_back(c: Context) -> Flow:
    b = _fpt(c, "vision/idr/vnm")
    b.decoy("back side of the citizen card (no face): address, issue date, MRZ")
    _form(b, c, [("image", "cccd_sau.jpg", "image/jpeg", _jpeg(c, 600))])
    b.ok_json(
        {
            "errorCode": 0,
            "errorMessage": "",
            "data": [
                {
                    "features": "Nốt ruồi C:1cm trên sau đầu mày phải",
                    "issue_date": "10/08/2021",
                    "issue_loc": "CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
                    "type": "chip_back",
                    "mrz": ["IDVNM0" + new_digits(c.rng, 24) + "<<1"],
                }
            ],
        }
    )
    return b.build()


def fpt_facematch(c: Context) -> Flow:
    b = _fpt(c, "vision/ekyc/facematch/v4")
    b.bio("face_image", "multipart file[] x2 (selfie + card photo, FPT.AI Face Matching)")
    _form(
        b,
        c,
        [
            ("file[]", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("file[]", "cccd_truoc.jpg", "image/jpeg", _jpeg(c, 650)),
            ("validate", None, None, b"true"),
        ],
    )
    b.ok_json(
        {
            "code": "200",
            "data": {
                "isMatch": True,
                "similarity": rf(c.rng, 82, 99, 6),
                "isBothImgIDCard": False,
            },
            "message": "request successful.",
        }
    )
    return b.build()


def fpt_liveness(c: Context) -> Flow:
    b = _fpt(c, "vision/ekyc/liveness")
    b.bio("face_video", "multipart video (selfie video) + cmnd (card photo), FPT.AI Liveness")
    _form(
        b,
        c,
        [
            ("video", "selfie.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
            ("cmnd", "cccd_truoc.jpg", "image/jpeg", _jpeg(c, 600)),
        ],
    )
    b.ok_json(
        {
            "code": "200",
            "message": "request successful",
            "liveness": {
                "code": "200",
                "is_live": "true",
                "spoof_prob": str(rf(c.rng, 0.0001, 0.01, 4)),
                "need_to_review": "false",
                "is_deepfake": "false",
            },
            "face_match": {"code": "200", "isMatch": "true", "similarity": "91.2"},
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dang-nhap/khuon-mat")
    b.bio("face_template", "json khuon_mat.vector (512 float32, base64) + liveness")
    b.json(
        {
            "so_dien_thoai": b.acct("vi_user"),
            "khuon_mat": {
                "vector": floats_b64(floats(c.rng, 512)),
                "phien_ban": "vxface-3.2-512",
                "diem_liveness": rf(c.rng, 0.85, 0.99, 3),
            },
            "thoi_gian": iso(c),
        }
    )
    b.ok_json({"hop_le": True, "do_giong": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 40)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/khuon-mat/dang-ky")
    b.bio("face_embedding", "json faceEmbedding (512 floats) at enrolment")
    b.json(
        {
            "userId": b.acct("vi_user"),
            "faceEmbedding": floats(c.rng, 512),
            "model": "vxface-3.2-512",
            "device_key": b.id("vi_device_key", where="json device_key"),
        }
    )
    b.ok_json({"da_dang_ky": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/a/fl")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 40)))
    return b.build()


def rekognition_pay(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", "https://rekognition.ap-southeast-1.amazonaws.com/")
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/5.15 Dalvik/2.1.0/0 vi_VN")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20241201T" + new_digits(c.rng, 6) + "Z")
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA" + new_hex(c.rng, 16).upper()
        + "/20241201/ap-southeast-1/rekognition/aws4_request, "
        "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + new_hex(c.rng, 64),
    )  # fmt: skip
    b.bio("face_image", "json SourceImage.Bytes / TargetImage.Bytes (CompareFaces)")
    b.set_body(
        (
            '{"SimilarityThreshold":90,"SourceImage":{"Bytes":"'
            + b64(_jpeg(c))
            + '"},"TargetImage":{"Bytes":"'
            + b64(_jpeg(c, 650))
            + '"},"QualityFilter":"AUTO"}'
        ).encode(),
        "application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        (
            '{"FaceMatches":[{"Similarity":'
            + str(rf(c.rng, 91, 99.9, 3))
            + ',"Face":{"Confidence":99.9}}],"UnmatchedFaces":[]}'
        ).encode(),
    )
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/onb/s3")
    b.bio("face_image", "multipart parts p0..p2 (liveness frames, octet-stream)", detectable=False)
    _form(
        b,
        c,
        [(f"p{i}", f"{i}.dat", "application/octet-stream", _jpeg(c, 450)) for i in range(3)],
    )
    b.ok_json({"buoc": 4})
    return b.build()


def so_du_opaque(c: Context) -> Flow:
    """Balance call; the short header 'x-dk' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/vi/so-du")
    b.header("x-dk", b.id("aid_vi", "sha256", "header x-dk", detectable=False))
    b.ok_json(
        {
            "so_du": c.rng.randint(5, 900) * 10000,
            "don_vi": "VND",
            "tai_khoan_lien_ket": [
                {"ngan_hang": "Vietcombank", "so_tk": "****" + new_digits(c.rng, 4)}
            ],
        }
    )
    return b.build()


def ty_gia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ty-gia?ngay={iso(c)[:10]}")
    b.ok_json(
        {
            "USD": rf(c.rng, 25100, 25500, 0),
            "EUR": rf(c.rng, 26300, 26900, 0),
            "JPY": rf(c.rng, 160, 170, 2),
        }
    )
    return b.build()


def chuyen_tien(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/chuyen-tien")
    b.decoy("bank account number and transaction reference")
    b.json(
        {
            "den_so_tk": new_digits(c.rng, 13, "1"),
            "ngan_hang": c.rng.choice(["VCB", "TCB", "MB", "ACB", "BIDV"]),
            "so_tien": c.rng.randint(5, 500) * 10000,
            "noi_dung": c.rng.choice(
                ["Gửi tiền học cho con", "Tiền điện tháng 11", "Mẹ ơi quà Tết"]
            ),
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"ma_giao_dich": "VX" + new_digits(c.rng, 12), "trang_thai": "DANG_XU_LY"})
    return b.build()


def thanh_toan_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/thanh-toan/qr")
    b.decoy("VietQR merchant payload and terminal id")
    b.json(
        {
            "qr": "00020101021238570010A000000727012700069704220113"
            + new_digits(c.rng, 13)
            + "0208QRIBFTTA53037045802VN6304"
            + new_hex(c.rng, 4).upper(),
            "so_tien": c.rng.randint(2, 60) * 5000,
            "ma_diem_ban": "TML" + new_digits(c.rng, 6),
        }
    )
    b.ok_json({"ket_qua": "THANH_CONG", "ma_giao_dich": "VX" + new_digits(c.rng, 12)})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ekyc/thong-tin")
    b.decoy("self-declared gender, birth date and citizen card number")
    b.json(
        {
            "ho_ten": "Nguyễn Văn Hùng",
            "gioi_tinh": "Nam",
            "ngay_sinh": "1971-05-19",
            "so_cccd": "001" + new_digits(c.rng, 9),
            "que_quan": "Nam Định",
            "dia_chi": "Ngõ 12 Láng Hạ, Đống Đa, Hà Nội",
            "nghe_nghiep": "Kỹ sư",
        }
    )
    b.ok_json({"da_luu": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/ho-so/anh-dai-dien")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.vixu.example/avatar/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/otp/xac-thuc")
    b.json({"ma_otp": new_digits(c.rng, 6), "t": ms(c)})
    b.ok_json({"hop_le": True})
    return b.build()
