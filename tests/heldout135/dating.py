"""Koigoyomi: a dating app with face verification (fictional backend). The
"本人確認" step uploads a selfie to match against the profile photos, and the
app computes a face template on the phone (`kao_tokuchou`, base64 float32) to
spot duplicate accounts. A second client path ships the template as a bare
float list under `v` (opaque). Profile fields (self-declared 性別, 年齢, height)
and ordinary profile photo uploads are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rid, ua

API = "https://api.koigoyomi.example"
UA = ua("Koigoyomi", "5.0.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "koigoyomi", method, url)
    b.header("user-agent", UA)
    b.header("x-koi-device", b.id("aid_date", where="header x-koi-device"))
    return b


def selfie_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/honnin_kakunin/selfie")
    b.bio("face_image", "multipart kao_shashin (selfie for face verification)")
    boundary = "----koi" + rid(c.rng).replace("-", "")[:12]
    img = fake_jpeg(c.rng.randint(0, 10**9), 700)
    body = multipart(
        boundary,
        [("kao_shashin", "selfie.jpg", "image/jpeg", img), ("pose", None, None, b"peace")],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"kakunin": "shinsa_chuu"})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/honnin_kakunin/tokuchou")
    b.bio("face_embedding", "json kao_tokuchou (base64 float32, 128-d)")
    b.json({"kao_tokuchou": floats_b64(floats(c.rng, 128)), "model": "kao-v3", "ts": iso(c)})
    b.ok_json({"juufuku": False})
    return b.build()


def template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/x/9")
    b.bio("face_embedding", "json v (128 floats, no name)", detectable=False)
    b.json({"v": floats(c.rng, 128), "n": 1})
    b.no_content()
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile")
    b.decoy("self-declared 性別 / 年齢 / 身長 on a profile form (not face analysis)")
    b.json(
        {
            "性別": "男性",
            "年齢": c.rng.randint(30, 45),
            "身長": 172,
            "居住地": "大阪府",
            "user": b.acct("date_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://up.koigoyomi.example/photo/{rid(c.rng)}.jpg")
    b.decoy("profile photo for other members to see (no face matching API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 800), "image/jpeg")
    b.no_content()
    return b.build()


def swipe_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/osusume?page={c.rng.randint(1, 9)}")
    b.decoy("recommended members with distance and age")
    b.ok_json(
        {
            "members": [
                {
                    "id": rid(c.rng),
                    "kyori_km": c.rng.randint(1, 40),
                    "nenrei": c.rng.randint(28, 45),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
