"""Public-transport app ("MetroPass") with face payment at the gates.

The rider enrols a face template once (captured with liveness frames); the
gates then charge the fare after a face match, and the app lists the trips with
the match result. The backend is in-house (Korean-English key names, some
abbreviated, as such backends have); the liveness capture goes to the
operator's face-verification endpoint as JPEG frames.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.metropass.co.kr"
UA = ua("MetroPass", "7.3.0")
STATIONS = ["Seoul Stn", "City Hall", "Gangnam", "Hongik Univ.", "Jamsil", "Yeouido"]


def _b(ctx: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(ctx, "metropass", method, url)
    b.header("user-agent", UA)
    if dev:  # public endpoints (routes, fares) go without it
        b.header("x-mp-device", b.id("metro_device", where="header:x-mp-device"))
    return b


def face_enrol(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/facepay/v1/enroll")
    b.bio("face_template", "json:faceFeature (b64 float32 512-d)")
    b.json(
        {
            "riderNo": b.acct("metro_user"),
            "faceFeature": floats_b64(floats(ctx.rng, 512)),
            "featVer": "FR-512-v7",
            "livenessScore": rf(ctx.rng, 0.9, 1.0, 3),
            "consentAt": iso(ctx),
        }
    )
    b.ok_json({"rslt": "OK", "tmplId": rid(ctx.rng)})
    return b.build()


def liveness_frames(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/facepay/v1/liveness")
    b.bio("face_image", "multipart:frame_1..3 (JPEG) to face liveness check")
    bnd = "mp" + rid(ctx.rng).replace("-", "")[:18]
    parts = [("action", None, None, b"blink_then_turn")]
    parts += [
        (f"frame_{i}", f"f{i}.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 600))
        for i in range(1, 4)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"live": True, "score": rf(ctx.rng, 0.9, 1.0, 3)})
    return b.build()


def trips(ctx: Context) -> Flow:
    """Trip history: each gate transaction with the face match that paid it."""
    b = _b(ctx, "GET", f"{API}/v2/trips?month=current")
    b.mark(
        "biometric", "face_match", "response json:trips[].faceVerify.similarity", True, "response"
    )
    items = []
    for _ in range(4):
        items.append(
            {
                "txNo": "T" + str(ctx.rng.randint(10**11, 10**12)),
                "gateIn": ctx.rng.choice(STATIONS),
                "fare": ctx.rng.choice([1400, 1500, 1650]),
                "payType": "FACE",
                "faceVerify": {"similarity": rf(ctx.rng, 0.88, 0.99, 3), "gateCam": "GC-2"},
            }
        )
    b.ok_json({"trips": items})
    return b.build()


def gate_event_opaque(ctx: Context) -> Flow:
    """A queued gate receipt the app forwards: base64 of a packed record."""
    b = _b(ctx, "POST", f"{API}/v2/sync/q")
    b.bio("face_match", "json:r (base64 packed gate record)", detectable=False)
    rec = bytes(ctx.rng.randint(0, 255) for _ in range(48))
    b.json({"r": b64(rec), "c": 1})
    b.no_content()
    return b.build()


def route(ctx: Context) -> Flow:
    a, z = ctx.rng.sample(STATIONS, 2)
    b = _b(ctx, "GET", f"{API}/v1/route?from={a}&to={z}", dev=False)
    b.decoy("route with a polyline of coordinates and fares")
    pts = [
        [round(37.5 + ctx.rng.random() / 10, 6), round(126.9 + ctx.rng.random() / 5, 6)]
        for _ in range(12)
    ]
    b.ok_json({"polyline": pts, "fare": 1500, "minutes": ctx.rng.randint(8, 55)})
    return b.build()


def fare_table(ctx: Context) -> Flow:
    b = _b(ctx, "GET", f"{API}/v1/fares", dev=False)
    b.decoy("fare price series")
    b.ok_json({"adult": [1400, 1500, 1650, 1750], "youth": [800, 900, 1000], "ts": ms(ctx)})
    return b.build()


def qr_ticket(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v1/qr/issue")
    b.decoy("QR ticket payload and order number")
    b.json({"orderNo": "MP" + str(ctx.rng.randint(10**9, 10**10)), "amount": 1500})
    b.respond(
        200, "application/json", js({"qr": b64(rid(ctx.rng)), "exp": ms(ctx) + 300000}).encode()
    )
    return b.build()


def register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", f"{API}/v1/app/init")
    b.json(
        {
            "ssaid": b.id("aid_metro", where="json:ssaid"),
            "oaid": b.id("oaid", where="json:oaid"),
            "os": "android",
            "appVer": "7.3.0",
        }
    )
    b.ok_json({"notice": [], "faceGateStations": STATIONS[:3]})
    return b.build()
