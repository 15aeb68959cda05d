"""Banque Lémanique: a Swiss / French bank app whose onboarding and high-value
payments run a face liveness check.

- Onfido (documentation.onfido.com, API v3.6): POST /v3.6/live_photos multipart with
  applicant_id and file (a selfie); the iOS SDK uploads to api.eu.onfido.com for EU.
- Yoti (developers.yoti.com, "Yoti Facial Age / liveness" AI services): POST
  https://api.yoti.com/ai/v1/antispoofing with JSON {"img": <base64 JPEG>}.
- Ubble (ubble.ai, an IDnow company since 2023): the in-app flow posts selfie video
  frames to the identification; here the bank's own backend forwards the vendor's
  face result (score, head pose, landmarks) and a template.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.banque-lemanique.ch"


def onfido_live_photo(ctx: Context) -> Flow:
    b = FB(ctx, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.bio("face_image", "multipart.file (live photo)")
    bnd = "Boundary+" + rid(ctx.rng).replace("-", "")[:16].upper()
    b.header("authorization", "Bearer sdk_" + rid(ctx.rng))
    b.set_body(
        multipart(
            bnd,
            [
                ("applicant_id", None, None, rid(ctx.rng).encode()),
                ("advanced_validation", None, None, b"true"),
                ("file", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"id": rid(ctx.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def yoti_antispoofing(ctx: Context) -> Flow:
    b = FB(ctx, "yoti", "POST", "https://api.yoti.com/ai/v1/antispoofing")
    b.bio("face_image", "body.img (base64 selfie)")
    b.header("x-yoti-auth-id", rid(ctx.rng))
    b.json({"img": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 600)), "secure": {"version": "1.1"}})
    b.ok_json({"prediction": "real", "antispoofing": {"prediction": "real"}})
    return b.build()


def liveness_result(ctx: Context) -> Flow:
    """The bank's backend gets the SDK's face analysis sent on by the app."""
    b = FB(ctx, "banque", "POST", f"{API}/api/onboarding/verification-visage")
    b.bio("face_analysis", "body.resultatVisage")
    b.header("user-agent", ua("BanqueLemanique", "2024.11.1"))
    b.header(
        "x-device-fingerprint", b.id("idfv_bank", how="sha256", where="header.x-device-fingerprint")
    )
    b.json(
        {
            "dossier": "ONB-" + str(ctx.rng.randint(100000, 999999)),
            "fournisseur": "ubble",
            "resultatVisage": {
                "score_vivacite": rf(ctx.rng, 0.8, 1.0),
                "correspondance": rf(ctx.rng, 0.7, 1.0),
                "poseTete": {
                    "yaw": rf(ctx.rng, -10, 10, 2),
                    "pitch": rf(ctx.rng, -8, 8, 2),
                    "roll": rf(ctx.rng, -5, 5, 2),
                },
                "pointsVisage": [
                    [rf(ctx.rng, 120, 360, 1), rf(ctx.rng, 180, 470, 1)] for _ in range(68)
                ],
                "yeuxOuverts": True,
                "sourire": rf(ctx.rng, 0, 1, 2),
            },
        }
    )
    b.ok_json({"statut": "valide"})
    return b.build()


def face_template(ctx: Context) -> Flow:
    b = FB(ctx, "banque", "POST", f"{API}/api/auth/biometrie/gabarit")
    b.bio("face_template", "body.gabaritFacial (base64 float32)")
    b.json(
        {
            "gabaritFacial": floats_b64(floats(ctx.rng, 128)),
            "algo": "fr-v4-128",
            "idAppareil": b.id("idfv_bank", where="body.idAppareil"),
            "cree": iso(ctx),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def liveness_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "banque", "POST", f"{API}/api/s/7f")
    b.bio("face_analysis", "body.p (JWE)", detectable=False)
    jwe = ".".join(
        b64(bytes(ctx.rng.randrange(256) for _ in range(n))).rstrip("=")
        for n in (30, 0, 12, 300, 16)
    )
    b.json({"p": jwe})
    b.ok_json({"r": "ok"})
    return b.build()


def comptes(ctx: Context) -> Flow:
    b = FB(ctx, "banque", "GET", f"{API}/api/comptes/{ctx.phone.bank_user}/solde-historique")
    b.decoy("balance series")
    b.ok_json({"serie": [rf(ctx.rng, 1000, 9000, 2) for _ in range(30)], "devise": "CHF"})
    return b.build()


def virement(ctx: Context) -> Flow:
    b = FB(ctx, "banque", "POST", f"{API}/api/virements")
    b.decoy("payment with reference number and idempotency key")
    b.header("idempotency-key", rid(ctx.rng))
    b.json(
        {
            "montant": rf(ctx.rng, 10, 900, 2),
            "iban": "CH93 0076 2011 6238 5295 7",
            "reference": "RF18" + str(ctx.rng.randint(10**12, 10**13)),
        }
    )
    b.ok_json({"statut": "en_attente"})
    return b.build()


def inscription(ctx: Context) -> Flow:
    b = FB(ctx, "banque", "POST", f"{API}/api/onboarding/identite")
    b.decoy("self-declared civility and gender on a sign-up form")
    b.json({"civilite": "Mme", "sexe": "F", "nationalite": "CH", "dateNaissance": "1991-04-17"})
    b.ok_json({"etape": "verification-visage"})
    return b.build()
