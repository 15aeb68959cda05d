"""The registration desk's patient verification for the health insurer (community
health insurance / mutuelle): a hospital tablet checks a beneficiary's cover and
verifies the patient's face against the insurer's enrolment photo before a
visit is billed. The verification sends the captured face photo and the face
template computed on the tablet (`photoVisage`, `gabarit_visage`); a newer build
wraps the whole request in an encrypted JWE (opaque). Eligibility checks,
beneficiary numbers, the household's category and claims are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, floats_b64

from .hospital import INSURANCE_TABLETS
from .phone import EB, floats, iso, rf, rid

API = "https://api.mutuelle-verif.example"


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "assurance", method, url)
    b.header("user-agent", "VerifAssure/2.3 (Android 12; " + c.rng.choice(INSURANCE_TABLETS) + ")")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _beneficiary(c: Context) -> str:
    return f"RW-{c.rng.randint(10**7, 10**8)}-{c.rng.randint(1, 9)}"


def eligibility(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/beneficiaires/{_beneficiary(c)}/eligibilite")
    b.decoy("beneficiary number and cover status")
    b.ok_json(
        {
            "eligible": True,
            "categorie_ubudehe": c.rng.choice(["A", "B", "C"]),
            "cotisation_payee": True,
            "annee": 2025,
        }
    )
    return b.build()


def verify_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/verification/visage")
    b.bio("face_image", "json photoVisage + gabarit_visage (patient face)")
    b.json(
        {
            "beneficiaire": _beneficiary(c),
            "photoVisage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "gabarit_visage": floats_b64(floats(c.rng, 128)),
            "version_modele": "visage-128-v2",
            "score_vivacite": rf(c.rng, 0.8, 0.99, 3),
            "poste": "Accueil-Urgences",
            "horodatage": iso(c),
        }
    )
    b.ok_json({"correspondance": True, "score": rf(c.rng, 0.7, 0.99, 3), "ref": rid(c.rng)})
    return b.build()


def verify_face_jwe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/v")
    b.bio("face_image", "JWE compact body (encrypted face photo and template)", detectable=False)
    header = b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"mv-2025"}')
    parts = [header] + [
        b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (256, 12, 1400, 16)
    ]
    b.set_body(".".join(parts).encode(), "application/jose")
    b.ok_json({"ok": True, "ref": rid(c.rng)})
    return b.build()


def claim(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/factures")
    b.decoy("claim number, beneficiary number and acts")
    b.json(
        {
            "beneficiaire": _beneficiary(c),
            "actes": [
                {
                    "code": c.rng.choice(["CONS-GEN", "LAB-NFS", "RX-THX", "ECHO-ABD"]),
                    "montant": c.rng.choice([1500, 3000, 8000]),
                }
                for _ in range(2)
            ],
            "ticket_moderateur": 200,
            "numero_visite": "V" + new_hex(c.rng, 10).upper(),
        }
    )
    b.ok_json({"facture": f"F-{c.rng.randint(10**6, 10**7)}", "statut": "soumise"})
    return b.build()
