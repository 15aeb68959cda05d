"""Kabuneko Securities: a bank/securities app with online account opening by
eKYC (犯収法 method "ho": a selfie video of the face and the My Number / licence
card). The selfie and card go to TRUSTDOCK's API, as its public API reference
describes a verification (documents as base64 images, a face "selfie" set); the
liveness step reports head turns measured on the face (`kao_muki`), and a
second path ships the face crop AES-encrypted (opaque). Stock quotes, candle
series and the order form are look-alikes (price series, account numbers).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.kabuneko-sec.example"
TD = "https://api.trustdock.io"
UA = ua("KabunekoSec", "4.5.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kabuneko", method, url)
    b.header("user-agent", UA)
    return b


def trustdock_selfie(c: Context) -> Flow:
    b = FB(c, "trustdock", "POST", f"{TD}/v2/verifications/{rid(c.rng)}/selfie")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.bio("face_image", "json selfie.images[] (selfie for face match)")
    b.json(
        {
            "selfie": {
                "images": [b64(fake_jpeg(c.rng.randint(0, 10**9), 600)) for _ in range(2)],
                "movement": "kubi_furi",
            },
            "plan": "ho",
        }
    )
    b.ok_json({"state": "in_progress"})
    return b.build()


def trustdock_card(c: Context) -> Flow:
    b = FB(c, "trustdock", "POST", f"{TD}/v2/verifications/{rid(c.rng)}/documents")
    b.header("user-agent", UA)
    b.decoy(
        "ID card front/back and thickness images (a document, its photo is matched server-side)"
    )
    b.json(
        {
            "document_type": "driver_license",
            "front": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
            "back": b64(fake_jpeg(c.rng.randint(0, 10**9), 500)),
        }
    )
    b.ok_json({"state": "in_progress"})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/liveness")
    b.bio("head_pose", "json kao_muki[] yaw/pitch/roll measured on the face, kao_kenshutsu")
    b.json(
        {
            "shinsei_no": f"A{c.rng.randint(10**7, 10**8)}",
            "kao_kenshutsu": True,
            "kao_muki": [
                {
                    "yaw": rf(c.rng, -40, 40, 2),
                    "pitch": rf(c.rng, -20, 20, 2),
                    "roll": rf(c.rng, -10, 10, 2),
                }
                for _ in range(5)
            ],
            "mabataki": c.rng.randint(1, 4),
        }
    )
    b.ok_json({"kekka": "OK"})
    return b.build()


def face_crop_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v1/e")
    b.bio("face_image", "multipart part 'p' (AES-encrypted face crop)", detectable=False)
    boundary = "kbn" + rid(c.rng).replace("-", "")[:16]
    blob = bytes(c.rng.getrandbits(8) for _ in range(700))
    body = multipart(
        boundary, [("p", "p.bin", "application/octet-stream", blob), ("k", None, None, b"3")]
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"r": 0})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/tanmatsu/toroku")
    b.json(
        {
            "kouza_no": b.acct("bank_user"),
            "tanmatsu_shikibetsu": b.id("aid_bank", where="json tanmatsu_shikibetsu"),
            "adjust_adid": b.id("adjust_adid", where="json adjust_adid"),
        }
    )
    b.ok_json({"kekka": "OK"})
    return b.build()


def quotes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/jika?codes=7203,6758,9984")
    b.decoy("stock prices and OHLC series (price series)")
    b.ok_json(
        {
            "jika": [
                {
                    "code": code,
                    "owarine": rf(c.rng, 1000, 12000, 1),
                    "ashi": [rf(c.rng, 1000, 12000, 1) for _ in range(20)],
                }
                for code in ("7203", "6758", "9984")
            ]
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/chumon")
    b.decoy("order with account number and order id (account, not device)")
    b.json({"kouza_no": b.acct("bank_user"), "code": "6758", "suuryou": 100, "kakaku": "nariyuki"})
    b.ok_json({"chumon_no": f"{c.rng.randint(10**9, 10**10)}", "uketsuke": iso(c)})
    return b.build()
