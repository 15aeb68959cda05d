"""Jetway, an airline and airport app with biometric (face) boarding.

Formats followed:
- IATA One ID / Digital Travel Credential enrolment: a face template (ISO/IEC
  19794-5 / 39794-5 face image data) bound to the passenger's booking
  (iata.org/en/programs/passenger/one-id/; ICAO DTC, icao.int "Digital Travel
  Credentials"); SITA Smart Path style "biometric boarding" tokens.
- CLEAR-style selfie capture for enrolment (multipart image).
- IATA BCBP boarding pass strings (Resolution 792) and flight status / fare
  calendars - negatives.
- Adjust SDK session package (github.com/adjust/android_sdk,
  PackageBuilder: `gps_adid`, `android_uuid`, `app_token`, `created_at`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, jwt, multipart

from .phone import FB, floats, iso, ms, req_id, rf, ua

UA = ua("Jetway", "12.8.0")
ROUTES = [("LHR", "LIS"), ("MAN", "DUB"), ("LGW", "BCN"), ("EDI", "AMS")]


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "jetway-api", method, f"https://mobile.jetway.travel{path}")
    b.header("user-agent", UA)
    b.header("x-correlation-id", req_id(ctx.rng))
    b.decoy("x-correlation-id uuid")
    return b


def flight_status(ctx: Context) -> Flow:
    o, d = ctx.rng.choice(ROUTES)
    b = _api(ctx, "GET", f"/v3/flights/status?from={o}&to={d}&date=2024-07-14")
    b.ok_json(
        {
            "flights": [
                {"number": f"JW{ctx.rng.randint(100, 999)}", "status": "on_time", "gate": "B3"}
            ]
        }
    )
    return b.build()


def fare_calendar(ctx: Context) -> Flow:
    """Lowest fares per day (negative: a price series)."""
    o, d = ctx.rng.choice(ROUTES)
    b = _api(ctx, "GET", f"/v3/fares/calendar?from={o}&to={d}&month=2024-08")
    b.ok_json({"currency": "GBP", "prices": [rf(ctx.rng, 39, 240, 2) for _ in range(31)]})
    return b.build()


def seat_map(ctx: Context) -> Flow:
    b = _api(ctx, "GET", f"/v3/seatmap/JW{ctx.rng.randint(100, 999)}")
    b.ok_json(
        {
            "rows": [
                {
                    "row": r,
                    "seats": [{"id": f"{r}{c}", "free": ctx.rng.random() < 0.4} for c in "ABCDEF"],
                }
                for r in range(1, 4)
            ]
        }
    )
    return b.build()


def boarding_pass(ctx: Context) -> Flow:
    b = _api(ctx, "GET", f"/v3/bookings/{new_hex(ctx.rng, 6).upper()}/boardingpass")
    pnr = new_hex(ctx.rng, 6).upper()
    bcbp = f"M1OKAFOR/TOMAS       E{pnr} LHRLISJW 0{ctx.rng.randint(100, 999)} 196Y014C0042 100"
    b.decoy("BCBP string")
    b.ok_json({"bcbp": bcbp, "format": "aztec", "gate": "B3", "boarding": iso(ctx)})
    return b.build()


def airport_map(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "jetway-maps",
        "GET",
        f"https://maps.jetway.travel/tiles/LHR/T5/{ctx.rng.randint(1, 3)}"
        f"/{ctx.rng.randint(0, 30)}/{ctx.rng.randint(0, 30)}.pbf",
    )
    b.respond(200, "application/x-protobuf", bytes(50))
    return b.build()


def loyalty(ctx: Context) -> Flow:
    b = _api(ctx, "GET", f"/v3/members/{ctx.phone.jet_member}/points")
    b.ok_json({"points": ctx.rng.randint(0, 90000), "tier": "silver"})
    return b.build()


def face_enrol(ctx: Context, b64_form: bool) -> Flow:
    b = _api(ctx, "POST", "/v3/one-id/enrolment")
    vec = floats(ctx.rng, 512)
    b.json(
        {
            "booking_ref": new_hex(ctx.rng, 6).upper(),
            "consent": {"biometric_boarding": True, "at": iso(ctx)},
            "face_template": floats_b64(vec) if b64_form else vec,
            "template_format": "ISO/IEC 39794-5",
            "capture_device": "selfie",
        }
    )
    b.bio("face_template", "body.face_template (One ID enrolment)")
    b.ok_json({"token_id": "tok_" + new_hex(ctx.rng, 16), "valid_until": iso(ctx)})
    return b.build()


def selfie_capture(ctx: Context) -> Flow:
    b = FB(ctx, "jetway-identity", "POST", "https://identity.jetway.travel/v1/enrol/selfie")
    boundary = "----" + new_hex(ctx.rng, 24)
    b.set_body(
        multipart(
            boundary,
            [
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 600)),
                (
                    "passport_chip_photo",
                    "dg2.jpg",
                    "image/jpeg",
                    fake_jpeg(ctx.rng.randint(0, 10**6), 400),
                ),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.bio("face_image", "multipart selfie + passport DG2 face image for matching")
    b.ok_json({"match": "pending"})
    return b.build()


def gate_token(ctx: Context) -> Flow:
    """Token for the boarding gate: wraps the face template in a JWT claim named 'ft'."""
    b = _api(ctx, "POST", "/v3/one-id/gate-token")
    b.json(
        {
            "t": jwt(
                {
                    "ft": floats_b64(floats(ctx.rng, 128)),
                    "pnr": new_hex(ctx.rng, 6).upper(),
                    "exp": int(ctx.now) + 7200,
                }
            )
        }
    )
    b.bio("face_template", "body.t JWT claim ft (float32 base64)", False)
    b.ok_json({"ok": True})
    return b.build()


def adjust_session(ctx: Context, hashed: bool) -> Flow:
    b = FB(ctx, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", "2fm9gkqubvpc"),
        ("created_at", iso(ctx)),
        ("environment", "production"),
        ("tracking_enabled", "1"),
        ("android_uuid", b.id("jet_adjust_uuid", where="form:android_uuid")),
        ("session_count", str(ctx.rng.randint(2, 40))),
    ]
    if hashed:
        pairs.append(("gps_adid_md5", b.id("gaid", "md5", "form:gps_adid_md5")))
    else:
        pairs.append(("gps_adid", b.id("gaid", where="form:gps_adid")))
    b.form(pairs)
    adid = b.id("jet_adid", where="response.adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(ctx)})
    return b.build()


def ancillary_offer(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v3/offers/ancillaries?bag=1&seat=1")
    b.ok_json(
        {
            "offers": [{"code": "BAG23", "price": rf(ctx.rng, 20, 60, 2)}],
            "order_ref": "JW" + str(ctx.rng.randint(10**8, 10**9)),
        }
    )
    b.decoy("order_ref")
    return b.build()


def analytics_opaque(ctx: Context) -> Flow:
    """The app's own analytics: base64 JSON with one-letter keys (device id opaque)."""
    b = _api(ctx, "POST", "/t")
    body = {
        "e": "screen",
        "s": "home",
        "ts": ms(ctx),
        "x": b.id("aid_jet", where="body.p(b64).x", detectable=False),
    }
    b.form([("p", b64(jsb(body)))])
    b.no_content()
    return b.build()
