"""Buckeye Federal: a credit union's iPhone app with Socure identity checks.

Account opening runs Socure's DocV capture: the ID's front and back and a
selfie go as multipart to `/api/5.0/documents` (field names `frontImage`,
`backImage`, `selfie`), and Socure's device-risk SDK reports the IDFV with
its own `deviceSessionId`. The app's step-up login asks for a fresh selfie
with head-turn frames (`faceFrames`, `headPose`); its "secure channel" build
sends the same as a compact JWE. Amplitude's iOS SDK (`/2/httpapi`,
`device_id`, `idfv`) tracks screens. Balances, transactions, check images,
OCR'd ID fields and the ATM locator are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, multipart

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://mobile.buckeyefederal.example"
UA = ios_ua("BuckeyeFederal", "5.12.0", "512003")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buckeyefederal", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    return b


def _jpeg(c: Context, n: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), n)


def socure_docv(c: Context) -> Flow:
    b = FB(c, "socure", "POST", "https://service.socure.com/api/5.0/documents")
    b.header("user-agent", "SocureDocV/4.3.0 iOS/18.1")
    b.header("authorization", "SocureApiKey " + new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4))
    boundary = "Boundary-" + rid(c.rng).upper()
    b.bio("face_image", "multipart selfie (DocV selfie for face match to ID photo)")
    b.set_body(
        multipart(
            boundary,
            [
                ("documentType", None, None, b"license"),
                ("frontImage", "front.jpg", "image/jpeg", _jpeg(c)),
                ("backImage", "back.jpg", "image/jpeg", _jpeg(c)),
                ("selfie", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"referenceId": rid(c.rng), "uuid": rid(c.rng)})
    return b.build()


def socure_device(c: Context) -> Flow:
    b = FB(c, "socure", "POST", "https://dvnfo.socure.com/api/v1/device/ingest")
    b.header("user-agent", "SocureDeviceRisk/3.1.0 iOS")
    b.json(
        {
            "deviceSessionId": rid(c.rng),
            "vendorId": b.id("idfv_bank", where="json vendorId"),
            "sdkDeviceId": b.id("socure_device", where="json sdkDeviceId"),
            "context": "signup",
            "jailbroken": False,
            "timezone": "America/New_York",
            "locale": "en_US",
            "screen": "1179x2556",
        }
    )
    b.ok_json({"deviceSessionId": "", "status": "accepted"})
    return b.build()


def stepup_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/step-up/face")
    b.bio("face_image", "json faceFrames[] + headPose (step-up selfie)")
    b.json(
        {
            "challengeId": rid(c.rng),
            "faceFrames": [b64(_jpeg(c, 400)) for _ in range(3)],
            "headPose": [
                {
                    "yaw": rf(c.rng, -30, 30, 1),
                    "pitch": rf(c.rng, -10, 10, 1),
                    "roll": rf(c.rng, -5, 5, 1),
                }
                for _ in range(3)
            ],
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"result": "PASS", "sessionUpgraded": True})
    return b.build()


def stepup_jwe(c: Context) -> Flow:
    """The secure-channel build: the same selfie frames inside a compact JWE."""
    b = _b(c, "POST", f"{API}/sc/v1/msg")
    b.bio("face_image", "body compact JWE (encrypted selfie frames)", detectable=False)
    header = b64url('{"alg":"ECDH-ES+A256KW","enc":"A256GCM","kid":"bf-2024"}')
    parts = [header] + [
        b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (40, 12, 900, 16)
    ]
    b.set_body(".".join(parts).encode(), "application/jose")
    b.ok_json({"ok": True})
    return b.build()


def amplitude(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": new_hex(c.rng, 32),
            "events": [
                {
                    "device_id": b.id("amp_device", where="json events[].device_id"),
                    "user_id": b.acct("bank_customer"),
                    "event_type": c.rng.choice(
                        ["Viewed Accounts", "Started Mobile Deposit", "Viewed Card"]
                    ),
                    "time": ms(c),
                    "idfv": b.id("idfv_bank", where="json events[].idfv"),
                    "platform": "iOS",
                    "os_name": "ios",
                    "os_version": "18.1",
                    "device_model": "iPhone15,4",
                    "session_id": ms(c),
                    "insert_id": rid(c.rng),
                    "library": "amplitude-swift/1.9.2",
                }
            ],
            "options": {"min_id_length": 1},
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/summary")
    b.decoy("account balances and a 30-day balance series (numbers, not biometrics)")
    b.ok_json(
        {
            "accounts": [
                {
                    "type": t,
                    "last4": str(c.rng.randint(1000, 9999)),
                    "balance": rf(c.rng, 50, 9000, 2),
                }
                for t in ("checking", "savings")
            ],
            "series": [rf(c.rng, 1000, 5000, 2) for _ in range(30)],
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/accounts/v1/checking/transactions?limit=25")
    b.decoy("transactions incl. streaming subscriptions (billing, not what was watched)")
    b.ok_json(
        {
            "items": [
                {
                    "desc": d,
                    "amount": rf(c.rng, -80, -5, 2),
                    "postedAt": iso(c),
                    "txnId": rid(c.rng),
                }
                for d in ("MARQUEEPLUS*SUBSCR", "KROGER #512", "HEB SAN ANTONIO TX", "SHELL OIL")
            ]
        }
    )
    return b.build()


def check_deposit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/deposits/v1/checks")
    b.decoy("check front/back images (a document, no face)")
    b.json(
        {"amount": rf(c.rng, 20, 900, 2), "front": b64(_jpeg(c, 300)), "back": b64(_jpeg(c, 300))}
    )
    b.ok_json({"depositId": rid(c.rng), "status": "pending"})
    return b.build()


def id_ocr(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/onboarding/v1/document-result?ref={rid(c.rng)}")
    b.decoy("OCR'd licence fields and text boxes (document data, no face analysis)")
    b.ok_json(
        {
            "fields": {
                "firstName": "DANA",
                "lastName": "WHITFIELD",
                "dob": "1987-04-12",
                "state": "OH",
                "sex": "F",
            },
            "boxes": [[rf(c.rng, 0, 600, 0), rf(c.rng, 0, 400, 0), 120, 24] for _ in range(4)],
        }
    )
    return b.build()


def atm_locator(c: Context) -> Flow:
    lat, lon = rf(c.rng, 39.9, 40.1, 4), rf(c.rng, -83.1, -82.9, 4)
    b = _b(c, "GET", f"{API}/locations/v1/atms?lat={lat}&lng={lon}&radius=5")
    b.decoy("ATM coordinates")
    b.ok_json(
        {"atms": [{"id": f"ATM{c.rng.randint(100, 999)}", "lat": lat + 0.01, "lng": lon - 0.02}]}
    )
    return b.build()
