"""CoinHarbor: a crypto exchange with liveness KYC and device risk checks.

Selfies go to Shufti Pro (`face.proof` as a base64 data URI, 1:1
`face_authentication` enrol / authenticate against `customer_unique_id`,
https://developers.shuftipro.com/docs/user_identification_authentication/one_to_one_authentication/offsite)
and to Regula Face API matching (`images: [{type, data, index}]`, type 3 = live,
1 = document; https://github.com/regulaforensics/FaceSDK-web-js-client). The
app's own onboarding step re-uploads liveness frames under one-letter keys.
AppsFlyer launches carry `advertiserId` and AppsFlyer's `uid`. Candles, order
books and a self-declared gender on the KYC form are not sensitive here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.coinharbor.io"
UA = ua("CoinHarbor", "8.3.2")
PAIRS = ["BTC-EUR", "ETH-EUR", "SOL-EUR", "ADA-EUR"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "coinharbor", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 700))


def shufti_face(c: Context) -> Flow:
    b = FB(c, "shuftipro", "POST", "https://api.shuftipro.com/")
    b.header("authorization", "Basic " + b64(new_hex(c.rng, 20) + ":" + new_hex(c.rng, 24)))
    b.bio("face_image", "json face.proof")
    b.json(
        {
            "reference": f"CH-{c.rng.randint(10**8, 10**9)}",
            "callback_url": "https://api.coinharbor.io/kyc/shufti/callback",
            "country": "DE",
            "language": "EN",
            "verification_mode": "image_only",
            "face": {"proof": "data:image/jpeg;base64," + _jpeg(c), "check_duplicate_request": "1"},
        }
    )
    b.ok_json({"reference": "CH", "event": "request.pending", "verification_url": ""})
    return b.build()


def shufti_authenticate(c: Context) -> Flow:
    b = FB(c, "shuftipro", "POST", "https://api.shuftipro.com/")
    b.header("authorization", "Basic " + b64(new_hex(c.rng, 20) + ":" + new_hex(c.rng, 24)))
    b.bio("face_image", "json face.proof (face_authentication)")
    b.json(
        {
            "reference": f"CH-AUTH-{c.rng.randint(10**8, 10**9)}",
            "customer_unique_id": b.acct("coin_user"),
            "face_authentication": c.rng.choice(["enroll", "authenticate"]),
            "face": {"proof": "data:image/jpeg;base64," + _jpeg(c)},
        }
    )
    b.ok_json({"event": "verification.accepted"})
    return b.build()


def regula_match(c: Context) -> Flow:
    b = FB(c, "regula", "POST", "https://faceapi.regulaforensics.com/api/match")
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "json images[].data (face matching API)")
    b.json(
        {
            "tag": rid(c.rng),
            "images": [
                {"type": 3, "data": _jpeg(c), "index": 1},
                {"type": 1, "data": _jpeg(c), "index": 2},
            ],
        }
    )
    b.ok_json(
        {
            "code": 0,
            "results": [{"firstIndex": 1, "secondIndex": 2, "similarity": rf(c.rng, 0.7, 0.99, 3)}],
        }
    )
    return b.build()


def onboarding_frames(c: Context) -> Flow:
    """The app's own liveness step: frames under 'p', nothing says they are faces."""
    b = _b(c, "POST", f"{API}/v3/onboarding/step/4")
    b.bio("face_image", "json p[]", detectable=False)
    b.json({"s": 4, "p": [_jpeg(c) for _ in range(2)], "t": ms(c)})
    b.ok_json({"next": 5})
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/risk/device")
    b.json(
        {
            "androidId": b.id("aid_coin", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "deviceFingerprint": b.id("coin_fp", where="json deviceFingerprint"),
            "rooted": False,
            "emulator": False,
            "model": "Pixel 8",
        }
    )
    b.ok_json({"risk": "low", "score": c.rng.randint(1, 30)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent",
        [("app_id", "io.coinharbor.app"), ("buildnumber", "6.14.0")],
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("coin_af_uid", where="json uid"),
            "android_id": b.id("aid_coin", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "8.3.2",
            "model": "Pixel 8",
            "brand": "google",
            "counter": str(c.rng.randint(1, 40)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def signed_ticker(c: Context) -> Flow:
    """Ticker call whose 'ctx' header is a hash of the ANDROID_ID (opaque name)."""
    pair = c.rng.choice(PAIRS)
    b = _b(c, "GET", f"{API}/v1/ticker/{pair}")
    b.header("x-req-ctx", b.id("aid_coin", "sha256", "header x-req-ctx", detectable=False))
    b.ok_json({"pair": pair, "bid": rf(c.rng, 100, 60000, 2), "ask": rf(c.rng, 100, 60000, 2)})
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push/register")
    b.decoy("FCM push token (not a device id)")
    b.json({"token": b.acct("coin_push"), "platform": "android"})
    b.no_content()
    return b.build()


def candles(c: Context) -> Flow:
    pair = c.rng.choice(PAIRS)
    b = _b(c, "GET", f"{API}/v1/candles/{pair}?interval=1m&limit=60")
    b.decoy("float series (prices)")
    base = rf(c.rng, 100, 60000, 2)
    b.ok_json(
        {
            "pair": pair,
            "candles": [
                [ms(c) - i * 60000]
                + [round(base * (1 + c.rng.gauss(0, 0.002)), 2) for _ in range(4)]
                for i in range(60)
            ],
        }
    )
    return b.build()


def order_book(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/book/{c.rng.choice(PAIRS)}")
    b.ok_json(
        {
            "bids": [[rf(c.rng, 100, 200, 2), rf(c.rng, 0, 5, 4)] for _ in range(20)],
            "asks": [[rf(c.rng, 200, 300, 2), rf(c.rng, 0, 5, 4)] for _ in range(20)],
        }
    )
    return b.build()


def withdraw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/withdrawals")
    b.decoy("wallet address and tx hash")
    b.json(
        {
            "asset": "ETH",
            "amount": str(rf(c.rng, 0.01, 2, 4)),
            "address": "0x" + new_hex(c.rng, 40),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"txHash": "0x" + new_hex(c.rng, 64), "status": "PENDING"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/personal")
    b.decoy("self-declared gender / birth date")
    b.json(
        {
            "firstName": "Tomas",
            "lastName": "Okafor",
            "gender": "male",
            "dateOfBirth": "1991-04-17",
            "nationality": "DE",
            "submittedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
