"""Qalta: a Kaspi-like payments / marketplace / loans super-app in Kazakhstan.

Face biometry for payment confirmation and loan signing runs VisionLabs LUNA
ID on the phone against a self-hosted LUNA PLATFORM 5: the SDK posts the best
shot to `/6/liveness` (OneShotLiveness) and `/6/handlers/{id}/events`
(docs.visionlabs.ai/luna-id and luna/v.5 API: warped images, descriptor
version 59, best-shot estimations head pose / eyes / quality). The app's own
API carries the LUNA descriptor and estimations on with the payment. Loan
forms, rates and the device binding are my own invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from . import sdk_ru
from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.qalta.example.kz"
LP = "https://lp.qalta.example.kz"


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "qalta", method, API + path)
    b.header("user-agent", ua("Qalta", "4.18.1"))
    b.header("x-qalta-session", new_hex(ctx.rng, 32))
    return b


def liveness(ctx: Context) -> Flow:
    b = FB(ctx, "luna_id", "POST", LP + "/6/liveness")
    b.params += [("aggregate", "1"), ("meta", "1")]
    b.header("luna-account-id", new_uuid(ctx.rng))
    b.set_body(fake_jpeg(ctx.rng.randint(0, 10**6), 1400), "image/jpeg")
    b.bio("face_image", "body (image/jpeg to /liveness)")
    b.ok_json(
        {
            "images": [
                {"liveness": {"prediction": 1, "estimations": {"probability": rf(ctx.rng, 0.9, 1)}}}
            ]
        }
    )
    return b.build()


def luna_event(ctx: Context) -> Flow:
    b = FB(ctx, "luna_id", "POST", f"{LP}/6/handlers/{new_uuid(ctx.rng)}/events")
    b.param("source", "mobile")
    bnd = "lunaid" + new_hex(ctx.rng, 12)
    b.set_body(
        multipart(
            bnd,
            [
                (
                    "warped_image",
                    "img.jpg",
                    "image/jpeg",
                    fake_jpeg(ctx.rng.randint(0, 10**6), 1000),
                ),
                ("image_type", None, None, b"1"),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.bio("face_image", "body.warped_image (handler event)", detectable=False)
    b.ok_json({"events": [{"event_id": new_uuid(ctx.rng)}]})
    return b.build()


def pay_confirm(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/pay/v2/confirm")
    b.json(
        {
            "paymentId": "PAY" + new_digits(ctx.rng, 12),
            "amount": ctx.rng.randint(500, 90000),
            "currency": "KZT",
            "method": "biometry",
            "biometry": {
                "faceDescriptor": floats_b64(floats(ctx.rng, 128)),
                "descriptorVersion": 59,
                "livenessScore": rf(ctx.rng, 0.9, 1, 3),
            },
        }
    )
    b.bio("face_embedding", "body.biometry.faceDescriptor")
    b.ok_json({"status": "CONFIRMED"})
    return b.build()


def loan_sign(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/credit/v1/sign")
    b.json(
        {
            "applicationId": new_digits(ctx.rng, 10, "8"),
            "signType": "FACE",
            "selfie": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 700)),
            "takenAt": iso(ctx),
        }
    )
    b.bio("face_image", "body.selfie")
    b.ok_json({"signed": True})
    return b.build()


def estimations(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/biometry/v1/bestshot-meta")
    b.json(
        {
            "client": b.acct("qalta_client"),
            "face_estimations": {
                "headPose": {
                    "yaw": rf(ctx.rng, -15, 15, 2),
                    "pitch": rf(ctx.rng, -10, 10, 2),
                    "roll": rf(ctx.rng, -8, 8, 2),
                },
                "eyes": {"left": "open", "right": ctx.rng.choice(["open", "closed"])},
                "mouthState": {"opened": rf(ctx.rng, 0, 0.3), "smile": rf(ctx.rng, 0, 1)},
                "faceQuality": {
                    "blurriness": rf(ctx.rng, 0.8, 1),
                    "lightness": rf(ctx.rng, 0.5, 1),
                },
                "ageEstimate": ctx.rng.randint(25, 40),
            },
        }
    )
    b.bio("face_analysis", "body.face_estimations")
    b.no_content()
    return b.build()


def bind(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/device/bind")
    b.json(
        {
            "deviceId": b.id("qalta_device", where="body.deviceId"),
            "androidId": b.id("aid_qalta", where="body.androidId"),
            "adId": b.id("gaid", where="body.adId"),
            "fp": b.id("aid_qalta", "sha256", where="body.fp", detectable=False),
            "wifiMac": "02:00:00:00:00:00",
            "model": ctx.phone.model,
            "rooted": False,
        }
    )
    b.decoy("Android 14 placeholder Wi-Fi MAC 02:00:00:00:00:00")
    b.ok_json({"bound": True, "trustLevel": 2})
    return b.build()


def rates(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/fx/history")
    b.params += [("pair", "USDKZT"), ("days", "30")]
    b.decoy("exchange-rate series")
    b.ok_json({"pair": "USDKZT", "series": [rf(ctx.rng, 470, 505, 2) for _ in range(30)]})
    return b.build()


def loan_form(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/credit/v1/application")
    b.json(
        {
            "summa": ctx.rng.randint(100, 3000) * 1000,
            "srok_mes": ctx.rng.choice([6, 12, 24]),
            "pol": ctx.rng.choice(["женский", "мужской"]),
            "semeinoe_polozhenie": "замужем",
            "dohod": ctx.rng.randint(250, 900) * 1000,
            "rabota": "ТОО «Алматы Сервис»",
        }
    )
    b.decoy("self-declared gender and income on a loan form")
    b.ok_json({"applicationId": new_digits(ctx.rng, 10, "8"), "decision": "PENDING"})
    return b.build()


def atms(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/geo/atms")
    b.params += [("lat", "43.2389"), ("lon", "76.8897"), ("r", "1500")]
    b.decoy("ATM coordinate list")
    b.ok_json(
        {
            "atms": [
                {"id": i, "coords": [rf(ctx.rng, 43.2, 43.3), rf(ctx.rng, 76.8, 77.0)]}
                for i in range(8)
            ]
        }
    )
    return b.build()


def shop(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/shop/v3/search")
    b.params += [("q", ctx.rng.choice(["крем для лица", "iphone 15", "пылесос"])), ("page", "1")]
    b.header("x-request-id", rid(ctx.rng))
    b.decoy("marketplace search (face cream), prices and order numbers")
    b.ok_json(
        {
            "items": [
                {"sku": new_digits(ctx.rng, 9), "price": ctx.rng.randint(990, 650000)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


BIO = [liveness, pay_confirm, estimations, luna_event, loan_sign, pay_confirm, liveness]
DEV = [bind, lambda c: sdk_ru.am_startup(c, "2931870", "aid_qalta")]
BENIGN = [rates, loan_form, atms, shop, shop]
