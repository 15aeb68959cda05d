"""Xawaalad Express: a remittance app on the son's Pixel 8 in Minneapolis, sending
money home to Hargeisa and Mogadishu (payout to a Zaad / EVC Plus wallet or a
cash office).

US money-transmitter rules make it verify identity: the Onfido SDK uploads a
live photo (`POST /v3.6/live_photos`, multipart `file` and
`advanced_validation`), a motion video (`/v3.6/live_videos`) and the ID card
(`/v3.6/documents` with `type`, `side`; the back side has no face), with the
SDK token from the app's backend (https://documentation.onfido.com/api/latest/).
Before a large transfer the app re-checks the sender with a selfie it posts
itself as msgpack under a one-letter key. The device is registered with the
app's own device UUID and the ANDROID_ID; the transfer history call carries a
SHA-1 of the ANDROID_ID in a short header. Quotes, recipients and transfers are
ordinary (account numbers, references).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4, js, jwt, mpack, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.xawaalad-express.example"
ONFIDO = "https://api.onfido.com/v3.6"
UA = ua("XawaaladExpress", "6.0.3", "wiil")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xawaalad", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-onfido-sdk-platform", "android")
    b.header("x-onfido-sdk-version", "21.2.0")
    token = jwt({"payload": new_hex(c.rng, 48), "uuid": rid(c.rng), "exp": int(c.now) + 5400})
    b.header("authorization", "Bearer " + token)
    b.decoy("SDK token (JWT)")
    return b


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices")
    b.json(
        {
            "deviceId": b.id("xaw_device_uuid", where="json deviceId"),
            "androidId": b.id("aid_xawaalad", where="json androidId"),
            "platform": "android",
            "model": "Pixel 8",
            "pushToken": new_hex(c.rng, 64),
        }
    )
    b.decoy("FCM push token (hex)")
    b.ok_json({"registered": True})
    return b.build()


def sdk_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/kyc/onfido/sdk-token")
    b.json({"applicationId": "com.xawaaladexpress.app"})
    b.decoy("Onfido applicant id and SDK token")
    b.ok_json(
        {
            "applicant_id": b.acct("xaw_applicant"),
            "token": jwt({"payload": new_hex(c.rng, 48), "exp": int(c.now) + 5400}),
        }
    )
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live photo)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ("advanced_validation", None, None, b"true"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "href": f"/v3.6/live_photos/{rid(c.rng)}",
        },
        201,
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file video/mp4 + challenge (Onfido motion)")
    boundary = rid(c.rng)
    challenge = [{"type": "movement", "query": "turnLeft"}, {"type": "recite", "query": [4, 1, 7]}]
    body = multipart(
        boundary,
        [
            ("file", "face_video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
            ("challenge", None, "application/json", js(challenge).encode()),
            ("languages", None, "application/json", b'[{"source":"sdk","language_code":"en"}]'),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_type": "video/mp4"}, 201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back side (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("file", "document_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ("type", None, None, b"driving_licence"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"USA"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "driving_licence", "side": "back"}, 201)
    return b.build()


def selfie_recheck_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/x/s")
    b.bio("face_image", "msgpack p (JPEG bytes)", detectable=False)
    b.set_body(
        mpack({"p": fake_jpeg(c.rng.randint(0, 10**9), 600), "t": ms(c), "n": 1}),
        "application/x-msgpack",
    )
    b.ok_json({"ok": 1})
    return b.build()


def history_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/transfers?limit=20")
    b.header("x-dv", b.id("aid_xawaalad", "sha1", "header x-dv", detectable=False))
    b.decoy("transfer references and amounts")
    b.ok_json(
        {
            "transfers": [
                {
                    "reference": f"XE{c.rng.randint(10**8, 10**9)}",
                    "amountUsd": rf(c.rng, 50, 600, 2),
                    "status": "PAID",
                    "createdAt": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def quote(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/quote?from=USD&to=USD&payout=zaad&amount=200")
    b.ok_json({"fee": 4.0, "rate": 1.0, "receive": 200.0, "quoteId": rid(c.rng)})
    return b.build()


def recipients(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/recipients")
    b.decoy("recipients' wallet numbers")
    b.ok_json(
        {
            "recipients": [
                {
                    "name": "Hooyo",
                    "payout": "evc_plus",
                    "wallet": "+25261" + str(c.rng.randint(10**6, 10**7)),
                },
                {
                    "name": "Aabo",
                    "payout": "zaad",
                    "wallet": "+25263" + str(c.rng.randint(10**6, 10**7)),
                },
                {
                    "name": "Ayaan",
                    "payout": "mpesa",
                    "wallet": "+25472" + str(c.rng.randint(10**6, 10**7)),
                },
            ]
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/transfers")
    b.decoy("wallet number and idempotency key")
    b.json(
        {
            "recipientWallet": "+25263" + str(c.rng.randint(10**6, 10**7)),
            "payout": c.rng.choice(["zaad", "evc_plus", "cash_pickup"]),
            "amountUsd": rf(c.rng, 50, 600, 2),
            "purpose": "family_support",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"XE{c.rng.randint(10**8, 10**9)}", "status": "PENDING"}, 201)
    return b.build()
