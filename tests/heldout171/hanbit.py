"""Hanbit Bank (한빛은행): a mobile bank with non-face-to-face account opening and face login.

Non-face-to-face real-name verification (비대면 실명확인) reads the ID card by
OCR on the phone (text fields and boxes: not biometric) and then matches a
selfie against the card photo on the bank's eKYC server (biometric). Face login
sends an AES-encrypted face template under `encData` with a service code
(opaque). The fraud-detection (FDS) module collects the ANDROID_ID and a device
fingerprint, once readable, once SEED-encrypted. The voice banking assistant
sends audio to NAVER CLOVA Speech Recognition: transcription, no speaker model.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, js, multipart

from .phone import FB, kst14, ms, rf, rid, ua_android

API = "https://mbank.hanbitbank.example"
UA = ua_android("HanbitBank", "7.2.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hanbitbank", method, url)
    b.header("user-agent", UA)
    b.header("x-hb-session", new_hex(c.rng, 32))
    return b


def _cipher(c: Context, plain: str) -> str:
    """Stands in for SEED-CBC: bytes that look like ciphertext and depend on the input."""
    key = hashlib.sha256(b"hb" + plain.encode()).digest()
    pad = c.rng.getrandbits(64).to_bytes(8, "big")
    return base64.b64encode(pad + hashlib.shake_256(key).digest(len(plain) + 24)).decode()


def dvc_regist(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/dvc/regist")
    b.json(
        {
            "dvcId": b.id("aid_bank", where="json dvcId"),
            "fdsFp": b.id("bank_fds_fp", where="json fdsFp (FDS device fingerprint)"),
            "dvcMdlNm": "SM-S921N",
            "osVer": "14",
            "rootYn": "N",
            "custNo": b.acct("bank_cust"),
        }
    )
    b.ok_json({"rsltCd": "0000", "dvcRegYn": "Y"})
    return b.build()


def fds_collect(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/fds/v1/collect")
    raw = b.id_raw("aid_bank", "seed_cbc", "json encData (SEED-encrypted device info)")
    fp = b.id_raw("bank_fds_fp", "seed_cbc", "json encData (SEED-encrypted device info)")
    b.json({"ver": "3.1", "encData": _cipher(c, f"{raw}|{fp}|SM-S921N|14"), "ts": kst14(c)})
    b.ok_json({"rsltCd": "0000", "riskLv": "L"})
    return b.build()


def idcard_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/idcard/ocr")
    b.decoy("ID card OCR: text fields and their boxes, no face data")
    b.json(
        {
            "idType": "JUMIN",
            "name": "김서연",
            "juminNo": "850314-2******",
            "issueDt": "20190312",
            "boxes": [[rf(c.rng, 0, 600, 0), rf(c.rng, 0, 380, 0), 180, 28] for _ in range(4)],
            "ocrEngine": "onDevice-2.3",
        }
    )
    b.ok_json({"rsltCd": "0000", "jinwiYn": "Y"})
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/face/match")
    b.bio("face_image", "multipart selfie + idPhoto on /ekyc/v1/face/match")
    boundary = new_hex(c.rng, 32)
    body = multipart(
        boundary,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("idPhoto", "id_face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400)),
            ("txId", None, "text/plain", rid(c.rng).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"rsltCd": "0000", "similarity": rf(c.rng, 0.8, 0.99, 3), "matchYn": "Y"})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/face/liveness")
    b.bio("face_image", "json frames[] (face video frames) + headPose")
    b.json(
        {
            "frames": [b64(fake_jpeg(c.rng.randint(0, 10**9), 300)) for _ in range(3)],
            "headPose": {
                "yaw": rf(c.rng, -20, 20, 2),
                "pitch": rf(c.rng, -10, 10, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "challenge": "BLINK",
        }
    )
    b.ok_json({"rsltCd": "0000", "liveYn": "Y", "score": rf(c.rng, 0.9, 1, 3)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/req")
    b.bio("face_template", "json encData (AES-encrypted face template; svc 07)", detectable=False)
    blob = b64(hashlib.shake_256(c.rng.getrandbits(64).to_bytes(8, "big")).digest(560))
    b.json({"svc": "07", "encData": blob, "ts": kst14(c), "custNo": b.acct("bank_cust")})
    b.ok_json({"rsltCd": "0000", "accessToken": new_hex(c.rng, 48)})
    return b.build()


def clova_stt(c: Context) -> Flow:
    b = FB(c, "clova-csr", "POST", "https://naveropenapi.apigw.ntruss.com/recog/v1/stt?lang=Kor")
    b.header("user-agent", UA)
    b.header("x-ncp-apigw-api-key-id", new_hex(c.rng, 10))
    b.decoy("speech-to-text of a banking command (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9)), "application/octet-stream")
    b.ok_json(
        {"text": c.rng.choice(["엄마한테 오만원 보내줘", "이번 달 카드값 얼마야", "잔액 알려줘"])}
    )
    return b.build()


def fx_chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mb/v1/fx/chart?cur=USD&period=1M")
    b.decoy("USD/KRW rate series (a price series)")
    b.ok_json({"cur": "USD", "rates": [rf(c.rng, 1360, 1410, 2) for _ in range(30)]})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v2/trnsf/exec")
    b.decoy("transfer with account numbers and a transaction id")
    b.json(
        {
            "wdrAcntNo": "1002-"
            + str(c.rng.randint(100, 999))
            + "-"
            + str(c.rng.randint(100000, 999999)),
            "rcvBankCd": "088",
            "rcvAcntNo": "110-"
            + str(c.rng.randint(100, 999))
            + "-"
            + str(c.rng.randint(100000, 999999)),
            "amt": c.rng.choice([50000, 120000, 300000]),
            "memo": "엄마",
        }
    )
    b.ok_json({"rsltCd": "0000", "trnsfTxId": rid(c.rng)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mb/v1/acnt/list")
    b.ok_json(
        {
            "acntList": [
                {"acntNm": n, "bal": c.rng.randint(10000, 9000000), "lastTrnDt": kst14(c)}
                for n in ("주거래 통장", "적금", "청약")
            ]
        }
    )
    return b.build()


def notice(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mb/v1/notice?since={ms(c) - 86400000}")
    b.ok_json({"list": [{"title": "전자금융 사기 예방 안내", "body": js({"v": 1})}]})
    return b.build()


def atm_cardless(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mb/v1/atm/cardless")
    b.decoy("the bank branch ATM's terminal id and serial (the bank's equipment, not the tester's)")
    b.json(
        {
            "atmTrmnlId": f"HB{c.rng.randint(10000, 99999)}",
            "atmSerialNo": "NH" + new_hex(c.rng, 10).upper(),
            "brnchCd": str(c.rng.randint(100, 999)),
            "amt": c.rng.choice([50000, 100000]),
            "otp": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"rsltCd": "0000", "wdrTxId": rid(c.rng), "ts": ms(c)})
    return b.build()
