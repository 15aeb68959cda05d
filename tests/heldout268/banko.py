"""Banko Isla: a Curaçao retail bank's app with selfie onboarding and face login
(the father's Galaxy A55 in Willemstad).

Onboarding runs Onfido's SDK: a live photo and a selfie video with its
challenges are posted as multipart to Onfido's API (`/v3.6/live_photos`,
`/v3.6/live_videos`, fields `applicant_id`, `file`, `challenge`;
https://documentation.onfido.com/api/latest/); the back of the ID card goes to
`/v3.6/documents` (no face on it). The bank's own face login sends a face
template in Papiamentu-named JSON (`kara` = face, `plantía` = template,
`bibu` = liveness) and gets back a face-analysis result (estimated age and
sex from the selfie); a newer build sends the template as nameless protobuf
packed floats, and the liveness step sends base64 frames under one-letter
keys. Binding the device sends the ANDROID_ID, the advertising id and the
bank's device key. Exchange rates (ANG / XCG / USD), transfers, the
self-declared `sekso` on the KYC form and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    js,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.bankoisla.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("BankoIsla", "4.9.0", "tata")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankoisla", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "onfido-android-sdk/19.2.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _mp(b: FB, c: Context, parts: list[tuple[str, str | None, str | None, bytes]]) -> None:
    boundary = rid(c.rng)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


def liga_aparato(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/aparato/liga")
    b.json(
        {
            "aparato": {
                "androidId": b.id("aid_banko", where="json aparato.androidId"),
                "publisidatId": b.id("gaid_tata", where="json aparato.publisidatId"),
                "yabi": b.id("banko_device_key", where="json aparato.yabi (device key)"),
            },
            "modelo": "SM-A556B",
            "root": False,
        }
    )
    b.ok_json({"ligá": True, "otp": "SMS"})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live photo)")
    _mp(
        b,
        c,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file (Onfido selfie video) + challenge")
    challenge = [
        {"type": "recite", "query": [c.rng.randint(1, 9) for _ in range(3)]},
        {"type": "movement", "query": c.rng.choice(["turnLeft", "turnRight"])},
    ]
    _mp(
        b,
        c,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("challenge", None, "application/json", js(challenge).encode()),
            ("languages", None, None, b'[{"source":"sdk","language_code":"nl"}]'),
            ("file", "video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1400)),
        ],
    )
    b.ok_json({"id": rid(c.rng), "file_type": "video/mp4"}, 201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back side (no face)")
    _mp(
        b,
        c,
        [
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"CUW"),
            ("file", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "side": "back"}, 201)
    return b.build()


def kara_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/drenta/kara")
    b.bio("face_template", "json kara.plantía (512 float32, base64)")
    b.mark(
        "biometric", "face_attributes", "response json analisis.edat/sekso (from the selfie)",
        True, "response",
    )  # fmt: skip
    b.json(
        {
            "kliente": b.acct("banko_user"),
            "kara": {
                "plantía": floats_b64(floats(c.rng, 512)),
                "version": "kv5-512",
                "bibu": rf(c.rng, 0.86, 0.99, 3),
            },
            "tempu": iso(c),
        }
    )
    b.ok_json(
        {
            "kòrekt": True,
            "parecido": rf(c.rng, 0.8, 0.99, 3),
            "analisis": {
                "edat_estimá": c.rng.randint(52, 60),
                "sekso_estimá": "M",
                "lentenan": False,
                "pose": {"yaw": rf(c.rng, -8, 8, 1), "pitch": rf(c.rng, -6, 6, 1)},
            },
        }
    )
    return b.build()


def kara_registra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/drenta/kara/registra")
    b.bio("face_embedding", "json kara.vektor (512 floats)")
    b.json(
        {
            "kliente": b.acct("banko_user"),
            "kara": {"vektor": floats(c.rng, 256), "modelo": "kv5-256"},
            "yabi": b.id("banko_device_key", where="json yabi (device key)"),
        }
    )
    b.ok_json({"registrá": True})
    return b.build()


def kara_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/k")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def bibu_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/f")
    b.bio("face_image", "json f[] base64 frames under one-letter keys", detectable=False)
    b.json(
        {
            "s": new_hex(c.rng, 12),
            "f": [b64(fake_jpeg(c.rng.randint(0, 10**9), 400)) for _ in range(3)],
            "t": ms(c),
        }
    )
    b.ok_json({"n": 4})
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    """Balance call; a header 'x-k' holds SHA-256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/kuentanan")
    b.header("x-k", b.id("aid_banko", "sha256", "header x-k", detectable=False))
    b.ok_json(
        {
            "kuentanan": [
                {
                    "number": "CW" + "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
                    "moneda": "XCG",
                    "saldo": rf(c.rng, 100, 90000, 2),
                }
            ]
        }
    )
    return b.build()


def kurso(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kurso")
    b.ok_json({"fecha": iso(c)[:10], "USD": 1.79, "EUR": rf(c.rng, 1.9, 2.0, 3), "SRD": 0.05})
    return b.build()


def transferensia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transferensia")
    b.decoy("account numbers and a transaction reference")
    b.json(
        {
            "di": "CW" + "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
            "pa": "SR" + "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
            "suma": rf(c.rng, 20, 800, 2),
            "moneda": "USD",
            "deskripshon": "Pa Yu na Paramaribo",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json({"referensia": f"BI{c.rng.randint(10**9, 10**10)}", "status": "PROSESANDO"})
    return b.build()


def kyc_formulario(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/datos")
    b.decoy("self-declared sekso and birth date")
    b.json(
        {
            "nòmber": "Ruthsel",
            "fam": "Martina",
            "sekso": "M",
            "fecha_di_nasementu": "1969-07-21",
            "adrès": "Kaya Grandi 12, Punda, Willemstad",
            "sedula": str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.ok_json({"warda": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/perfil/potret")
    b.decoy("profile avatar upload (not sent to face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.bankoisla.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp")
    b.json({"kódigo": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"kòrekt": True})
    return b.build()
