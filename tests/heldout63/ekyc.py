"""Face eKYC in a bank app and a securities app (Japan's "ho-mu" method: a
selfie / liveness video matched against the ID card's photo).

- TRUSTDOCK: verifications -> plans -> documents with base64 images, as the
  public `trustdock` Ruby gem README shows (update_document(id, plan_id,
  {"id_document": {"type", "format": "image", "data": {...}}})); the selfie
  plan is sent the same way under "selfie".
- Liquid eKYC / Polarify: no public wire documentation; the liveness frames
  (multipart) and the face template upload use my own plausible names, on
  fictional hosts.
- The securities app's in-house liveness check sends face landmarks under a
  romanised key (kao_tokuchouten = facial feature points).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, jwt, multipart

from .phone import FB, floats, iso, ms, points, rid, ua

BANK = "https://app.minato-gin.co.jp"
SEC = "https://api.kabu-trade.jp"


def trustdock_selfie(ctx: Context) -> Flow:
    vid, plan = new_hex(ctx.rng, 24), new_hex(ctx.rng, 24)
    url = f"https://api.trustdock.io/v2/verifications/{vid}/plans/{plan}/documents"
    b = FB(ctx, "trustdock", "PUT", url)
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    seed = ctx.rng.getrandbits(32)
    b.json(
        {
            "selfie": {
                "format": "image",
                "data": {
                    "face": [b64(fake_jpeg(seed, 700))],
                    "face_with_angle": [b64(fake_jpeg(seed + 1, 700))],
                },
            }
        }
    )
    b.bio("face_image", "body.selfie.data.face[] (jpeg b64)")
    b.ok_json({"id": vid, "state": "in_progress"})
    return b.build()


def liveness_frames(ctx: Context) -> Flow:
    b = FB(ctx, "liquid-ekyc", "POST", "https://ekyc.liquid-jp-demo.com/api/v1/liveness/frames")
    boundary = new_hex(ctx.rng, 24)
    seed = ctx.rng.getrandbits(32)
    meta = {"session": rid(ctx.rng), "actions": ["turn_left", "turn_right", "blink"], "fps": 6}
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("meta", None, "application/json", js(meta).encode())
    ]
    parts += [
        (f"face_frame_{i}", f"f{i}.jpg", "image/jpeg", fake_jpeg(seed + i, 500)) for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "multipart face_frame_*")
    b.ok_json({"liveness": "PASS", "score": round(ctx.rng.uniform(0.9, 0.99), 3)})
    return b.build()


def polarify_template(ctx: Context) -> Flow:
    b = FB(ctx, "polarify", "POST", "https://auth.polarify-demo.jp/v2/face/enroll")
    b.header("user-agent", ua("MinatoBank", "3.22.0"))
    b.json(
        {
            "subjectRef": ctx.phone.bank_user,  # type: ignore[attr-defined]
            "faceTemplate": floats_b64(floats(ctx.rng, 128)),
            "templateFormat": "PF-F128",
            "quality": round(ctx.rng.uniform(0.7, 0.99), 2),
        }
    )
    b.bio("face_template", "body.faceTemplate (float32 b64)")
    b.ok_json({"enrolled": True})
    return b.build()


def face_match_result(ctx: Context) -> Flow:
    b = FB(ctx, "bank", "POST", f"{BANK}/api/kyc/result")
    b.header("user-agent", ua("MinatoBank", "3.22.0"))
    b.json(
        {
            "kycId": rid(ctx.rng),
            "faceMatch": {"similarity": round(ctx.rng.uniform(0.8, 0.99), 3), "threshold": 0.78},
            "liveness": {"result": "PASS", "spoofScore": round(ctx.rng.uniform(0, 0.1), 3)},
            "estimatedAge": ctx.rng.randint(25, 45),
        }
    )
    b.bio("face_analysis", "body.faceMatch / liveness / estimatedAge")
    b.ok_json({"status": "accepted"})
    return b.build()


def kao_landmarks(ctx: Context) -> Flow:
    b = FB(ctx, "securities", "POST", f"{SEC}/v1/honnin-kakunin/liveness")
    b.header("user-agent", ua("KabuTrade", "2.15.0"))
    b.json(
        {
            "kao_tokuchouten": points(ctx.rng, 68),
            "kao_muki": {
                "yaw": round(ctx.rng.uniform(-20, 20), 1),
                "pitch": round(ctx.rng.uniform(-10, 10), 1),
            },
            "frame_ts": ms(ctx),
            "uketsuke_no": new_hex(ctx.rng, 12),
        }
    )
    b.bio("face_landmarks", "body.kao_tokuchouten[68]")
    b.ok_json({"kekka": "OK"})
    return b.build()


def sealed_ekyc(ctx: Context) -> Flow:
    b = FB(ctx, "securities", "POST", f"{SEC}/v1/honnin-kakunin/submit")
    b.header("user-agent", ua("KabuTrade", "2.15.0"))
    enc = ".".join(b64(new_hex(ctx.rng, n)).rstrip("=") for n in (20, 0, 12, 400, 16))
    b.json({"payload": enc, "alg": "RSA-OAEP-256"})
    b.bio("face_image", "body.payload (JWE, sealed)", detectable=False)
    b.ok_json({"accepted": True})
    return b.build()


def bank_device(ctx: Context) -> Flow:
    b = FB(ctx, "bank", "POST", f"{BANK}/api/device/bind")
    b.header("user-agent", ua("MinatoBank", "3.22.0"))
    b.header("x-device-fingerprint", ctx.phone.bank_fp)  # type: ignore[attr-defined]
    b.other_id("bank_fp", "header.x-device-fingerprint")
    b.json(
        {"androidId": b.id("aid_bank", where="body.androidId"), "os": "android 14", "root": False}
    )
    b.ok_json({"bound": True, "token": jwt({"sub": ctx.phone.bank_user, "iat": int(ctx.now)})})  # type: ignore[attr-defined]
    return b.build()


def sec_device(ctx: Context) -> Flow:
    b = FB(ctx, "securities", "POST", f"{SEC}/v1/tanmatsu")
    b.json(
        {
            "tanmatsu_shikibetsu": b.id("aid_sec", how="sha256", where="body.tanmatsu_shikibetsu"),
            "koukoku_id": b.id("gaid", where="body.koukoku_id"),
            "kokyaku_no": ctx.phone.sec_user,  # type: ignore[attr-defined]
        }
    )
    b.ok_json({"kekka": "OK"})
    return b.build()


def candles(ctx: Context) -> Flow:
    b = FB(ctx, "securities", "GET", f"{SEC}/v1/chart", [("code", "6758"), ("span", "5m")])
    b.decoy("price series (candles)")
    px = 3200.0
    rows = []
    for i in range(12):
        px = round(px + ctx.rng.gauss(0, 8), 1)
        rows.append([ms(ctx) - i * 300000, px, px + 5, px - 5, px + 1])
    b.ok_json({"candles": rows})
    return b.build()


def account_form(ctx: Context) -> Flow:
    b = FB(ctx, "bank", "POST", f"{BANK}/api/kouza/moushikomi")
    b.json(
        {
            "shimei": "森本 遥",
            "seibetsu": "女性",
            "seinengappi": "1992-04-18",
            "shokugyou": "会社員",
            "applied_at": iso(ctx),
        }
    )
    b.decoy("self-declared gender on a sign-up form")
    b.ok_json({"uketsuke_no": new_hex(ctx.rng, 10)})
    return b.build()


def fx_rates(ctx: Context) -> Flow:
    b = FB(ctx, "bank", "GET", f"{BANK}/api/rates", [("pairs", "USDJPY,EURJPY")])
    b.decoy("exchange rates")
    b.ok_json(
        {
            "USDJPY": round(ctx.rng.uniform(148, 152), 3),
            "EURJPY": round(ctx.rng.uniform(160, 165), 3),
        }
    )
    return b.build()
