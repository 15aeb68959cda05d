"""Konbini payments app ("KonbiniPay") with eKYC: My Number card photos and a
selfie go to TRUSTDOCK, a Liquid-style face match runs in-house.

Sources: TRUSTDOCK's API client (rubygems `trustdock`, README): create a
verification, set its plan, then PUT the document as
`{"id_document": {"type", "format": "image", "data": {"front": [b64], "back": [b64]}}}`
and the comparing data (name, birth, address, gender). The selfie part and the
face-match result sent on to the app's own backend are our own invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.konbinipay.jp"
TD = "https://api.trustdock.io/v2"
UA = ua("KonbiniPay", "3.8.2")


def _b(c: Context, method: str, path: str, host: str = API) -> FB:
    b = FB(c, "konbinipay" if host == API else "trustdock", method, host + path)
    b.header("user-agent", UA)
    return b


def _img(c: Context, n: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**7), n))


def td_document(c: Context) -> Flow:
    vid = rid(c.rng)
    b = _b(c, "PUT", f"/verifications/{vid}/plans/{rid(c.rng)}/documents", TD)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    body = {
        "id_document": {
            "type": "my_number_card",
            "format": "image",
            "data": {"front": [_img(c)], "back": [_img(c, 500)]},
        }
    }
    b.bio("face_image", "body.id_document.data.front (card photo with face)", detectable=False)
    b.json(body)
    b.ok_json({"id": vid, "state": "document_submitted"})
    return b.build()


def td_selfie(c: Context) -> Flow:
    vid = rid(c.rng)
    b = _b(c, "PUT", f"/verifications/{vid}/plans/{rid(c.rng)}/documents", TD)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    body = {
        "selfie": {
            "format": "image",
            "data": {"front": [_img(c)], "tilted": [_img(c, 600)]},
        }
    }
    b.bio("face_image", "body.selfie.data (selfie for face comparison)")
    b.json(body)
    b.ok_json({"id": vid, "state": "selfie_submitted"})
    return b.build()


def face_match(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v1/kao/shougou")
    boundary = "----KPay" + rid(c.rng)[:12]
    data = multipart(
        boundary,
        [
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**7), 800)),
            ("card_face", "card_face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**7), 400)),
            ("mode", None, None, b"ho"),
        ],
    )
    b.bio("face_image", "multipart selfie + card_face to face comparison")
    b.set_body(data, "multipart/form-data; boundary=" + boundary)
    b.ok_json({"similarity": rf(c.rng, 0.7, 0.99), "match": True})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v1/result")
    body = {
        "applicationNo": f"EK{c.rng.randint(10**8, 10**9)}",
        "faceMatch": {"similarity": rf(c.rng, 0.8, 0.99), "threshold": 0.75},
        "liveness": {
            "blink": True,
            "headPose": {"yaw": rf(c.rng, -20, 20, 2), "pitch": rf(c.rng, -10, 10, 2)},
            "smile": rf(c.rng, 0, 1, 3),
            "estimatedAge": c.rng.randint(24, 34),
        },
        "completedAt": iso(c),
    }
    b.bio("face_analysis", "body.faceMatch + liveness (head pose, age of the selfie)")
    b.json(body)
    b.ok_json({"kyc_status": "approved"})
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", "/risk/v2/device")
    body = {
        "device_fingerprint": b.id("pay_fp", where="body.device_fingerprint"),
        "android_id": b.id("aid_pay", where="body.android_id"),
        "wifi_mac": b.id("wifi_mac", where="body.wifi_mac"),
        "ad_id": b.id("gaid", where="body.ad_id"),
        "rooted": False,
        "emulator": False,
        "ts": ms(c),
    }
    b.json(body)
    b.ok_json({"risk": "low", "score": c.rng.randint(1, 20)})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/v1/login")
    body = {
        "mail": b.id("email", where="body.mail"),
        "password_hash": rid(c.rng).replace("-", ""),
        "tanmatsu": {
            "shikibetsushi": b.id(
                "aid_pay", "sha256", where="body.tanmatsu.shikibetsushi", detectable=False
            )
        },
    }
    b.json(body)
    b.ok_json({"token": b64(rid(c.rng))})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", "/pay/v1/qr/commit")
    b.decoy("payment with order and terminal numbers")
    body = {
        "orderNo": f"{c.rng.randint(10**11, 10**12)}",
        "storeCode": f"{c.rng.randint(100000, 999999)}",
        "posTerminalNo": f"{c.rng.randint(1, 4):02d}",
        "amount": c.rng.randint(98, 1800),
        "requestId": rid(c.rng),
    }
    b.json(body)
    b.ok_json({"status": "SUCCESS", "pointsEarned": c.rng.randint(0, 18)})
    return b.build()


def coupons(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"/coupon/v1/list?lat=35.6{c.rng.randint(100, 999)}&lng=139.7{c.rng.randint(100, 999)}",
    )
    b.decoy("coupons near a location, price list")
    items = [
        {"id": rid(c.rng), "name": "おにぎり 30円引き", "price": c.rng.randint(100, 200)}
        for _ in range(5)
    ]
    b.ok_json({"coupons": items})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", "/ekyc/v1/applicant")
    b.decoy("self-declared name, birth, address, gender (TRUSTDOCK comparing data style)")
    body = {
        "name": "石川 遥",
        "birth": "1996-04-12",
        "address": "東京都世田谷区",
        "gender": "female",
    }
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def stores(c: Context) -> Flow:
    b = _b(c, "GET", "/store/v1/nearby?r=800")
    b.decoy("store coordinate list")
    pts = [
        [round(35.6 + c.rng.random() / 50, 6), round(139.7 + c.rng.random() / 50, 6)]
        for _ in range(12)
    ]
    b.ok_json({"stores": [{"code": i, "pos": p} for i, p in enumerate(pts)]})
    return b.build()
