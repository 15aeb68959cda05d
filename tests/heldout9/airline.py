"""Aurelia Air (fictional airline): biometric boarding and passport photo match.

Biometric boarding schemes (IATA One ID; SITA Smart Path; the TSA / CBP
"Traveler Verification Service") enrol a selfie against the passport chip
portrait (ICAO 9303 LDS data group 2, a JPEG / JPEG2000 face image) and hand
the gate a face template. The airline's backend is its own (key names are
ours); Firebase Installations is real: POST
firebaseinstallations.googleapis.com/v1/projects/{p}/installations with fid,
appId, authVersion "FIS_v2", sdkVersion (firebase-android-sdk,
firebase-installations FirebaseInstallationServiceClient).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

HOST = "https://mobile.aureliaair.com"
UA = ua("AureliaAir", "8.14.0")


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "aurelia-air", method, HOST + path)
    b.header("user-agent", UA)
    b.header("x-aa-device", b.id("aid_air", where="header x-aa-device"))
    b.header("authorization", "Bearer " + rid(ctx.rng).replace("-", ""))
    return b


def face_enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v3/biometric-boarding/enrolments")
    b.json(
        {
            "travellerId": b.acct("air_user"),
            "consentVersion": "BB-2024-03",
            "capture": {
                "selfieJpeg": b64(fake_jpeg(ctx.rng.getrandbits(32), 1400)),
                "width": 720,
                "height": 960,
                "livenessScore": rf(ctx.rng, 0.9, 0.99),
                "camera": "front",
            },
            "flight": {"number": "AU 214", "date": iso(ctx)[:10], "origin": "BUD"},
        }
    )
    b.bio("face_image", "json capture.selfieJpeg (boarding enrolment)")
    b.ok_json({"enrolmentId": rid(ctx.rng), "status": "PENDING_MATCH"}, 201)
    return b.build()


def passport_match(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v3/identity/passport-match")
    bnd = "----aa" + rid(ctx.rng).replace("-", "")[:20]
    meta = b'{"documentType":"P","issuingState":"HUN","dataGroup":"DG2","chipAuth":"PACE"}'
    parts = [
        ("meta", None, "application/json", meta),
        ("chipPortrait", "dg2.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1100)),
        ("liveSelfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1300)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart chipPortrait + liveSelfie (1:1 face match)")
    b.ok_json({"match": True, "score": rf(ctx.rng, 0.8, 0.99), "threshold": 0.72})
    return b.build()


def gate_template(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v3/biometric-boarding/gate-token")
    b.json(
        {
            "bookingRef": "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
            "faceTemplate": floats_b64(floats(ctx.rng, 128, 6)),
            "templateFormat": "float32-le/128",
            "templateVersion": "frt-5.2",
            "gate": ctx.rng.choice(["A12", "A14", "B3", "C7"]),
        }
    )
    b.bio("face_template", "json faceTemplate (base64 float32 face template)")
    b.ok_json({"token": rid(ctx.rng), "validUntil": iso(ctx)})
    return b.build()


def bb_sync_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v3/bb/sync")
    blob = fake_jpeg(ctx.rng.getrandbits(32), 700)[20:]
    b.json({"v": 2, "kid": "bbk-" + str(ctx.rng.randint(10, 99)), "ct": b64(blob)})
    b.bio("face_template", "json ct (encrypted template bundle)", detectable=False)
    b.no_content()
    return b.build()


def firebase_installation(ctx: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/aurelia-air-prod/installations"
    b = FB(ctx, "firebase-installations", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + rid(ctx.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.aureliaair.mobile")
    b.json(
        {
            "fid": b.id("air_fid", where="json fid"),
            "appId": "1:418822690117:android:5c0d3e8f2a1b7c44",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/418822690117/installations/x", "refreshToken": rid(ctx.rng)})
    return b.build()


def _public(ctx: Context, path: str) -> FB:
    """Public flight information: no session, no device header."""
    b = FB(ctx, "aurelia-air", "GET", "https://flights.aureliaair.com" + path)
    b.header("user-agent", UA)
    return b


def boarding_pass(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/api/v3/trips/current/boarding-pass")
    seq = ctx.rng.randint(1, 180)
    bcbp = (
        f"M1VARGA/INES         EQX7K2P BUDLHRAU 0214 {ctx.rng.randint(100, 366)}Y014C{seq:04d} 100"
    )
    b.ok_json({"bcbp": bcbp, "format": "PDF417", "gate": "A12", "boarding": iso(ctx)})
    b.decoy("IATA BCBP boarding pass barcode string")
    return b.build()


def flight_status(ctx: Context) -> Flow:
    b = _public(ctx, "/api/v3/flights/AU214/status")
    b.param("date", iso(ctx)[:10])
    b.ok_json(
        {
            "status": "ON_TIME",
            "gate": "A12",
            "track": [[47.43, 19.26], [48.2, 16.4], [51.47, -0.45]],
        }
    )
    b.decoy("flight status with a coordinate list")
    return b.build()


def seat_map(ctx: Context) -> Flow:
    b = _public(ctx, "/api/v3/flights/AU214/seatmap")
    rows = [{"row": r, "seats": "ABCDEF", "taken": ctx.rng.randint(0, 63)} for r in range(1, 31)]
    b.ok_json({"aircraft": "A321neo", "rows": rows, "prices": [rf(ctx.rng, 9, 60, 2)] * 4})
    b.decoy("seat map grid and price list")
    return b.build()


def login(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/api/v3/auth/login")
    b.json({"email": b.id("email", where="json email"), "password": "*" * 12, "remember": True})
    b.ok_json({"accessToken": rid(ctx.rng), "travellerId": b.acct("air_user")})
    return b.build()
