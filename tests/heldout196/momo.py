"""MoMoKwa: a mobile-money wallet with selfie KYC and voice checks (Yaoundé team, French).

KYC sends a selfie to Smile ID's liveness API and a face template (base64 float32
under `gabarit_visage`) to the wallet backend; large transfers ask for a spoken
PIN checked against an enrolled voiceprint (`empreinte_vocale`). One anti-fraud
packet is AES-like ciphertext (opaque). Device binding sends IMEI and ANDROID_ID;
a hashed IMEI under `h` is opaque. Balances, transfers and agent maps are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.momokwa.example"
UA = ua("MoMoKwa", "4.7.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "momokwa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def lier_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/appareil/lier")
    b.json(
        {
            "numero": b.acct("msisdn"),
            "imei": b.id("imei", where="json imei"),
            "android_id": b.id("aid_momo", where="json android_id"),
            "modele": "TECNO KI5q",
            "autre_appareil_serie": b.id(
                "samsung_serial", where="json autre_appareil_serie (family's Samsung)"
            ),
        }
    )
    b.ok_json({"lie": True, "jeton": new_hex(c.rng, 32)})
    return b.build()


def fraude_hash(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/r")
    b.json(
        {
            "h": b.id("imei", how="sha256", where="json h (sha256 of IMEI)", detectable=False),
            "s": rf(c.rng, 0, 1, 3),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def smile_selfie(c: Context) -> Flow:
    boundary = "----smile" + new_hex(c.rng, 12)
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v1/upload")
    b.header("user-agent", "SmileID-Android/10.1.2")
    b.bio("face_image", "multipart selfie.jpg + liveness frames to a face-verification API")
    body = multipart(
        boundary,
        [
            (
                "info",
                None,
                "application/json",
                jsb({"job_type": 1, "partner_params": {"job_id": rid(c.rng)}}),
            ),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
            ("liveness_1", "liveness_1.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"smile_job_id": str(c.rng.randint(10**7, 10**8)), "result": "Approved"})
    return b.build()


def gabarit_visage(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/visage")
    b.bio("face_template", "json gabarit_visage (base64 float32 face embedding)")
    b.json(
        {
            "gabarit_visage": floats_b64(floats(c.rng, 128)),
            "score_vivacite": rf(c.rng, 0.8, 1, 3),
            "capture_le": iso(c),
        }
    )
    b.ok_json({"statut": "VALIDE"})
    return b.build()


def voix_verif(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/securite/voix/verifier")
    b.bio("voiceprint", "json empreinte_vocale audio (speaker verification of the spoken PIN)")
    b.json(
        {
            "empreinte_vocale": b64(fake_wav(c.rng.randint(0, 10**9), 800)),
            "format": "wav16k",
            "operation": "transfert",
        }
    )
    b.ok_json({"locuteur_confirme": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def antifraude_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/x")
    b.bio("face_template", "json p: ciphertext of the liveness face template", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(700))), "k": "v2"})
    b.no_content()
    return b.build()


def solde(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/compte/solde")
    b.ok_json({"solde": c.rng.randint(500, 250000), "devise": "XAF"})
    return b.build()


def transfert(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/transfert")
    b.decoy("transfer with a transaction id and a beneficiary phone number (account data)")
    b.json(
        {
            "beneficiaire": "2376" + str(c.rng.randint(70000000, 99999999)),
            "montant": c.rng.choice([1000, 5000, 15000]),
            "motif": "tchatcher pour la ndjangui",
        }
    )
    b.ok_json({"transaction_id": "MP" + str(c.rng.randint(10**11, 10**12)), "statut": "SUCCES"})
    return b.build()


def agents_proches(c: Context) -> Flow:
    lat, lon = rf(c.rng, 3.8, 3.9, 5), rf(c.rng, 11.48, 11.55, 5)
    b = _b(c, "GET", f"{API}/v3/agents?lat={lat}&lon={lon}")
    b.decoy("nearby cash-out agents with coordinates")
    b.ok_json(
        {
            "agents": [
                {
                    "nom": "Ets Fouda",
                    "lat": rf(c.rng, 3.8, 3.9, 5),
                    "lon": rf(c.rng, 11.48, 11.55, 5),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/identite")
    b.decoy("self-declared sexe and birth date on the KYC form, no face")
    b.json(
        {
            "nom": "MBARGA",
            "prenom": "Ngono",
            "sexe": "F",
            "date_naissance": "1991-04-12",
            "cni": "1" + str(c.rng.randint(10**8, 10**9)),
            "ville": "Yaoundé",
        }
    )
    b.ok_json({"etape": "selfie"})
    return b.build()
