"""Kansai Mirai Bank (iPhone): account opening with My Number card eKYC.

The Liquid eKYC step uploads a selfie video frame and the card's IC-chip face
photo for matching (biometric); TRUSTDOCK receives the selfie and a face-match
result. OCR of the card's printed text and the card number are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, ios_ua, rid

UA = ios_ua("KansaiMiraiBank", "7.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bank", method, url)
    b.header("user-agent", UA)
    return b


def liquid_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.liquidinc.asia/ekyc/v2/face/compare")
    b.bio("face_image", "json selfie_image + ic_face_image (face compare)")
    b.header("x-liquid-device", b.id("idfv_bank", where="header x-liquid-device"))
    b.json(
        {
            "session_id": rid(c.rng),
            "selfie_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "ic_face_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 200)),
            "liveness": {"blink": True, "turn": "left"},
        }
    )
    b.ok_json({"result": "match", "score": round(c.rng.uniform(0.8, 0.99), 3)})
    return b.build()


def trustdock_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"https://api.trustdock.io/v2/verifications/{rid(c.rng)}/selfie")
    b.bio("face_image", "multipart selfie (face photo for identity match)")
    body = multipart(
        "TDB", [("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))]
    )
    b.set_body(body, "multipart/form-data; boundary=TDB")
    b.ok_json({"status": "accepted"})
    return b.build()


def face_template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "https://ekyc.kansai-mirai.example/api/v1/s")
    b.bio("face_embedding", "json p (base64 float32 face template, opaque key)", detectable=False)
    b.json({"p": floats_b64(floats(c.rng, 128)), "t": 2})
    b.ok_json({"r": 0})
    return b.build()


def card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", "https://ekyc.kansai-mirai.example/api/v1/mynumber/ocr")
    b.decoy("OCR boxes of the card's printed name/address; card number is an account id")
    b.json(
        {
            "boxes": [[12, 40, 300, 70], [12, 90, 420, 120]],
            "氏名": "田中 結衣",
            "住所": "大阪府大阪市北区",
            "生年月日": "1986-04-12",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def account_form(c: Context) -> Flow:
    b = _b(c, "POST", "https://ekyc.kansai-mirai.example/api/v1/kouza/moushikomi")
    b.decoy("account-opening form: name, birth date, declared gender; email is a contact")
    b.json(
        {
            "氏名カナ": "タナカ ユイ",
            "性別": "女",
            "メールアドレス": b.id("email", where="json メールアドレス"),
            "職業": "会社員",
        }
    )
    b.ok_json({"受付番号": rid(c.rng)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "https://ekyc.kansai-mirai.example/api/v1/accounts/balance")
    b.header("x-cif", b.acct("bank_cif"))
    b.decoy("balance series (price-like numbers)")
    b.ok_json({"残高推移": [c.rng.randint(100000, 900000) for _ in range(12)]})
    return b.build()
