"""Clydeside Bank: the manager's personal bank, re-verifying her with a selfie.

The app binds itself to the phone (ANDROID_ID and its own install id), and on a
new payee over £1,000 asks for a liveness selfie through Onfido's API
(`/v3.6/live_photos` multipart, then a `facial_similarity_photo` check).
The bank's own fraud SDK also ships a face template encrypted under `p`.
Balances, card spend series and FX rates are ordinary finance traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://mobile.clydesidebank.example/api"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("ClydesideBank", "12.4.0")


def _b(c: Context, method: str, url: str, bind: bool = False) -> FB:
    b = FB(c, "clydeside", method, url)
    b.header("user-agent", UA)
    if bind:
        b.header("x-cb-device-binding", b.id("aid_bank", where="header x-cb-device-binding"))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/bind", bind=True)
    b.json(
        {
            "installationId": b.id("bank_install", where="json installationId"),
            "customer": b.acct("bank_customer"),
            "model": "SM-S911B",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "at": iso(c)})
    return b.build()


def live_photo(c: Context) -> Flow:
    bnd = "----OnfidoBoundary" + new_hex(c.rng, 12)
    b = FB(c, "onfido-sdk", "POST", f"{ONFIDO}/live_photos")
    b.header("user-agent", "onfido-android-sdk/19.3.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.bio("face_image", "multipart file selfie.jpg to /live_photos (liveness)")
    body = multipart(
        bnd,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"})
    return b.build()


def face_check(c: Context) -> Flow:
    b = FB(c, "onfido-sdk", "POST", f"{ONFIDO}/checks")
    b.header("user-agent", "onfido-android-sdk/19.3.0")
    b.decoy("check request: applicant id and report name only (the selfie went before)")
    b.json(
        {
            "applicant_id": rid(c.rng),
            "report_names": ["facial_similarity_photo"],
            "privacy_notices_read_consent_given": True,
        }
    )
    b.ok_json({"id": rid(c.rng), "status": "in_progress"})
    return b.build()


def face_result(c: Context) -> Flow:
    b = FB(c, "onfido-sdk", "GET", f"{ONFIDO}/reports/{rid(c.rng)}")
    b.header("user-agent", "onfido-android-sdk/19.3.0")
    b.bio("face_match_result", "response facial_similarity_photo breakdown (face comparison)")
    b.ok_json(
        {
            "name": "facial_similarity_photo",
            "result": "clear",
            "breakdown": {
                "face_comparison": {
                    "result": "clear",
                    "properties": {"score": rf(c.rng, 0.8, 0.99, 3)},
                },
                "image_integrity": {"result": "clear"},
                "visual_authenticity": {
                    "result": "clear",
                    "breakdown": {
                        "spoofing_detection": {"properties": {"score": rf(c.rng, 0.9, 1, 3)}}
                    },
                },
            },
        }
    )
    return b.build()


def fraud_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/risk/ev")
    b.bio(
        "face_template", "encrypted blob under p (face template of the fraud SDK)", detectable=False
    )
    b.json({"k": "v4", "p": b64(bytes(c.rng.getrandbits(8) for _ in range(360))), "t": iso(c)})
    b.no_content()
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/accounts")
    b.decoy("balances and a 30-day spend series (price-like floats, no person's body)")
    b.ok_json(
        {
            "accounts": [
                {
                    "sortCode": "83-44-12",
                    "last4": str(c.rng.randint(1000, 9999)),
                    "balance": rf(c.rng, 100, 4000, 2),
                }
            ],
            "spend30d": [rf(c.rng, 0, 120, 2) for _ in range(30)],
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fx?base=GBP&symbols=EUR,USD")
    b.decoy("exchange rate series")
    b.ok_json(
        {
            "EUR": [rf(c.rng, 1.15, 1.2, 4) for _ in range(12)],
            "USD": [rf(c.rng, 1.25, 1.3, 4) for _ in range(12)],
        }
    )
    return b.build()
