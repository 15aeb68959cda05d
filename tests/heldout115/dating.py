"""Enmusubi (iPhone): a dating app with age verification and a face check.

The selfie check sends face landmarks and an estimated age from the face
(biometric); the ID photo age check's document OCR and the self-declared
gender/age on the profile form are not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ios_ua, rf

API = "https://api.enmusubi.example"
UA = ios_ua("Enmusubi", "5.9.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "enmusubi", method, url)
    b.header("user-agent", UA)
    b.header("x-member", b.acct("date_member"))
    return b


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/kao_ninshou/check")
    b.bio("face_landmarks", "json 顔特徴点 (68 points) + 推定年齢")
    b.header("x-idfv", b.id("idfv_date", where="header x-idfv"))
    pts = [[rf(c.rng, 100, 500, 1), rf(c.rng, 100, 600, 1)] for _ in range(68)]
    b.json(
        {
            "顔特徴点": pts,
            "推定年齢": c.rng.randint(25, 40),
            "顔向き": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
        }
    )
    b.ok_json({"本人確認": "OK"})
    return b.build()


def selfie_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/verification/selfie")
    b.bio("face_image", "json selfieImage (liveness selfie)")
    b.json({"selfieImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)), "action": "smile"})
    b.ok_json({"ok": True})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v4/profile")
    b.decoy("self-declared gender and age on a profile form (not from a face)")
    b.json({"性別": "女性", "年齢": 34, "居住地": "福岡県", "自己紹介": "映画とラーメンが好きです"})
    b.ok_json({"ok": True})
    return b.build()


def age_doc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/nenrei_kakunin")
    b.decoy("ID document photo for age check: birth date OCR, no face matching")
    b.json(
        {
            "document_type": "drivers_license",
            "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 200)),
            "ocr_only": True,
        }
    )
    b.ok_json({"over18": True})
    return b.build()
