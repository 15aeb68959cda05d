"""SenVang Bank: a Vietnamese bank app with VNPT eKYC, chip-ID (CCCD) reading and
face authentication of large transfers (required since July 2024 for transfers
over 10 million dong).

Biometric: the portrait uploaded to VNPT's file service before a face compare,
the chip's DG2 data group (ICAO 9303: the encoded facial image) sent for C06
verification, a selfie with liveness frames for a large transfer, a face
template (`dac_trung`, base64 float32) for face login, and the SDK's encrypted
envelope (AES blob under `data`, nothing says what is inside). Not biometric:
VNPT's compare call itself (it names files by hash) and its score, OCR of the
ID card's back side (no portrait), balances, statements, exchange-rate series.
Device: the binding call (ANDROID_ID, an SDK fingerprint) and a SHA-256 of the
ANDROID_ID under `x-d` on statement calls.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://ebank.senvangbank.example"
VNPT = "https://api.idg.vnpt.vn"
UA = ua("SenVangMobile", "6.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "senvang", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 48)))
    b.decoy("x-request-id uuid and bearer token")
    return b


def _vnpt(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vnpt_ekyc", method, url)
    b.header("user-agent", "okhttp/4.9.3")
    b.header("token-id", new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4))
    b.header("token-key", b64(new_hex(c.rng, 60)))
    b.header("mac-address", "TEST1")
    b.decoy("VNPT's mac-address header holds a fixed client label, not a MAC")
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 800)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/api/v1/thiet-bi/lien-ket")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "deviceId": b.id("aid_bank", where="json deviceId"),
            "deviceFingerprint": b.id("bank_device_fp", where="json deviceFingerprint"),
            "deviceName": "Redmi Note 12",
            "osVersion": "13",
            "isRooted": False,
            "smartOtp": True,
        }
    )
    b.ok_json({"errorCode": "00", "errorDesc": "Thành công", "bindingTime": iso(c)})
    return b.build()


def vnpt_upload_portrait(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 16)
    b = _vnpt(c, "POST", f"{VNPT}/file-service/v1/addFile")
    b.bio("face_image", "multipart file anh_chan_dung.jpg (title: anh chan dung / portrait)")
    b.set_body(
        multipart(
            boundary,
            [
                ("file", "anh_chan_dung.jpg", "image/jpeg", _jpeg(c)),
                ("title", None, None, b"anh chan dung"),
                ("description", None, None, b"selfie ekyc"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "message": "IDG-00000000",
            "object": {"hash": "idg" + new_hex(c.rng, 40), "fileType": "jpg"},
        }
    )
    return b.build()


def vnpt_compare(c: Context) -> Flow:
    b = _vnpt(c, "POST", f"{VNPT}/ai/v1/face/compare")
    b.decoy(
        "face compare by file hashes: no image, template or face data in the flow; a score back"
    )
    b.json(
        {
            "img_front": "idg" + new_hex(c.rng, 40),
            "img_face": "idg" + new_hex(c.rng, 40),
            "client_session": f"ANDROID_13_SenVang_{rid(c.rng)}",
            "token": new_hex(c.rng, 24),
        }
    )
    b.ok_json(
        {
            "message": "IDG-00000000",
            "object": {"result": "Khuôn mặt khớp", "msg": "MATCH", "prob": rf(c.rng, 85, 99, 2)},
        }
    )
    return b.build()


def vnpt_ocr_back(c: Context) -> Flow:
    b = _vnpt(c, "POST", f"{VNPT}/ai/v1/ocr/back")
    b.decoy("OCR of the ID card back side (issue date, place; no portrait on this side)")
    b.json({"img_back": "idg" + new_hex(c.rng, 40), "client_session": rid(c.rng), "type": -1})
    b.ok_json(
        {
            "object": {
                "issue_date": "10/08/2021",
                "issue_place": "CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
                "features": "Nốt ruồi C:1cm trên sau đầu mày phải",
                "mrz": [f"IDVNM{b.acct('cccd_no')[3:]}<<<<<<<<<"],
                "boxes": [
                    [rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, 0, 1)]
                    for _ in range(4)
                ],
            }
        }
    )
    return b.build()


def chip_verify(c: Context) -> Flow:
    """The NFC chip's data groups sent for C06 (police) verification."""
    b = _b(c, "POST", f"{API}/mobile/api/v1/ekyc/chip/xac-thuc")
    b.bio("face_image", "json dg2 (ICAO DG2: encoded facial image from the CCCD chip)")
    b.json(
        {
            "so_cccd": b.acct("cccd_no"),
            "sod": b64(c.rng.randbytes(300)),
            "dg1": b64(c.rng.randbytes(90)),
            "dg2": b64(_jpeg(c)),
            "dg13": b64(c.rng.randbytes(200)),
            "chip_doc_luc": iso(c),
        }
    )
    b.ok_json({"errorCode": "00", "ketQuaC06": "HOP_LE"})
    return b.build()


def large_transfer_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/api/v2/xac-thuc-sinh-trac/giao-dich")
    b.bio("face_image", "json anh_selfie + khung_hinh_liveness[]")
    b.json(
        {
            "ma_giao_dich": "FT" + new_digits(c.rng, 12),
            "so_tien": c.rng.choice([12000000, 25000000, 50000000]),
            "anh_selfie": b64(_jpeg(c)),
            "khung_hinh_liveness": [b64(_jpeg(c)) for _ in range(3)],
            "thoi_diem": iso(c),
        }
    )
    b.ok_json({"errorCode": "00", "khop": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/api/v1/sinh-trac/khuon-mat/dang-nhap")
    b.bio("face_template", "json dac_trung (base64 float32 x512, path khuon-mat = face)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "dac_trung": floats_b64(floats(c.rng, 512)),
            "phien_ban_mo_hinh": "fr-3.1",
        }
    )
    b.ok_json({"errorCode": "00", "accessToken": new_hex(c.rng, 64)})
    return b.build()


def sdk_encrypted(c: Context) -> Flow:
    """The eKYC SDK's own envelope: an AES blob of the selfie video and a wrapped key."""
    b = _b(c, "POST", f"{API}/mobile/api/v1/ekyc/sdk/submit")
    b.bio("face_video", "json data (AES-encrypted selfie video)", detectable=False)
    b.json(
        {
            "data": b64(fake_mp4(c.rng.randint(0, 10**9), 1200)[::-1]),
            "key": b64(c.rng.randbytes(256)),
            "v": 3,
        }
    )
    b.ok_json({"errorCode": "00"})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/api/v1/tai-khoan/sao-ke?tu=01/11/2024&den=05/11/2024")
    b.header("x-d", b.id("aid_bank", "sha256", "header x-d (sha256)", detectable=False))
    b.decoy("account number and transaction references (accounts, not devices)")
    b.ok_json(
        {
            "soTaiKhoan": b.acct("bank_account"),
            "giaoDich": [
                {
                    "maGD": "FT" + new_digits(c.rng, 12),
                    "soTien": -c.rng.randint(20, 2000) * 1000,
                    "noiDung": c.rng.choice(
                        ["chuyen tien an trua", "tien dien thang 10", "hoc phi be Na"]
                    ),
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mobile/api/v1/tai-khoan/so-du")
    b.ok_json(
        {"soTaiKhoan": b.acct("bank_account"), "soDu": c.rng.randint(10**6, 10**9), "donVi": "VND"}
    )
    return b.build()


def exchange_rates(c: Context) -> Flow:
    b = FB(
        c,
        "vietcombank",
        "GET",
        "https://portal.vietcombank.com.vn/Usercontrols/TVPortal.TyGia/pXML.aspx",
    )
    b.header("user-agent", UA)
    b.decoy("exchange-rate series (prices)")
    rows = "".join(
        f'<Exrate CurrencyCode="{cur}" Buy="{rf(c.rng, lo, lo * 1.02, 2)}" '
        f'Sell="{rf(c.rng, lo * 1.02, lo * 1.04, 2)}"/>'
        for cur, lo in (("USD", 25100), ("EUR", 26300), ("JPY", 162), ("KRW", 17.5))
    )
    b.respond(200, "text/xml; charset=utf-8", f"<ExrateList>{rows}</ExrateList>".encode())
    return b.build()


def transfer_napas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile/api/v1/chuyen-tien/napas247")
    b.decoy("receiver account and bank BIN (accounts)")
    b.json(
        {
            "tkNguon": b.acct("bank_account"),
            "tkNhan": "0" + new_digits(c.rng, 12),
            "nganHangNhan": "970436",
            "soTien": c.rng.randint(50, 5000) * 1000,
            "noiDung": "Chuyen tien cho me",
            "clientRef": rid(c.rng),
        }
    )
    b.ok_json({"errorCode": "00", "maGD": "FT" + new_digits(c.rng, 12), "thoiGian": ms(c)})
    return b.build()
