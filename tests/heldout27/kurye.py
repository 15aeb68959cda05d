"""HızlıGel Kurye: the courier side of a Getir-like grocery delivery app.

Couriers take a selfie to start a shift; the app compares it with the enrolled
photo through AWS Rekognition CompareFaces (JSON 1.1 API, `X-Amz-Target:
RekognitionService.CompareFaces`, `SourceImage.Bytes` / `TargetImage.Bytes`;
AWS Rekognition API reference) and forwards Rekognition's face details to its
own backend. Firebase Installations registers the app (POST
/v1/projects/{project}/installations with `fid`, `appId`, `authVersion`;
Firebase Installations REST). Delivery proof photos and GPS tracks are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://courier-api.hizligel.com.tr"


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "hizligel", method, API + path)
    b.header("user-agent", ua("HizliGelKurye", "4.2.7"))
    b.header("x-kurye-no", b.acct("courier_no"))
    return b


def _loc(ctx: Context) -> tuple[float, float]:
    return rf(ctx.rng, 40.98, 41.08, 5), rf(ctx.rng, 28.95, 29.12, 5)


def shift_selfie(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/vardiya/selfie")
    lat, lng = _loc(ctx)
    bnd = rid(ctx.rng)
    parts = [
        ("photo", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6))),
        ("vardiyaId", None, None, str(ctx.rng.randint(10**6, 10**7)).encode()),
        ("lat", None, None, str(lat).encode()),
        ("lng", None, None, str(lng).encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart photo on /vardiya/selfie")
    b.ok_json({"durum": "INCELEMEDE"})
    return b.build()


def rekognition_compare(ctx: Context) -> Flow:
    b = FB(ctx, "aws-rekognition", "POST", "https://rekognition.eu-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", "20250310T081500Z")
    b.header("authorization", "AWS4-HMAC-SHA256 Credential=AKIA" + rid(ctx.rng)[:16].upper())
    seed = ctx.rng.randint(0, 10**6)
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(seed, 700))},
            "TargetImage": {"Bytes": b64(fake_jpeg(seed + 7, 700))},
            "SimilarityThreshold": 90,
            "QualityFilter": "AUTO",
        },
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "body SourceImage/TargetImage Bytes to CompareFaces")
    b.respond(
        200,
        "application/x-amz-json-1.1",
        b'{"FaceMatches":[{"Similarity":97.1}],"UnmatchedFaces":[]}',
    )
    return b.build()


def face_details_forward(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/kimlik/yuz-analiz")
    lm = [
        {"Type": t, "X": rf(ctx.rng, 0.3, 0.7), "Y": rf(ctx.rng, 0.3, 0.7)}
        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight")
    ]
    b.json(
        {
            "faceDetails": {
                "BoundingBox": {"Width": 0.41, "Height": 0.52, "Left": 0.3, "Top": 0.2},
                "Landmarks": lm,
                "Pose": {
                    "Roll": rf(ctx.rng, -5, 5, 2),
                    "Yaw": rf(ctx.rng, -9, 9, 2),
                    "Pitch": rf(ctx.rng, -6, 6, 2),
                },
                "Confidence": 99.9,
            },
            "similarity": rf(ctx.rng, 90, 99, 2),
        }
    )
    b.bio("face_landmarks", "body faceDetails.Landmarks (Rekognition result forwarded)")
    b.ok_json({"ok": True})
    return b.build()


def firebase_install(ctx: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/hizligel-kurye/installations"
    b = FB(ctx, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + rid(ctx.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.hizligel.kurye")
    b.json(
        {
            "fid": b.id("kurye_fid", where="body fid"),
            "appId": "1:5566778899:android:ab12cd34",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/5566778899/installations/x", "refreshToken": b64(rid(ctx.rng))})
    return b.build()


def device_config(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/cihaz")
    b.json(
        {
            "device_id": b.id("aid_kurye", where="body device_id"),
            "advertising_id": b.id("gaid", where="body advertising_id"),
            "os": "android",
            "app_version": "4.2.7",
        }
    )
    b.ok_json({"harita_saglayici": "osm"})
    return b.build()


def gps_track(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/konum/iz")
    pts = [[*_loc(ctx), ms(ctx) + i * 5000] for i in range(12)]
    b.json(
        {
            "siparisNo": f"HG-{ctx.rng.randint(10**7, 10**8)}",
            "iz": pts,
            "hiz_kmh": rf(ctx.rng, 0, 45, 1),
        }
    )
    b.decoy("GPS coordinate list of a delivery run")
    b.no_content()
    return b.build()


def delivery_photo(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v3/teslimat/foto")
    bnd = rid(ctx.rng)
    parts = [
        ("photo", "kapi.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 600)),
        ("siparisNo", None, None, f"HG-{ctx.rng.randint(10**7, 10**8)}".encode()),
        ("tur", None, None, b"kapi_onu"),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("proof-of-delivery photo of a doorstep (no face)")
    b.ok_json({"ok": True})
    return b.build()


def orders(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v3/siparisler/aktif")
    b.decoy("active orders with order numbers")
    b.ok_json(
        {
            "siparisler": [
                {
                    "no": f"HG-{ctx.rng.randint(10**7, 10**8)}",
                    "adres": "Kadıköy",
                    "olusturma": iso(ctx),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
