"""AutoPartage Romandie: a car-sharing app that asks for a driver selfie before each
rental and compares it with the licence photo (AWS Rekognition CompareFaces-style
result sent on by the app: docs.aws.amazon.com/rekognition "CompareFaces" response
fields FaceMatches[].Similarity, Face.BoundingBox, Landmarks, Pose). The rented car's
telematics box id and VIN are not the tester's device (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.autopartage-romandie.ch"


def _lm(ctx: Context, t: str) -> dict[str, object]:
    return {"Type": t, "X": rf(ctx.rng, 0.3, 0.7), "Y": rf(ctx.rng, 0.3, 0.7)}


def selfie_upload(ctx: Context) -> Flow:
    b = FB(ctx, "auto", "POST", f"{API}/v2/conducteur/selfie")
    b.bio("face_image", "multipart.selfie (driver check)")
    bnd = "Boundary-" + rid(ctx.rng).upper()
    b.header("user-agent", ua("AutoPartage", "5.6.0"))
    b.set_body(
        multipart(
            bnd,
            [
                ("reservation", None, None, str(ctx.rng.randint(10**6, 10**7)).encode()),
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"verification": "en_cours"})
    return b.build()


def face_match(ctx: Context) -> Flow:
    b = FB(ctx, "auto", "POST", f"{API}/v2/conducteur/verification")
    b.bio("face_analysis", "body.FaceMatches[].Face.Landmarks")
    b.json(
        {
            "FaceMatches": [
                {
                    "Similarity": rf(ctx.rng, 90, 99.9, 2),
                    "Face": {
                        "BoundingBox": {
                            "Width": rf(ctx.rng, 0.3, 0.5),
                            "Height": rf(ctx.rng, 0.4, 0.6),
                            "Left": rf(ctx.rng, 0.2, 0.3),
                            "Top": rf(ctx.rng, 0.1, 0.2),
                        },
                        "Landmarks": [
                            _lm(ctx, t)
                            for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
                        ],
                        "Pose": {
                            "Roll": rf(ctx.rng, -5, 5, 2),
                            "Yaw": rf(ctx.rng, -9, 9, 2),
                            "Pitch": rf(ctx.rng, -7, 7, 2),
                        },
                        "Confidence": 99.99,
                    },
                }
            ],
            "appareil": b.id("idfv_auto", where="body.appareil"),
        }
    )
    b.ok_json({"autorise": True})
    return b.build()


def unlock(ctx: Context) -> Flow:
    b = FB(ctx, "auto", "POST", f"{API}/v2/vehicules/unlock")
    b.decoy("rented car's telematics box id and VIN (not the tester's device)")
    b.json(
        {
            "boitier": "TBX-" + str(ctx.rng.randint(10**7, 10**8)),
            "vin": "VF1RJA00" + str(ctx.rng.randint(10**8, 10**9)),
            "lat": rf(ctx.rng, 46.1, 46.6),
            "lon": rf(ctx.rng, 6.1, 7.0),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def nearby(ctx: Context) -> Flow:
    b = FB(ctx, "auto", "GET", f"{API}/v2/vehicules/proches", [("lat", "46.52"), ("lon", "6.63")])
    b.decoy("coordinate list of cars")
    b.ok_json(
        {
            "vehicules": [
                {"id": i, "pos": [rf(ctx.rng, 46.4, 46.6), rf(ctx.rng, 6.5, 6.7)]} for i in range(8)
            ]
        }
    )
    return b.build()


def damage_photo(ctx: Context) -> Flow:
    b = FB(ctx, "auto", "POST", f"{API}/v2/etat-des-lieux/photo")
    b.decoy("photo of the car's bodywork")
    b.set_body(fake_jpeg(ctx.rng.randint(0, 10**6)), "image/jpeg")
    b.ok_json({"recu": iso(ctx)})
    return b.build()


def device_check(ctx: Context) -> Flow:
    b = FB(ctx, "auto", "POST", f"{API}/v2/session")
    b.header("x-ap-k", b.id("idfv_auto", where="header.x-ap-k", detectable=False))
    b.json({"v": "5.6.0", "t": iso(ctx)})
    b.ok_json({"ok": True})
    return b.build()
