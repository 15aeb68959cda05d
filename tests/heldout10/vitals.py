"""Health-insurance app "AnKangBao" with a face scan for vital signs.

The scan follows the camera-vitals SDKs (Binah.ai, Shen.AI, Circadify, VitalLens):
the face is tracked on the phone, regions of interest (forehead, cheeks) are
placed from facial landmarks, and their colour traces (rPPG) or small face-ROI
patches leave the phone; the results resemble Shen.AI's documented result fields
(`heart_rate_bpm`, `hrv_sdnn_ms`, `breathing_rate_bpm`, `stress_index`,
`systolic_blood_pressure_mmhg`, `age_years`, `bmi_category`; developer.shen.ai
"Results"). Circadify's web SDK documents uploading 72x72 face patches
(github.com/circadify/rPPG-Web). Endpoints and other key names are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, multipart

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://api.ankangbao-ins.com"
SCAN = "https://facescan.ankangbao-ins.com"
UA = ua("AnKangBao", "4.7.0")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-akb-device-id", b.id("aid_health", where="header.x-akb-device-id"))
    b.header("x-akb-member", b.acct("health_member"))


def _trace(ctx: Context, n: int = 90) -> list[float]:
    base = ctx.rng.uniform(90, 160)
    return [round(base + ctx.rng.gauss(0, 0.6), 3) for _ in range(n)]


def roi_signals(ctx: Context) -> Flow:
    b = FB(ctx, "akb-facescan", "POST", f"{SCAN}/v2/scan/{rid(ctx.rng)}/signals")
    _hdr(b)
    rois = {
        name: {"r": _trace(ctx), "g": _trace(ctx), "b": _trace(ctx)}
        for name in ("forehead", "leftCheek", "rightCheek")
    }
    b.json(
        {
            "fps": 30,
            "chunk": ctx.rng.randint(0, 9),
            "faceBox": [212, 340, 655, 655],
            "faceLandmarks68": points(ctx.rng, 68),
            "roiTraces": rois,
            "headMotion": [rf(ctx.rng, -2, 2, 3) for _ in range(30)],
        }
    )
    b.bio("face_rppg", "body.json.faceLandmarks68+roiTraces")
    b.ok_json({"accepted": True})
    return b.build()


def roi_patches(ctx: Context) -> Flow:
    b = FB(ctx, "akb-facescan", "POST", f"{SCAN}/v2/scan/{rid(ctx.rng)}/patches")
    _hdr(b)
    bnd = "akb" + new_hex(ctx.rng, 20)
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", b'{"patch":"72x72","frames":60,"roi":"face"}'),
            (
                "face_patches",
                "face_roi_72x72.bin",
                "application/octet-stream",
                ctx.rng.randbytes(1500),
            ),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "body.multipart.face_patches (face ROI pixel patches)")
    b.ok_json({"accepted": True})
    return b.build()


def scan_result(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "akb-api", "POST", f"{API}/v1/wellness/face-scan/result")
    _hdr(b)
    b.json(
        {
            "faceScanId": rid(r),
            "source": "front_camera_face_video",
            "measuredAt": iso(ctx),
            "result": {
                "heart_rate_bpm": r.randint(58, 96),
                "hrv_sdnn_ms": rf(r, 20, 80, 1),
                "breathing_rate_bpm": r.randint(11, 19),
                "stress_index": rf(r, 0, 5, 2),
                "systolic_blood_pressure_mmhg": r.randint(105, 140),
                "diastolic_blood_pressure_mmhg": r.randint(65, 92),
                "age_years": r.randint(28, 40),
                "bmi_category": "normal",
                "average_signal_quality": rf(r, 0.5, 1, 2),
            },
        }
    )
    b.bio("face_analysis", "body.json.result.age_years (face-estimated) in a face-scan result")
    b.ok_json({"discountEligible": r.random() < 0.5})
    return b.build()


def scan_sealed(ctx: Context) -> Flow:
    b = FB(ctx, "akb-facescan", "POST", f"{SCAN}/v2/s")
    b.header("user-agent", UA)
    b.json({"p": b64(ctx.rng.randbytes(900)), "kid": new_hex(ctx.rng, 8)})
    b.bio("face_rppg", "body.json.p (encrypted scan chunk)", detectable=False)
    b.ok_json({"ok": 1})
    return b.build()


def app_open(ctx: Context) -> Flow:
    b = FB(ctx, "akb-api", "POST", f"{API}/v1/device/hello")
    b.header("user-agent", UA)
    b.json(
        {
            "installationId": b.id("health_install", where="body.json.installationId"),
            "androidId": b.id("aid_health", how="sha256", where="body.json.androidId(sha256)"),
            "os": "android",
            "osVersion": "14",
            "model": "23129RAA4G",
            "push": "xiaomi",
        }
    )
    b.ok_json({"session": new_hex(ctx.rng, 32), "featureFlags": {"faceScan": True}})
    return b.build()


def signup(ctx: Context) -> Flow:
    b = FB(ctx, "akb-api", "POST", f"{API}/v1/member/profile")
    b.header("user-agent", UA)
    b.form(
        [
            ("name", "李文静"),
            ("gender", "female"),
            ("birthDate", "1991-04-17"),
            ("email", b.id("email", where="body.form.email")),
            ("province", "浙江"),
            ("smoker", "0"),
            ("heightCm", "163"),
            ("weightKg", "54"),
        ]
    )
    b.ok_json({"ok": True})
    b.decoy("sign-up form with self-declared gender, height and weight")
    return b.build()


def premium_quote(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "akb-api",
        "GET",
        f"{API}/v1/products/{new_digits(r, 5)}/quote",
        [("age", "33"), ("term", "20")],
    )
    b.header("user-agent", UA)
    base = r.uniform(900, 3000)
    b.ok_json(
        {
            "currency": "CNY",
            "yearly": [round(base * (1 + 0.031 * i), 2) for i in range(20)],
            "quoteId": "Q" + new_digits(r, 12),
        }
    )
    b.decoy("premium price series")
    return b.build()


def steps(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "akb-api", "POST", f"{API}/v1/wellness/steps")
    b.header("user-agent", UA)
    b.json({"day": iso(ctx)[:10], "hourly": [r.randint(0, 1800) for _ in range(24)], "goal": 8000})
    b.ok_json({"points": r.randint(0, 50)})
    b.decoy("hourly step counts")
    return b.build()


def clinics(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx, "akb-api", "GET", f"{API}/v1/clinics/nearby", [("lat", "30.2741"), ("lng", "120.1551")]
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "ts": ms(ctx),
            "clinics": [
                {"id": new_digits(r, 6), "lat": rf(r, 30.2, 30.3, 5), "lng": rf(r, 120.1, 120.2, 5)}
                for _ in range(5)
            ],
        }
    )
    b.decoy("clinic coordinates")
    return b.build()
