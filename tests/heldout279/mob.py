"""Tsev Kho Mob: a community clinic's tele-visit app on the father's Galaxy S23.

Before a video visit the patient proves it is them: the app posts a selfie
(`duab_ntsej_muag` = face photo) with a liveness score (`qhab_nia_ciaj_sia`)
to the clinic, which calls AWS Rekognition CompareFaces against the photo on
file (the app holds Cognito credentials and calls it directly: `X-Amz-Target:
RekognitionService.CompareFaces`, `SourceImage.Bytes`, response `FaceMatches[]`
with `Similarity`, `BoundingBox`, `Landmarks`;
https://docs.aws.amazon.com/rekognition/latest/APIs/API_CompareFaces.html).
A fallback path uploads three liveness frames as nameless multipart parts.
The app binds the device with its ANDROID_ID and a clinic device key; a
second call carries the ANDROID_ID base64'd in a header named `x-t`.
Appointments, the intake form's self-declared sex, a pill-bottle photo sent to
Rekognition DetectLabels, and the video-call signalling are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://televisit.tsevkhomob.example"
REK = "https://rekognition.us-east-2.amazonaws.com/"
UA = ua("TsevKhoMob", "4.0.3", "txiv")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tsevkhomob", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _rek(c: Context, target: str) -> FB:
    b = FB(c, "aws-rekognition", "POST", REK, http_version="HTTP/1.1")
    b.header("user-agent", "aws-sdk-android/2.75.0 Linux/5.15 Dalvik/2.1.0")
    b.header("x-amz-target", f"RekognitionService.{target}")
    b.header("x-amz-date", "20250315T" + f"{c.rng.randint(10, 23)}{c.rng.randint(10, 59)}00Z")
    b.header("x-amz-security-token", b64(new_hex(c.rng, 60)))
    b.header(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=ASIA" + new_hex(c.rng, 16).upper()
        + "/20250315/us-east-2/rekognition/aws4_request,"
        " SignedHeaders=host;x-amz-date;x-amz-target, Signature=" + new_hex(c.rng, 64),
    )  # fmt: skip
    return b


def kuaj_ntsej_muag(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kev-tham/kuaj-ntsej-muag")
    b.bio("face_image", "json duab_ntsej_muag (selfie, base64) + qhab_nia_ciaj_sia")
    b.json(
        {
            "tus_neeg_mob": b.acct("mob_patient"),
            "duab_ntsej_muag": _jpeg(c),
            "qhab_nia_ciaj_sia": rf(c.rng, 0.86, 0.99, 3),
            "lub_sij_hawm": iso(c),
        }
    )
    b.ok_json(
        {"phim": True, "zoo_sib_xws": rf(c.rng, 0.9, 0.99, 3), "chav": "rm-" + new_hex(c.rng, 8)}
    )
    return b.build()


def rekognition_compare(c: Context) -> Flow:
    b = _rek(c, "CompareFaces")
    b.bio("face_image", "json SourceImage.Bytes (CompareFaces) + response FaceMatches landmarks")
    b.set_body(
        js(
            {
                "SourceImage": {"Bytes": _jpeg(c)},
                "TargetImage": {
                    "S3Object": {
                        "Bucket": "tkm-patient-photos",
                        "Name": f"p/{new_hex(c.rng, 16)}.jpg",
                    }
                },
                "SimilarityThreshold": 90,
                "QualityFilter": "AUTO",
            }
        ).encode(),
        "application/x-amz-json-1.1",
    )

    def lm(t: str) -> dict:
        return {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}

    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {
                "SourceImageFace": {
                    "BoundingBox": {"Width": 0.41, "Height": 0.52, "Left": 0.29, "Top": 0.18},
                    "Confidence": 99.99,
                },
                "FaceMatches": [
                    {
                        "Similarity": rf(c.rng, 95, 99.9, 3),
                        "Face": {
                            "BoundingBox": {"Width": 0.38, "Height": 0.5, "Left": 0.3, "Top": 0.2},
                            "Confidence": 99.98,
                            "Landmarks": [
                                lm(t)
                                for t in ("eyeLeft", "eyeRight", "mouthLeft", "mouthRight", "nose")
                            ],
                            "Pose": {
                                "Roll": rf(c.rng, -5, 5, 2),
                                "Yaw": rf(c.rng, -10, 10, 2),
                                "Pitch": rf(c.rng, -8, 8, 2),
                            },
                        },
                    }
                ],
                "UnmatchedFaces": [],
            }
        ).encode(),
        headers=[("x-amzn-requestid", rid(c.rng))],
    )
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/k/f")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames, octet-stream)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 450))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"s": 1})
    return b.build()


def rekognition_labels(c: Context) -> Flow:
    b = _rek(c, "DetectLabels")
    b.decoy("DetectLabels on a pill-bottle photo (no face)")
    b.set_body(
        js({"Image": {"Bytes": _jpeg(c, 500)}, "MaxLabels": 5, "MinConfidence": 80}).encode(),
        "application/x-amz-json-1.1",
    )
    b.respond(
        200,
        "application/x-amz-json-1.1",
        js(
            {
                "Labels": [
                    {"Name": n, "Confidence": rf(c.rng, 80, 99, 2)}
                    for n in ("Bottle", "Pill", "Medication", "Label")
                ],
                "LabelModelVersion": "3.0",
            }
        ).encode(),
    )
    return b.build()


def khi_cuab_yeej(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/cuab-yeej/khi")
    b.json(
        {
            "android_id": b.id("aid_mob", where="json android_id"),
            "tus_yuam_sij_cuab_yeej": b.id("mob_device_key", where="json tus_yuam_sij_cuab_yeej"),
            "hom": "SM-S911U",
        }
    )
    b.ok_json({"khi_lawm": True})
    return b.build()


def opaque_device(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/teem-sij-hawm")
    b.header("x-t", b.id("aid_mob", "b64", "header x-t (base64)", detectable=False))
    b.decoy("appointment times")
    b.ok_json(
        {
            "cov_teem": [
                {
                    "hnub": iso(c)[:10],
                    "sij_hawm": f"{c.rng.randint(8, 16)}:30",
                    "kws_kho_mob": "Dr. Nplooj Vwj",
                }
            ]
        }
    )
    return b.build()


def daim_ntawv(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/daim-ntawv-nkag")
    b.decoy("intake form with self-declared sex and birth year")
    b.json(
        {
            "poj_niam_txiv_neej": "txiv neej",
            "xyoo_yug": 1961,
            "lus": "Hmoob",
            "xav_tau_neeg_txhais_lus": True,
            "mob_dab_tsi": "ntshav qab zib",
        }
    )
    b.ok_json({"tau_txais": True})
    return b.build()


def signalling(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/kev-tham/sdp")
    b.decoy("WebRTC offer with ICE candidates")
    b.json(
        {
            "type": "offer",
            "sdp": "v=0\r\no=- " + str(c.rng.randint(10**9, 10**10)) + " 2 IN IP4 127.0.0.1\r\n",
            "t": ms(c),
        }
    )
    b.ok_json({"type": "answer", "sdp": "v=0\r\n"})
    return b.build()
