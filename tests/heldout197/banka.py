"""Banka Kursimi: a retail bank app with face login (the father's Samsung in Tirana).

Onboarding runs a selfie KYC with Veriff: the app creates a session and posts
the selfie to the session's media endpoint (`image.context` = "face",
`image.content` a base64 data URI; headers X-AUTH-CLIENT and X-HMAC-SIGNATURE,
https://developers.veriff.com/#sessions-sessionid-media-post). The document's
back side goes the same way (no face on it). Face login computes a 512-float
face template on the phone and sends it with a liveness score; a newer build
sends the template as protobuf packed floats, and the in-app liveness step
sends its frames as nameless multipart parts. Device binding sends the
ANDROID_ID, the bank's own device key and the advertising id (the fraud engine
collects it). Exchange rates, transfers, the self-declared gender on the KYC
form and the profile avatar (not sent to any face-analysis service) are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.bankakursimi.example"
VERIFF = "https://stationapi.veriff.com/v1"
UA = ua("BankaKursimi", "5.3.1", "babai")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankakursimi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _veriff(c: Context, path: str) -> FB:
    b = FB(c, "veriff", "POST", f"{VERIFF}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", new_hex(c.rng, 64))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pajisja/lidh")
    b.json(
        {
            "androidId": b.id("aid_banka", where="json androidId"),
            "deviceKey": b.id("banka_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_babai", where="json advertisingId"),
            "modeli": "SM-A546B",
            "rrenjosur": False,
            "emulator": False,
        }
    )
    b.ok_json({"lidhur": True, "otpDerguar": True})
    return b.build()


def veriff_session(c: Context) -> Flow:
    b = _veriff(c, "sessions")
    b.decoy("person name / vendorData in a KYC session")
    b.json(
        {
            "verification": {
                "callback": "https://mobile.bankakursimi.example/kyc/veriff/kthim",
                "person": {"firstName": "Arben", "lastName": "Hoxha"},
                "vendorData": b.acct("banka_user"),
                "timestamp": iso(c),
            }
        }
    )
    b.ok_json({"status": "success", "verification": {"id": rid(c.rng), "status": "created"}})
    return b.build()


def veriff_selfie(c: Context) -> Flow:
    b = _veriff(c, f"sessions/{rid(c.rng)}/media")
    b.bio("face_image", "json image.content (context face, Veriff media)")
    b.json(
        {
            "image": {
                "context": "face",
                "content": "data:image/jpeg;base64," + _jpeg(c),
                "timestamp": iso(c),
            }
        }
    )
    b.ok_json({"status": "success", "image": {"id": rid(c.rng), "context": "face"}})
    return b.build()


def veriff_document_back(c: Context) -> Flow:
    b = _veriff(c, f"sessions/{rid(c.rng)}/media")
    b.decoy("document back-side image (no face)")
    b.json(
        {
            "image": {
                "context": "document-back",
                "content": "data:image/jpeg;base64," + _jpeg(c),
                "timestamp": iso(c),
            }
        }
    )
    b.ok_json({"status": "success", "image": {"id": rid(c.rng), "context": "document-back"}})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/hyrja/fytyre")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "perdoruesi": b.acct("banka_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "fr-v4-512",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "koha": iso(c),
        }
    )
    b.ok_json({"sakte": True, "ngjashmeria": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/hyrja/fytyre/regjistro")
    b.bio("face_embedding", "json fytyra.embedding (512 floats)")
    b.json(
        {
            "perdoruesi": b.acct("banka_user"),
            "fytyra": {"embedding": floats(c.rng, 512), "modeli": "fr-v4-512"},
            "deviceKey": b.id("banka_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"regjistruar": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/h")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/h4")
    b.bio("face_image", "multipart parts a1..a3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"a{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"hapi": 5})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-p' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/llogarite")
    b.header("x-p", b.id("aid_banka", "sha256", "header x-p", detectable=False))
    b.ok_json(
        {
            "llogarite": [
                {
                    "iban": "AL47" + "".join(str(c.rng.randint(0, 9)) for _ in range(24)),
                    "monedha": "ALL",
                    "gjendja": rf(c.rng, 1000, 900000, 2),
                }
            ]
        }
    )
    return b.build()


def kursi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kursi-kembimit")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "kurset": {"EUR": rf(c.rng, 98, 102, 2), "USD": rf(c.rng, 90, 96, 2), "GBP": 117.4},
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transferta")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "ngaIban": "AL47" + "".join(str(c.rng.randint(0, 9)) for _ in range(24)),
            "tekIban": "IT60X0542811101000000" + str(c.rng.randint(100000, 999999)),
            "shuma": rf(c.rng, 20, 500, 2),
            "monedha": "EUR",
            "pershkrimi": "Për Erionin në Milano",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referenca": f"TRF{c.rng.randint(10**9, 10**10)}", "statusi": "NE_PROCES"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/te-dhenat")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "emri": "Arben",
            "mbiemri": "Hoxha",
            "gjinia": "M",
            "datelindja": "1968-03-12",
            "qyteti": "Tiranë",
            "nid": "H" + str(c.rng.randint(10**7, 10**8)) + "L",
        }
    )
    b.ok_json({"ruajtur": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profili/foto")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bankakursimi.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verifiko")
    b.json({"kodi": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"sakte": True})
    return b.build()
