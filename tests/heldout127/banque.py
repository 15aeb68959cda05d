"""Nuage: a French neobank with selfie KYC (Ubble) and voice verification.

Onboarding sends a selfie video's frames and face match request to Ubble
(`face`, `liveness`), the bank's own voice-authentication step enrols and
verifies an `empreinteVocale` (voiceprint) from a WAV of the client reading
digits, and a newer build encrypts the liveness frames under `p` before they
leave the phone. Device binding (`liaisonAppareil`) sends the ANDROID_ID and
a hash of it. Balances, card transactions, the rate chart and the sign-up
form's civility are ordinary; speech-to-text of a voice command is not
biometric (no speaker model).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, sealed, ua

API = "https://api.nuage-banque.example"
UA = ua("Nuage", "3.19.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nuage", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def ubble_selfie(c: Context) -> Flow:
    b = FB(c, "ubble", "POST", f"https://api.ubble.ai/identifications/{rid(c.rng)}/faces/")
    b.header("user-agent", UA)
    b.header("x-ubble-device", b.id("ubble_device", where="header x-ubble-device (SDK device id)"))
    b.bio("face_image", "json data.attributes.selfie_frames[] (face liveness)")
    b.json(
        {
            "data": {
                "type": "faces",
                "attributes": {
                    "selfie_frames": [
                        b64(fake_jpeg(c.rng.randint(0, 10**9), 500)) for _ in range(3)
                    ],
                    "liveness_challenge": c.rng.choice(["tourner_tete_gauche", "sourire"]),
                    "face_match_document": True,
                },
            }
        }
    )
    b.ok_json({"data": {"id": rid(c.rng), "attributes": {"status": "processing"}}})
    return b.build()


def ubble_resultat(c: Context) -> Flow:
    b = FB(c, "ubble", "GET", f"https://api.ubble.ai/identifications/{rid(c.rng)}/")
    b.header("user-agent", UA)
    b.mark(
        "biometric",
        "face_analysis",
        "response json face.similarity/estimated_age",
        True,
        "response",
    )
    b.ok_json(
        {
            "data": {
                "attributes": {
                    "status": "processed",
                    "face": {
                        "similarity": rf(c.rng, 0.8, 0.99, 3),
                        "liveness_score": rf(c.rng, 0.9, 1, 3),
                        "estimated_age": c.rng.randint(20, 60),
                    },
                    "document": {"type": "ID_CARD", "country": "FRA"},
                }
            }
        }
    )
    return b.build()


def selfie_chiffre(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/onboarding/etape/7")
    b.bio("face_image", "json p (encrypted liveness frames)", detectable=False)
    b.json(
        {
            "k": "rsa2048-v3",
            "p": sealed(c.rng, 600),
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
        }
    )
    b.ok_json({"suivant": 8})
    return b.build()


def voix_enrolement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/authentification/empreinte-vocale/enrolement")
    b.bio("voiceprint", "multipart audio (empreinte-vocale enrolement)")
    boundary = "----nuage" + rid(c.rng).replace("-", "")[:16]
    b.set_body(
        multipart(
            boundary,
            [
                ("phrase", None, "text/plain", b"8 4 1 9 2 7"),
                ("audio", "enrolement.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"statut": "ENROLE", "qualite": rf(c.rng, 0.6, 1, 2)})
    return b.build()


def voix_verification(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/authentification/voix/verifier")
    b.bio("speaker_embedding", "json empreinteVocale (speaker embedding, base64 float32)")
    b.json(
        {
            "empreinteVocale": floats_b64(floats(c.rng, 192)),
            "modele": "ecapa-v2",
            "horodatage": iso(c),
        }
    )
    b.ok_json({"correspond": True, "score": rf(c.rng, 0.7, 0.98, 3)})
    return b.build()


def liaison_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/securite/liaison-appareil")
    b.json(
        {
            "idAppareil": b.id("aid_banque", where="json idAppareil"),
            "empreinte": b.id("aid_banque", "sha256", "json empreinte (SHA-256 of ANDROID_ID)"),
            "modele": "Xiaomi 23078PND5G",
            "racine": False,
        }
    )
    b.ok_json({"lie": True, "client": c.phone.banque_client})
    return b.build()


def integrite(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/s")
    b.json(
        {"h": b.id("aid_banque", "md5", "json h (MD5 of ANDROID_ID)", detectable=False), "t": ms(c)}
    )
    b.no_content()
    return b.build()


def commande_vocale(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/assistant/transcrire")
    b.decoy("speech-to-text of a voice command: transcription, no speaker model")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json({"texte": "virement de cinquante euros à maman", "langue": "fr-FR"})
    return b.build()


def operations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/comptes/courant/operations?page=1")
    b.decoy("card transactions with amounts and merchant coordinates")
    b.ok_json(
        {
            "operations": [
                {
                    "libelle": m,
                    "montant": -rf(c.rng, 3, 80, 2),
                    "date": iso(c),
                    "lat": rf(c.rng, 43.2, 45.8, 4),
                    "lon": rf(c.rng, 4.7, 5.5, 4),
                }
                for m in ("Monoprix", "TCL", "Boulangerie Paul", "RTM Marseille")
            ]
        }
    )
    return b.build()


def cours(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/marches/EURUSD/historique?periode=1m")
    b.decoy("exchange-rate series (floats, no face)")
    b.ok_json({"serie": [rf(c.rng, 1.05, 1.12, 4) for _ in range(30)]})
    return b.build()


def ouverture(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/onboarding/identite")
    b.decoy("sign-up form: self-declared civility and birth date")
    b.json(
        {
            "civilite": "Mme",
            "nom": "Benali",
            "prenom": "Inès",
            "dateNaissance": "2001-03-14",
            "villeNaissance": "Lyon",
        }
    )
    b.ok_json({"suivant": 2})
    return b.build()
