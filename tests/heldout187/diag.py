"""ProbeDiag: a diagnostics tool the technician plugs customers' phones into.

Reports describe the CUSTOMER's phone: battery cycle count and health, the Face
ID (TrueDepth) module's hardware checks, camera test-chart sharpness, sensor
axes. A Face ID module test is a pass/fail of the dot projector, flood
illuminator and IR camera: no face is captured, so it is no biometric data. The
front-camera face-detection test does capture the customer's face landmarks to
check the camera finds a face: that is biometric (of a customer, not of the
tester; the issue's definition does not ask whose face). The licence check
binds the tool to the technician's own phone; her weekly self-test of her own
S23 reports her phone's IMEI, serial and MAC (her device: labelled).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, customer_device, iso, points, rf, rid, ua

API = "https://cloud.probediag.example"
UA = ua("ProbeDiag", "7.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "probediag", method, url)
    b.header("user-agent", UA)
    b.header("x-api-key", "pd_live_" + rid(c.rng).replace("-", "")[:24])
    return b


def _battery(c: Context) -> dict[str, object]:
    return {
        "healthPercent": c.rng.randint(71, 100),
        "cycleCount": c.rng.randint(80, 1400),
        "designCapacityMah": c.rng.choice([3240, 3279, 4000, 5000]),
        "fullChargeCapacityMah": c.rng.randint(2500, 4900),
        "temperatureC": rf(c.rng, 24, 38, 1),
    }


def battery_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/reports/battery")
    b.decoy("a customer's phone's IMEI and serial in a battery report (the customer's device)")
    dev = customer_device(c.rng)
    b.json({"device": dev, "battery": _battery(c), "testedAt": iso(c), "ticket": "MEL-24513"})
    b.ok_json({"reportId": rid(c.rng), "grade": c.rng.choice(["A", "B", "C"])})
    return b.build()


def faceid_module_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/reports/truedepth")
    b.decoy("Face ID hardware test of a customer's iPhone: component pass/fail, no face captured")
    dev = customer_device(c.rng)
    ok = c.rng.random() < 0.7
    b.json(
        {
            "device": {"model": "iPhone 13", "serialNumber": dev["serial"], "imei": dev["imei"]},
            "faceIdModule": {
                "dotProjector": "PASS" if ok else "FAIL",
                "floodIlluminator": "PASS",
                "infraredCamera": "PASS",
                "proximitySensor": "PASS",
                "faceIdAvailable": ok,
                "calibrationCrc": f"{c.rng.getrandbits(32):08x}",
            },
            "testedAt": iso(c),
        }
    )
    b.ok_json({"result": "PASS" if ok else "FAIL"})
    return b.build()


def camera_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/reports/camera")
    b.decoy("test-chart photo and sharpness points of a customer's rear camera (no face)")
    boundary = "pd" + rid(c.rng).replace("-", "")
    meta = (
        '{"lens":"wide","mtf50":'
        + str(rf(c.rng, 0.2, 0.45, 3))
        + ',"focusPoints":'
        + str(points(c.rng, 9)).replace(" ", "")
        + "}"
    )
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta.encode()),
            ("chart", "iso12233.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"result": "PASS"})
    return b.build()


def sensor_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/reports/sensors")
    b.decoy("gyroscope yaw/pitch/roll and touch-grid of a customer's phone (no person)")
    b.json(
        {
            "gyro": {k: rf(c.rng, -180, 180, 2) for k in ("yaw", "pitch", "roll")},
            "accel": [rf(c.rng, -9.9, 9.9, 3) for _ in range(3)],
            "touchGrid": {"rows": 18, "cols": 9, "dead": [[c.rng.randint(0, 17), 3]]},
        }
    )
    b.ok_json({"result": "PASS"})
    return b.build()


def front_camera_face_test(c: Context) -> Flow:
    """The customer looks into the front camera; the tool checks a face is found."""
    b = _b(c, "POST", f"{API}/api/v3/reports/front-camera")
    b.bio("face_landmarks", "json faceDetection.landmarks (68 points of a customer's face)")
    dev = customer_device(c.rng)
    b.decoy("the customer's phone's IMEI in the same report (not the tester's device)")
    b.json(
        {
            "device": {"model": dev["model"], "imei": dev["imei"]},
            "faceDetection": {
                "found": True,
                "landmarks": points(c.rng, 68),
                "boundingBox": [c.rng.randint(100, 300), c.rng.randint(150, 350), 320, 380],
                "confidence": rf(c.rng, 0.9, 1.0, 3),
            },
        }
    )
    b.ok_json({"result": "PASS"})
    return b.build()


def licence_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/licence/verify")
    b.json(
        {
            "seat": "tech-2",
            "techDevice": {
                "androidId": b.id("aid_diag", where="json techDevice.androidId"),
                "model": "SM-S911B",
            },
        }
    )
    b.ok_json({"valid": True, "expires": "2027-03-31", "credits": c.rng.randint(10, 400)})
    return b.build()


def licence_ping_opaque(c: Context) -> Flow:
    """The licence heartbeat: SHA-256 of the ANDROID_ID under `t`, nothing readable."""
    b = _b(c, "GET", f"{API}/lp")
    b.param("t", b.id("aid_diag", "sha256", "query t (sha256)", detectable=False))
    b.param("s", "2")
    b.no_content()
    return b.build()


def self_test(c: Context) -> Flow:
    """Label choice: the same report form, but the phone on the cable is her own S23."""
    b = _b(c, "POST", f"{API}/api/v3/reports/battery")
    b.json(
        {
            "device": {
                "model": "Galaxy S23",
                "imei": b.id("own_imei", where="json device.imei (her own phone self-test)"),
                "serial": b.id("own_serial", where="json device.serial"),
                "wifiMac": b.id("own_wifi_mac", "upper", "json device.wifiMac"),
            },
            "battery": _battery(c),
            "testedAt": iso(c),
            "ticket": None,
        }
    )
    b.ok_json({"reportId": rid(c.rng), "grade": "A"})
    return b.build()
