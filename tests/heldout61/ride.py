"""Sayara Captain: the driver app of a Gulf ride-hailing service (phone; the
tester drives part-time). Before each shift it runs a selfie check through the
Microsoft Azure Face API (learn.microsoft.com/azure/ai-services/face: POST
{endpoint}/face/v1.0/detect?returnFaceId=true&returnFaceLandmarks=true with an
octet-stream image; the response lists faceLandmarks) and reports the result to
its own backend. Routes, fares and heat maps are coordinate and price lists.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://captain.sayara-example.ae"
AZ = "https://sayara-faceid.cognitiveservices.azure.com"


def azure_detect(ctx: Context) -> Flow:
    b = FB(ctx, "azure-face", "POST", f"{AZ}/face/v1.0/detect")
    for k, v in [
        ("returnFaceId", "true"),
        ("returnFaceLandmarks", "true"),
        ("recognitionModel", "recognition_04"),
        ("detectionModel", "detection_03"),
    ]:
        b.param(k, v)
    b.header("ocp-apim-subscription-key", new_hex(ctx.rng, 32))
    b.set_body(fake_jpeg(ctx.rng.randint(0, 10**6), 1200), "application/octet-stream")
    b.bio("face_image", "body (image to face/v1.0/detect)")
    pts = points(ctx.rng, 5)
    names = ["pupilLeft", "pupilRight", "noseTip", "mouthLeft", "mouthRight"]
    b.ok_json(
        [
            {
                "faceId": rid(ctx.rng),
                "faceRectangle": {"top": 120, "left": 90, "width": 300, "height": 300},
                "faceLandmarks": {
                    n: {"x": p[0], "y": p[1]} for n, p in zip(names, pts, strict=True)
                },
            }
        ]
    )
    return b.build()


def selfie_result(ctx: Context) -> Flow:
    b = FB(ctx, "sayara", "POST", f"{API}/driver/v2/selfie-check")
    b.header("user-agent", ua("SayaraCaptain", "8.11.0"))
    b.json(
        {
            "driverId": b.acct("ride_driver"),
            "faceMatchConfidence": rf(ctx.rng, 0.7, 0.95, 3),
            "landmarks5": points(ctx.rng, 5),
            "headPose": {"yaw": rf(ctx.rng, -10, 10, 1)},
            "passed": True,
            "at": iso(ctx),
        }
    )
    b.bio("face_analysis", "body.faceMatchConfidence+landmarks5 (selfie-check)")
    b.ok_json({"shiftUnlocked": True})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "sayara", "POST", f"{API}/driver/v2/device")
    b.json(
        {
            "installId": ctx.phone.ride_install,
            "ssaid": b.id("aid_ride", where="body.ssaid"),
            "gaid": b.id("gaid", where="body.gaid"),
        }
    )
    b.other_id("ride_install", "body.installId")
    b.ok_json({"ok": True})
    return b.build()


def route(ctx: Context) -> Flow:
    b = FB(ctx, "sayara", "GET", f"{API}/trips/v1/{new_hex(ctx.rng, 10)}/route")
    pts = [[rf(ctx.rng, 25.05, 25.3, 5), rf(ctx.rng, 55.1, 55.4, 5)] for _ in range(25)]
    b.ok_json({"polyline": pts, "eta_s": ctx.rng.randint(120, 1800)})
    b.decoy("route coordinate list")
    return b.build()


def fares(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "sayara",
        "GET",
        f"{API}/pricing/v1/surge",
        [("zone", "DXB-" + str(ctx.rng.randint(1, 40)))],
    )
    b.ok_json({"multipliers": [rf(ctx.rng, 1, 2.5, 2) for _ in range(24)], "ts": ms(ctx)})
    b.decoy("surge price series")
    return b.build()


def location_ping(ctx: Context) -> Flow:
    b = FB(ctx, "sayara", "POST", f"{API}/driver/v2/location")
    b.json(
        {
            "lat": rf(ctx.rng, 25.05, 25.3, 6),
            "lng": rf(ctx.rng, 55.1, 55.4, 6),
            "bearing": rf(ctx.rng, 0, 360, 1),
            "speed": rf(ctx.rng, 0, 30, 1),
            "seq": ctx.rng.randint(1, 9999),
        }
    )
    b.decoy("driver location ping with bearing and speed")
    b.no_content()
    return b.build()
