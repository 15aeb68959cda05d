"""Yildiz Mobil: a Turkish retail bank app with remote onboarding (phone).

Turkish remote onboarding (BDDK's 2021 regulation on remote identity
verification) needs a live video step with face comparison; this bank runs the
face match through Amazon Rekognition (docs.aws.amazon.com/rekognition: action
CompareFaces, JSON SourceImage/TargetImage {Bytes: base64}, header
X-Amz-Target: RekognitionService.CompareFaces) and sends its own on-device
landmark and expression results with Turkish key names (yuzNoktalari = face
points, ifadeKatsayilari = expression coefficients, canlilik = liveness).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, points, rf, rid, ua

API = "https://mobil.yildizbank-example.com.tr"
BLEND = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
]


def compare_faces(ctx: Context) -> Flow:
    b = FB(ctx, "aws-rekognition", "POST", "https://rekognition.eu-central-1.amazonaws.com/")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(ctx).replace("-", "").replace(":", "")[:15] + "Z")
    img = b64(fake_jpeg(ctx.rng.randint(0, 10**6), 900))
    ref = b64(fake_jpeg(ctx.rng.randint(0, 10**6), 700))
    b.json(
        {"SourceImage": {"Bytes": img}, "TargetImage": {"Bytes": ref}, "SimilarityThreshold": 90},
        ctype="application/x-amz-json-1.1",
    )
    b.bio("face_image", "body.SourceImage.Bytes (CompareFaces)")
    b.ok_json({"FaceMatches": [{"Similarity": rf(ctx.rng, 90, 99.9, 2)}], "UnmatchedFaces": []})
    return b.build()


def landmarks(ctx: Context) -> Flow:
    b = FB(ctx, "yildizbank", "POST", f"{API}/uzaktan-musteri/v1/yuz-analizi")
    b.header("user-agent", ua("YildizMobil", "12.3.0"))
    b.json(
        {
            "basvuruNo": rid(ctx.rng),
            "yuzNoktalari": points(ctx.rng, 68),
            "basAcisi": {"yaw": rf(ctx.rng, -10, 10, 2), "pitch": rf(ctx.rng, -8, 8, 2)},
            "canlilik": {"skor": rf(ctx.rng, 0.85, 1, 3), "sonuc": "CANLI"},
        }
    )
    b.bio("face_landmarks", "body.yuzNoktalari[68] (yuz-analizi)")
    b.ok_json({"devam": True})
    return b.build()


def expression_challenge(ctx: Context) -> Flow:
    b = FB(ctx, "yildizbank", "POST", f"{API}/uzaktan-musteri/v1/canlilik/hareket")
    b.json(
        {
            "hareket": ctx.rng.choice(["goz_kirp", "gulumse"]),
            "kareler": [
                {
                    "t": ms(ctx) + i * 33,
                    "ifadeKatsayilari": {k: rf(ctx.rng, 0, 1, 3) for k in BLEND},
                }
                for i in range(4)
            ],
        }
    )
    b.bio("blendshapes", "body.kareler[].ifadeKatsayilari (ARKit-style blendshape names)")
    b.ok_json({"gecti": True})
    return b.build()


def device_binding(ctx: Context) -> Flow:
    b = FB(ctx, "yildizbank", "POST", f"{API}/guvenlik/v2/cihaz-eslestir")
    b.header("user-agent", ua("YildizMobil", "12.3.0"))
    b.json(
        {
            "cihazId": b.id("aid_bank", where="body.cihazId"),
            "cihazParmakIzi": b.id("aid_bank", "sha256", where="body.cihazParmakIzi (sha256)"),
            "musteriNo": b.acct("bank_cif"),
            "model": "BVL-N49",
        }
    )
    b.ok_json({"eslesti": True, "otpGerekli": True})
    return b.build()


def video_call_opaque(ctx: Context) -> Flow:
    """The video-identification session sends frames over an encrypted channel blob."""
    b = FB(ctx, "yildizbank", "POST", f"{API}/vkyc/rtc/chunk")
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(600)), "application/octet-stream")
    b.bio("face_image", "body (encrypted video frames)", detectable=False)
    b.no_content()
    return b.build()


def fx_rates(ctx: Context) -> Flow:
    b = FB(ctx, "yildizbank", "GET", f"{API}/piyasa/doviz", [("kur", "USDTRY")])
    b.ok_json({"seri": [rf(ctx.rng, 34, 36, 4) for _ in range(48)], "guncelleme": iso(ctx)})
    b.decoy("currency price series")
    return b.build()


def transfer(ctx: Context) -> Flow:
    b = FB(ctx, "yildizbank", "POST", f"{API}/odeme/havale")
    b.json(
        {
            "aliciIban": "TR33 0006 1005 1978 6457 8413 26",
            "tutar": rf(ctx.rng, 50, 5000, 2),
            "islemNo": rid(ctx.rng),
            "aciklama": "kira",
        }
    )
    b.decoy("money transfer with transaction id")
    b.ok_json({"durum": "ONAY"})
    return b.build()
