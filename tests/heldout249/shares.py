"""DalalSetu: a stock-trading app (NSE / BSE) on the elder son's OnePlus in Surat,
with e-KYC account opening.

Account opening follows the SEBI online KYC path: Aadhaar through DigiLocker
(the address-proof call is ordinary), then in-person verification (IPV): a
selfie with liveness and a short video reading an OTP aloud. The selfie is
stored through Signzy's persist service (multipart `file`) and matched
against the Aadhaar photo through Signzy's face-match task (`essentials.
firstImage` / `secondImage` are file URLs); its answer (`verified`,
`matchPercentage`) is a face-analysis result about the son. A later app build
uploads the selfie as a bare JPEG to a path named `/u/3` with nothing that
says what it is. Login registers the device (`deviceUid`, `androidId`, a
`deviceFingerprint` that is the SHA-256 of the ANDROID_ID); the order API
signs with the ANDROID_ID hex-encoded under a one-letter form field.
Quotes, the watchlist (of shares), positions, holdings, order history and a
scrip's face value are market data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .phone import FB, ist, ms, rf, rid, ua

API = "https://api.dalalsetu.example"
SIGNZY = "https://signzy.tech/api/v2"
FILES = "https://persist.signzy.tech/api/files"
PERSIST = f"{FILES}/upload"
UA = ua("DalalSetu", "2.18.0", "bhai")
SCRIPS = [
    ("ADANIPORTS", 1402.5),
    ("TORNTPHARM", 3310.0),
    ("ZYDUSLIFE", 1055.2),
    ("GUJGASLTD", 612.8),
    ("KPRMILL", 890.1),
    ("RELIANCE", 2920.4),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dalalsetu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _signzy(c: Context, method: str, url: str) -> FB:
    b = FB(c, "signzy", method, url)
    b.header("user-agent", "okhttp/4.11.0")
    b.header("authorization", new_hex(c.rng, 64))
    return b


def login_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/login/device")
    b.json(
        {
            "clientCode": b.acct("shares_client_code"),
            "deviceUid": b.id("shares_device_uid", where="json deviceUid"),
            "androidId": b.id("aid_shares", where="json androidId"),
            "deviceFingerprint": b.id("aid_shares", "sha256", "json deviceFingerprint"),
            "os": "android",
            "model": "CPH2569",
            "appVersion": "2.18.0",
        }
    )
    b.ok_json({"status": "OTP_SENT", "requestId": rid(c.rng)})
    return b.build()


def selfie_persist(c: Context) -> Flow:
    b = _signzy(c, "POST", PERSIST)
    b.bio("face_image", "multipart file ipv_selfie.jpg (KYC selfie store)")
    boundary = "----" + new_hex(c.rng, 24)
    body = multipart(
        boundary,
        [
            ("file", "ipv_selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ("ttl", None, None, b"3 days"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "file": {
                "directURL": f"{FILES}/{new_hex(c.rng, 24)}/download",
                "size": 812,
            }
        }
    )
    return b.build()


def facematch(c: Context) -> Flow:
    b = _signzy(c, "POST", f"{SIGNZY}/patrons/{new_hex(c.rng, 24)}/facematches")
    b.mark(
        "biometric",
        "face_match",
        "response json result.verified / matchPercentage",
        True,
        "response",
    )
    b.json(
        {
            "task": "facematch",
            "essentials": {
                "firstImage": f"{FILES}/{new_hex(c.rng, 24)}/download",
                "secondImage": f"{FILES}/{new_hex(c.rng, 24)}/download",
                "threshold": "0.6",
            },
        }
    )
    b.ok_json(
        {
            "essentials": {"threshold": "0.6"},
            "id": new_hex(c.rng, 24),
            "result": {
                "verified": True,
                "matchPercentage": f"{rf(c.rng, 78, 97, 2)}%",
                "message": "Both the images are of the same person",
            },
        }
    )
    return b.build()


def ipv_video(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v2/ipv/video")
    b.bio("face_video", "multipart ipv_video (selfie video reading the OTP)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("otp_spoken", None, None, str(c.rng.randint(1000, 9999)).encode()),
            ("geo", None, None, f"{rf(c.rng, 21.1, 21.2)},{rf(c.rng, 72.8, 72.9)}".encode()),
            ("ipv_video", "ipv.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ipvStatus": "UNDER_REVIEW"})
    return b.build()


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v2/selfie")
    b.bio("face_image", "json selfieImage (base64 jpeg) + livenessScore")
    b.json(
        {
            "applicationId": "DS" + str(c.rng.randint(10**7, 10**8)),
            "selfieImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "livenessScore": rf(c.rng, 0.8, 0.99, 3),
            "capturedAt": ist(c.now),
        }
    )
    b.ok_json({"selfieStatus": "OK", "next": "IPV_VIDEO"})
    return b.build()


def selfie_bare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/u/3")
    b.bio("face_image", "bare image/jpeg body on /u/3 (nothing says selfie)", detectable=False)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.ok_json({"k": new_hex(c.rng, 16)})
    return b.build()


def order_signed(c: Context) -> Flow:
    """Order placement; the request is signed with the hex-encoded ANDROID_ID under 'd'."""
    sym, ltp = c.rng.choice(SCRIPS)
    b = _b(c, "POST", f"{API}/oms/v1/orders")
    b.decoy("order number and price")
    b.form(
        [
            ("symbol", sym),
            ("exchange", "NSE"),
            ("qty", str(c.rng.randint(1, 50))),
            ("price", str(ltp)),
            ("side", c.rng.choice(["BUY", "SELL"])),
            ("d", b.id("aid_shares", "hex", "form d", detectable=False)),
        ]
    )
    b.ok_json({"orderNo": f"24100{c.rng.randint(10**9, 10**10)}", "status": "OPEN"})
    return b.build()


def digilocker(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ekyc/v2/digilocker/callback")
    b.decoy("masked Aadhaar and address")
    b.json(
        {
            "aadhaarMasked": "XXXX-XXXX-" + str(c.rng.randint(1000, 9999)),
            "address": {"city": "Surat", "pincode": "395007", "state": "Gujarat"},
            "dob": "1996-08-14",
        }
    )
    b.ok_json({"step": "SELFIE"})
    return b.build()


def quotes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/market/v1/quotes?symbols={','.join(s for s, _ in SCRIPS[:4])}")
    b.decoy("last traded prices and face value")
    b.ok_json(
        {
            "quotes": [
                {"symbol": s, "ltp": rf(c.rng, p * 0.97, p * 1.03, 2), "faceValue": 2,
                 "volume": c.rng.randint(10**5, 10**7)}
                for s, p in SCRIPS[:4]
            ]
        }
    )  # fmt: skip
    return b.build()


def watchlist(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/market/v1/watchlist/1")
    b.decoy("watchlist of shares (not viewing)")
    b.ok_json({"name": "Gujarat stocks", "symbols": [s for s, _ in SCRIPS]})
    return b.build()


def positions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/oms/v1/positions")
    b.decoy("trading positions with average prices and holding duration")
    b.ok_json(
        {
            "positions": [
                {"symbol": s, "qty": c.rng.randint(1, 100), "avgPrice": p,
                 "pnl": rf(c.rng, -2000, 5000, 2), "holdingDays": c.rng.randint(0, 40)}
                for s, p in SCRIPS[:3]
            ]
        }
    )  # fmt: skip
    return b.build()


def order_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/oms/v1/orders/history?from={ist(c.now - 7 * 86400)[:10]}")
    b.decoy("order history (trades)")
    b.ok_json(
        {
            "orders": [
                {"orderNo": f"24100{c.rng.randint(10**9, 10**10)}", "symbol": s,
                 "status": "COMPLETE", "time": ist(c.now - 3600 * i)}
                for i, (s, _) in enumerate(SCRIPS[:4])
            ]
        }
    )  # fmt: skip
    return b.build()


def market_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/market/v1/status?t={ms(c)}")
    b.ok_json({"NSE": "OPEN", "BSE": "OPEN", "preOpen": False})
    return b.build()
