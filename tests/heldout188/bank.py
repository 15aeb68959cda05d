"""Banque Atlas Mobile: a Moroccan bank's app with video KYC and selfie checks.

Account opening streams a liveness session (frames from the front camera)
and uploads a selfie for matching against the CIN portrait; sensitive
operations re-check a selfie, and phone banking enrols a voiceprint
("empreinte vocale") from three spoken phrases and later verifies the caller
with a speaker embedding the app computes (`bassma_sawtiya`, 192 floats). The
face SDK's newer build sends its template as an AES-encrypted blob under `p`,
and the on-device matcher a protobuf of packed floats. The CIN's OCR (MRZ text
fields and boxes), the signature pad's stroke points, FX rates and the branch
locator are not biometric.
Adjust measures installs (adid, gps_adid).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://mobile.banqueatlas.example"
KYC = "https://ekyc.banqueatlas.example"
UA = ua("BanqueAtlas", "5.3.1")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "banqueatlas", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-correlation-id", rid(c.rng))
    b.decoy("x-correlation-id (request id)")
    if device:
        b.header("x-device-fingerprint", b.id("aid_bank", where="header x-device-fingerprint"))
    return b


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v1/video-kyc/vivacite/images")
    b.bio("face_landmarks", "json images[].points_repere_visage (face landmarks per frame)")
    b.json(
        {
            "session_kyc": rid(c.rng),
            "defi": c.rng.choice(["tourner_tete_gauche", "cligner_yeux", "sourire"]),
            "images": [
                {
                    "horodatage": ms(c) + i * 200,
                    "points_repere_visage": points(c.rng, 68),
                    "pose_tete": {"lacet": rf(c.rng, -30, 30, 1), "tangage": rf(c.rng, -15, 15, 1)},
                }
                for i in range(3)
            ],
        }
    )
    b.ok_json({"etat": "EN_COURS", "score_vivacite": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v1/video-kyc/selfie", device=True)
    b.bio("face_image", "multipart selfie_visage (selfie for matching with the CIN portrait)")
    boundary = "----atlas" + rid(c.rng).replace("-", "")[:16]
    meta = b'{"type":"selfie_kyc","comparer_avec":"photo_cin"}'
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta),
            ("selfie_visage", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"correspondance": True, "score_similarite": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v1/biometrie/visage/gabarit")
    b.bio("face_embedding", "json gabarit_visage (base64 float32, 128 d)")
    b.json(
        {
            "gabarit_visage": floats_b64(floats(c.rng, 128)),
            "modele": "atlasface-v3",
            "qualite": rf(c.rng, 0.6, 1, 2),
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def voiceprint_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/banque-vocale/empreinte-vocale/enrolement", device=True)
    b.bio("voiceprint", "json enregistrements[] audio for empreinte_vocale (speaker enrolment)")
    b.json(
        {
            "type": "empreinte_vocale",
            "phrase": "ma voix est mon mot de passe",
            "enregistrements": [b64(fake_wav(c.rng.randint(0, 10**9), 500)) for _ in range(3)],
            "frequence": 16000,
        }
    )
    b.ok_json({"statut": "ENROLE", "locuteur_id": rid(c.rng)})
    return b.build()


def face_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v1/video-kyc/analyse")
    b.bio("face_attributes", "json analyse_visage.age_estime / emotion / pose (from the face)")
    b.json(
        {
            "analyse_visage": {
                "age_estime": c.rng.randint(25, 60),
                "sexe_estime": c.rng.choice(["F", "M"]),
                "emotion": c.rng.choice(["neutre", "joie"]),
                "lunettes": False,
                "pose": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, -8, 8, 1)},
            },
            "session_kyc": rid(c.rng),
        }
    )
    b.ok_json({"coherent_avec_cin": True})
    return b.build()


def template_encrypted(c: Context) -> Flow:
    """Face SDK 4.x: the template AES-encrypted, base64 under 'p' (no names)."""
    b = _b(c, "POST", f"{KYC}/v2/s")
    b.bio("face_embedding", "json p (encrypted face template)", detectable=False)
    blob = hashlib.shake_256(str(c.rng.random()).encode()).digest(560)
    b.json({"p": b64(blob), "k": 2, "t": ms(c)})
    b.ok_json({"r": 0})
    return b.build()


def matcher_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v2/m")
    b.header("content-type-hint", "pb")
    b.bio("face_embedding", "protobuf field 2 packed floats", detectable=False)
    body = pb_varint(1, ms(c)) + pb_packed_floats(2, floats(c.rng, 128)) + pb_bytes(3, "v3")
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def cin_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{KYC}/v1/documents/cin/ocr")
    b.decoy("CIN OCR: text fields and bounding boxes of the card (no portrait, not biometric)")
    b.json(
        {
            "champs": {
                "nom": "BENNANI",
                "prenom": "YASMINE",
                "date_naissance": "1988-04-12",
                "lieu_naissance": "FES",
                "mrz": "IDMARBE" + str(c.rng.randint(10**6, 10**7)) + "<<<<<<<<<<<<<<",
            },
            "boites": [[c.rng.randint(0, 600) for _ in range(4)] for _ in range(5)],
        }
    )
    b.ok_json({"valide": True})
    return b.build()


def signature_pad(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/contrats/signature")
    b.decoy("signature-pad stroke points (handwriting, not a face or voice)")
    b.json(
        {
            "contrat": f"CTR-{c.rng.randint(10**5, 10**6)}",
            "traits": [[[c.rng.randint(0, 400), c.rng.randint(0, 200)] for _ in range(8)]],
        }
    )
    b.ok_json({"signe": True})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/cours-devises")
    b.decoy("FX rate series")
    b.ok_json({"EUR/MAD": [rf(c.rng, 10.7, 10.9, 4) for _ in range(10)], "maj": iso(c)})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/comptes")
    b.ok_json(
        {
            "client": b.acct("bank_client"),
            "comptes": [
                {
                    "rib": "007 780 " + str(c.rng.randint(10**9, 10**10)),
                    "solde": rf(c.rng, 100, 9000, 2),
                }
            ],
        }
    )
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "x7k2p9m4q1zs"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("bank_adid", where="form adid")),
            ("android_id", b.id("aid_bank", where="form android_id")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("os_name", "android"),
            ("device_name", "CPH2437"),
        ]
    )
    b.ok_json({"adid": b.id("bank_adid", where="response json adid", direction="response")})
    return b.build()


def branch_locator(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/agences?ville=casablanca")
    b.decoy("branch and ATM coordinates with ATM terminal ids (the bank's equipment)")
    b.ok_json(
        {
            "agences": [
                {
                    "gab_id": f"GAB{c.rng.randint(10**4, 10**5)}",
                    "lat": rf(c.rng, 33.5, 33.6, 5),
                    "lng": rf(c.rng, -7.7, -7.5, 5),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/banque-vocale/tahaqoq")
    b.bio("speaker_embedding", "json bassma_sawtiya (speaker embedding, 192 floats)")
    b.json(
        {
            "bassma_sawtiya": floats(c.rng, 192),
            "model": "ecapa-tdnn-fr-ar",
            "duree_ms": c.rng.randint(2500, 6000),
        }
    )
    b.ok_json({"match": c.rng.random() < 0.9, "score": rf(c.rng, 0.5, 0.95, 3)})
    return b.build()
