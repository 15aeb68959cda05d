"""BanqueNet: a Senegalese bank's app. Voice check ("votre voix est votre mot de
passe") enrols and verifies the customer's voice; the face login keeps a face
template. An encrypted payload of the anti-fraud module is opaque.

A voice assistant that transcribes Wolof / French commands is speech
recognition (no speaker model): not biometric. Cheque-scan OCR boxes and
exchange-rate series are not either.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.banquenet.example"
UA = ua("BanqueNet", "7.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banquenet", method, url)
    b.header("user-agent", UA)
    b.header("x-client", "android")
    return b


def voix_enrolement(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/api/biometrie/voix/enrolement")
    b.bio("voice_sample", "multipart echantillon_1..3 wav to voice enrolment (empreinte vocale)")
    parts = [("client", None, None, b.acct("bank_client").encode())]
    parts += [
        (f"echantillon_{i}", f"voix_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600))
        for i in (1, 2, 3)
    ]
    parts.append(("phrase", None, None, b"Ma voix est mon mot de passe"))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"empreinte_vocale": "creee", "qualite": rf(c.rng, 0.7, 1, 2)})
    return b.build()


def voix_verification(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/biometrie/voix/verifier")
    b.bio("voice_sample", "json audio_voix base64 wav + locuteur for speaker verification")
    b.json(
        {
            "locuteur": b.acct("bank_client"),
            "audio_voix": b64(fake_wav(c.rng.randint(0, 10**9), 500)),
            "format": "wav/16k",
            "operation": "virement",
        }
    )
    b.ok_json({"correspondance": True, "score_locuteur": rf(c.rng, 0.6, 0.99, 3)})
    return b.build()


def vecteur_locuteur(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/biometrie/voix/vecteur")
    b.bio("speaker_embedding", "json vecteur_locuteur[192] (on-device speaker embedding)")
    b.json({"vecteur_locuteur": floats(c.rng, 192), "modele": "ecapa-tdnn-v2", "ts": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def gabarit_facial(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/connexion/visage")
    b.bio("face_template", "json gabarit_facial base64 float32[128] (face login template)")
    b.json(
        {
            "gabarit_facial": floats_b64(floats(c.rng, 128)),
            "appareil": b.id("aid_bank", where="json appareil"),
            "version_modele": "mobilefacenet-1.2",
        }
    )
    b.ok_json({"authentifie": True, "jeton": new_hex(c.rng, 48)})
    return b.build()


def antifraude_opaque(c: Context) -> Flow:
    """The anti-fraud module's sealed payload: voice-check frames, AES-sealed, base64 under p."""
    b = _b(c, "POST", f"{API}/af/v1/c")
    b.bio("voice_sample", "json p (sealed voice-check payload, opaque)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(600))), "k": 4})
    b.no_content()
    return b.build()


def assistant_transcription(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/api/assistant/transcrire?langue=wo")
    b.decoy("voice command sent for transcription (speech recognition, no speaker model)")
    parts = [("audio", "commande.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 400))]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "texte": c.rng.choice(["yónnee ñaari junni", "wone ma sama solde"]),
            "confiance": rf(c.rng, 0.5, 1, 2),
        }
    )
    return b.build()


def cheque_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/cheques/lecture")
    b.decoy("cheque OCR boxes (text positions, not a face)")
    b.json(
        {
            "zones": [
                {
                    "champ": f,
                    "x": c.rng.randint(0, 900),
                    "y": c.rng.randint(0, 400),
                    "l": 200,
                    "h": 40,
                }
                for f in ("montant", "date", "cmc7")
            ]
        }
    )
    b.ok_json({"montant_lu": c.rng.randint(10000, 900000)})
    return b.build()


def taux(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/marches/taux?devise=EUR")
    b.decoy("XOF/EUR rate series (numbers, not biometrics)")
    b.ok_json(
        {
            "serie": [655.957 for _ in range(10)],
            "brvm10": [rf(c.rng, 150, 170, 2) for _ in range(10)],
        }
    )
    return b.build()


def comptes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/comptes")
    b.decoy("account numbers (accounts, not devices)")
    b.ok_json(
        {
            "comptes": [
                {
                    "rib": "SN012 01001 " + new_hex(c.rng, 12).upper(),
                    "solde": c.rng.randint(0, 10**7),
                }
            ],
            "maj": iso(c),
            "req": rid(c.rng),
        }
    )
    return b.build()
