"""Taxi app "DiDa Driver" (the phone's user drives): face verification before a
shift, GPS ride logs, order dispatch, crash reports.

Sources: Face++ Compare API v3 (`POST https://api-cn.faceplusplus.com/facepp/v3/compare`,
multipart `api_key`, `api_secret`, `image_file1`, `face_token2`; answer
`confidence`, `thresholds`); Sentry envelope format (`POST /api/{project}/envelope/`,
header line with `event_id`/`sent_at`/`dsn`, item header, event JSON with
`contexts.trace.trace_id`; develop.sentry.dev "Envelopes"). Driver-app endpoints
and key names are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://driver-api.dida-ride.com"
UA = ua("DiDaDriver", "8.3.12")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-device-fp", b.id("aid_taxi", how="md5", where="header.x-device-fp(md5)"))
    b.header("x-driver-id", b.acct("taxi_driver"))


def facepp_compare(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "faceplusplus",
        "POST",
        "https://api-cn.faceplusplus.com/facepp/v3/compare",
        http_version="HTTP/1.1",
    )
    bnd = "----dd" + new_hex(ctx.rng, 16)
    body = multipart(
        bnd,
        [
            ("api_key", None, None, new_hex(ctx.rng, 32).encode()),
            ("api_secret", None, None, new_hex(ctx.rng, 32).encode()),
            (
                "image_file1",
                "shift_selfie.jpg",
                "image/jpeg",
                fake_jpeg(ctx.rng.randint(0, 1 << 30), 1300),
            ),
            ("face_token2", None, None, new_hex(ctx.rng, 32).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.header("user-agent", UA)
    b.bio("face_image", "body.multipart.image_file1 (to a face-compare API)")
    b.ok_json(
        {
            "request_id": f"{int(ctx.now)},{rid(ctx.rng)}",
            "confidence": rf(ctx.rng, 70, 97, 3),
            "thresholds": {"1e-3": 62.327, "1e-4": 69.101, "1e-5": 73.975},
            "time_used": 412,
        }
    )
    return b.build()


def liveness_result(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "dida-driver", "POST", f"{API}/driver/v3/face/verify_result")
    _hdr(b)
    b.json(
        {
            "shiftId": "S" + new_digits(r, 10),
            "similarity": rf(r, 70, 97, 2),
            "liveness": {
                "score": rf(r, 0.8, 1, 3),
                "actions": [
                    {"type": t, "passed": True} for t in ("blink", "turn_head_left", "open_mouth")
                ],
            },
            "faceQuality": {
                "blur": rf(r, 0, 0.3, 3),
                "illumination": rf(r, 0.4, 1, 3),
                "occlusion": 0.0,
            },
            "headPose": {
                "yaw": rf(r, -12, 12, 2),
                "pitch": rf(r, -10, 10, 2),
                "roll": rf(r, -5, 5, 2),
            },
            "faceRect": [188, 270, 520, 520],
        }
    )
    b.bio("face_analysis", "body.json.similarity+liveness+faceQuality+headPose")
    b.ok_json({"code": 0, "canStartShift": True})
    return b.build()


def selfie_upload(ctx: Context) -> Flow:
    b = FB(ctx, "dida-driver", "POST", f"{API}/driver/v3/face/selfie")
    _hdr(b)
    bnd = "dd" + new_hex(ctx.rng, 24)
    body = multipart(
        bnd,
        [
            ("scene", None, None, b"shift_start"),
            ("faceImage", "face.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30), 1200)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.multipart.faceImage (face verification)")
    b.ok_json({"code": 0, "taskId": rid(ctx.rng)})
    return b.build()


def track(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "dida-driver", "POST", f"{API}/driver/v2/trip/track")
    _hdr(b)
    lat, lng, t = 30.27 + r.uniform(-0.05, 0.05), 120.15 + r.uniform(-0.05, 0.05), ms(ctx)
    pts = []
    for i in range(20):
        lat, lng = lat + r.gauss(0, 0.0004), lng + r.gauss(0, 0.0004)
        pts.append([round(lat, 6), round(lng, 6), t + i * 3000, rf(r, 0, 16, 1), r.randint(0, 359)])
    b.json({"orderId": "O" + new_digits(r, 16), "points": pts, "coord": "gcj02"})
    b.ok_json({"code": 0})
    b.decoy("ride GPS log: lat/lng/time/speed/bearing rows")
    return b.build()


def trip_summary(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx, "dida-driver", "GET", f"{API}/driver/v2/trips", [("day", iso(ctx)[:10]), ("page", "1")]
    )
    _hdr(b)
    b.ok_json(
        {
            "trips": [
                {
                    "orderId": "O" + new_digits(r, 16),
                    "fare": rf(r, 12, 95, 2),
                    "km": rf(r, 2, 30, 1),
                    "start": iso(ctx),
                    "rating": r.randint(4, 5),
                }
                for _ in range(4)
            ],
            "income": rf(r, 200, 900, 2),
        }
    )
    b.decoy("list of today's trips with fares")
    return b.build()


def dispatch(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "dida-driver", "POST", f"{API}/driver/v2/dispatch/poll")
    _hdr(b)
    b.json({"lat": rf(r, 30.2, 30.35, 6), "lng": rf(r, 120.1, 120.25, 6), "online": True})
    b.ok_json(
        {
            "offers": [
                {
                    "orderId": "O" + new_digits(r, 16),
                    "pickupEtaSec": r.randint(60, 600),
                    "fareEst": rf(r, 15, 60, 2),
                    "traceId": new_hex(r, 32),
                }
            ]
        }
    )
    return b.build()


def sentry_crash(ctx: Context) -> Flow:
    r = ctx.rng
    eid = new_hex(r, 32)
    b = FB(ctx, "sentry", "POST", "https://o4504.ingest.sentry.io/api/4504512/envelope/")
    b.header("user-agent", "sentry.java.android/7.3.0")
    event = {
        "event_id": eid,
        "timestamp": iso(ctx),
        "platform": "java",
        "level": "error",
        "release": "com.dida.driver@8.3.12+8312",
        "exception": {
            "values": [
                {
                    "type": "IllegalStateException",
                    "value": "order state 7",
                    "stacktrace": {
                        "frames": [{"function": "onResume", "lineno": r.randint(10, 400)}]
                    },
                }
            ]
        },
        "contexts": {
            "trace": {"trace_id": new_hex(r, 32), "span_id": new_hex(r, 16)},
            "os": {"name": "Android", "version": "14"},
        },
    }
    env = "\n".join(
        [
            js({"event_id": eid, "sent_at": iso(ctx)}),
            js({"type": "event", "length": len(js(event))}),
            js(event),
        ]
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    b.decoy("crash report with event, trace and span ids")
    return b.build()
