"""A ride-hailing app (Yandex Go / Bolt-like) that asks riders for a selfie
check before cash rides and sends face-analysis results on; route polylines
and ETA series are decoys."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, points, rf, rid, ua

API = "https://rides.gotaxi-caucasus.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "taxi", method, API + path)
    b.header("user-agent", ua("GoTaxi", "12.4"))
    b.header("x-install-id", c.phone.taxi_install)
    b.other_id("taxi_install", "header x-install-id")
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", "/safety/v2/selfie-check")
    b.json({"selfieJpeg": b64(fake_jpeg(c.rng.randint(0, 10**6), 500)), "rideId": rid(c.rng)})
    b.bio("face_image", "body.selfieJpeg to safety check")
    b.ok_json({"passed": True})
    return b.build()


def face_result(c: Context) -> Flow:
    b = _b(c, "POST", "/safety/v2/face-analysis")
    b.json(
        {
            "face": {
                "blendshapes": {
                    k: rf(c.rng, 0, 1, 3)
                    for k in (
                        "eyeBlinkLeft",
                        "eyeBlinkRight",
                        "jawOpen",
                        "mouthSmileLeft",
                        "browInnerUp",
                    )
                },
                "landmarks": points(c.rng, 20),
                "ageEstimate": c.rng.randint(20, 60),
            },
            "androidId": b.id("aid_taxi", where="body.androidId"),
        }
    )
    b.bio("blendshapes", "body.face.blendshapes / landmarks")
    b.no_content()
    return b.build()


def route(c: Context) -> Flow:
    b = _b(c, "GET", "/routing/v1/route")
    b.ok_json(
        {
            "polyline": [[rf(c.rng, 41.6, 41.8, 5), rf(c.rng, 44.7, 44.9, 5)] for _ in range(25)],
            "eta": [c.rng.randint(60, 900) for _ in range(5)],
        }
    )
    b.decoy("route coordinate list")
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", "/orders/v1/create")
    b.json(
        {
            "class": "econom",
            "price": rf(c.rng, 4, 30, 2),
            "clientOrderId": rid(c.rng),
            "user": b.acct("taxi_user"),
        }
    )
    b.decoy("order id")
    b.ok_json({"orderId": rid(c.rng)})
    return b.build()


def launch(c: Context) -> Flow:
    b = _b(c, "POST", "/launch")
    b.json(
        {
            "adv_id": b.id("gaid", where="body.adv_id"),
            "android_id": b.id("aid_taxi", how="sha1", where="body.android_id"),
        }
    )
    b.ok_json({"experiments": {"newMap": True}})
    return b.build()
