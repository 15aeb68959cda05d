"""ViTien: an e-wallet with eKYC (national ID card OCR, selfie with liveness, face
match) through Vietnamese eKYC vendors (VNPT eKYC, FPT.AI), and face login. The
selfie, liveness frames, face vector and face-match result are biometric; the ID
card OCR result, QR payments and the device binding are not (the binding carries
device ids). Newer builds encrypt every eKYC body (opaque).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, builder, floats, ms, rf, rid, ua

API = "https://api.vitien.example"
UA = ua("ViTien", "5.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "vitien", method, url, UA)
    b.header("x-vt-device", b.id("aid_vi", where="header x-vt-device"))
    return b


def selfie_liveness(c: Context) -> Flow:
    b = FB(c, "vnpt-ekyc", "POST", "https://api.idg.vnpt.vn/ai/v1/face/liveness")
    b.header("user-agent", UA)
    b.header("token-id", rid(c.rng))
    b.bio("face_image", "multipart anh_chan_dung (selfie to liveness API)")
    boundary = "vt" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("anh_chan_dung", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("client_session", None, None, rid(c.rng).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"liveness": "success", "face_swapping": False, "fake_liveness": False})
    return b.build()


def face_compare(c: Context) -> Flow:
    b = FB(c, "fpt-ai", "POST", "https://api.fpt.ai/dmp/checkface/v1")
    b.header("user-agent", UA)
    b.header("api-key", rid(c.rng).replace("-", ""))
    b.bio("face_match", "multipart file[] x2 (selfie + ID photo) to face-match API")
    boundary = "fpt" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("file[]", "cccd_mat_truoc.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("file[]", "chan_dung.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"code": "200", "data": {"isMatch": True, "similarity": rf(c.rng, 85, 99, 2)}})
    return b.build()


def face_vector_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/xac-thuc/khuon-mat")
    b.bio("face_embedding", "json dac_trung_khuon_mat (base64 float32 x128)")
    b.json(
        {
            "so_dien_thoai": b.acct("wallet_user"),
            "dac_trung_khuon_mat": floats_b64(floats(c.rng, 128)),
            "diem_nguoi_that": rf(c.rng, 0.9, 1.0, 3),
            "goc_dau": {"yaw": rf(c.rng, -8, 8, 2), "pitch": rf(c.rng, -6, 6, 2)},
        }
    )
    b.ok_json({"ma": "00", "khop": True})
    return b.build()


def liveness_actions(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ekyc/hanh-dong")
    b.bio("face_analysis", "json khung_hinh[].diem_moc_mat (face landmarks per action)")
    b.json(
        {
            "hanh_dong": ["quay_trai", "quay_phai", "chop_mat"],
            "khung_hinh": [
                {
                    "hanh_dong": a,
                    "diem_moc_mat": [
                        [rf(c.rng, 100, 380, 1), rf(c.rng, 120, 520, 1)] for _ in range(68)
                    ],
                    "mat_mo": rf(c.rng, 0, 1, 2),
                }
                for a in ("quay_trai", "quay_phai", "chop_mat")
            ],
        }
    )
    b.ok_json({"ket_qua": "PASS"})
    return b.build()


def encrypted_ekyc(c: Context) -> Flow:
    """eKYC v3: the SDK AES-encrypts the face frames; the server gets key id + blob."""
    b = _b(c, "POST", f"{API}/v3/ek")
    b.bio("face_image", "json p = encrypted selfie + frames", detectable=False)
    blob = hashlib.shake_256(rid(c.rng).encode()).digest(c.rng.randint(2000, 4000))
    b.json({"k": "rsa2048-v3", "p": b64(blob), "t": ms(c)})
    b.ok_json({"r": 0})
    return b.build()


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/thiet-bi/lien-ket")
    b.json(
        {
            "ma_thiet_bi": b.id("aid_vi", where="json ma_thiet_bi"),
            "dau_van_tay_thiet_bi": b.id("vi_devfp", where="json dau_van_tay_thiet_bi"),
            "imei": b.id("imei", "sha256", "json imei (sha256)"),
            "so_dien_thoai": b.acct("wallet_user"),
        }
    )
    b.ok_json({"ma": "00", "otp_gui_toi": "09*****" + b.acct("wallet_user")[-3:]})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = FB(c, "fpt-ai", "POST", "https://api.fpt.ai/vision/idr/vnm")
    b.header("user-agent", UA)
    b.decoy("ID card OCR: text boxes and fields (OCR, not a face template)")
    boundary = "fpt" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary, [("image", "cccd.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9)))]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "errorCode": 0,
            "data": [
                {
                    "type": "chip_front",
                    "name": "NGUYỄN THU HÀ",
                    "dob": "12/03/1988",
                    "sex": "NỮ",
                    "boxes": [[rf(c.rng, 0, 600, 0) for _ in range(4)] for _ in range(5)],
                }
            ],
        }
    )
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/thanh-toan/qr")
    b.decoy("VietQR payment with merchant terminal id (a business's device)")
    b.json(
        {
            "ma_qr": "00020101021238570010A000000727" + str(c.rng.randint(10**9, 10**10)),
            "ma_may_pos": f"TID{c.rng.randint(10**7, 10**8)}",
            "so_tien": c.rng.choice([25000, 45000, 120000]),
        }
    )
    b.ok_json({"ma_giao_dich": rid(c.rng), "trang_thai": "THANH_CONG"})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/so-du")
    b.ok_json({"so_du": c.rng.randint(10**4, 10**7), "don_vi": "VND"})
    return b.build()
