"""Xaalis: a mobile-money wallet (send, withdraw at an agent, pay a merchant by QR,
buy Woyofal credit) with selfie KYC.

The wallet binds the phone (IMEI, serial, ANDROID_ID, a fingerprint of its own)
at login. KYC goes to Smile ID: the JSON job with a base64 selfie under
`images[]` (image_type_id 2 is a selfie sent as base64), then the SDK's zipped
job (selfie + liveness frames, deflated: opaque) to the upload URL; the app's
own liveness check sends 68 face points. Transfers carry phone numbers (accounts,
never device ids), transaction ids and the agent's or merchant's terminal id
(a business's equipment, not the family's).
"""

from __future__ import annotations

import io
import zipfile

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, js, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.xaalis.example"
SMILE = "https://api.smileidentity.com"
UA = ua("Xaalis", "4.12.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xaalis", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/appareil/lier")
    b.json(
        {
            "telephone": b.acct("msisdn"),
            "imei": b.id("imei", where="json imei"),
            "numero_serie": b.id("phone_serial", where="json numero_serie"),
            "android_id": b.id("aid_wallet", where="json android_id"),
            "empreinte_appareil": b.id("wallet_fp", where="json empreinte_appareil"),
            "modele": "TECNO CK7n",
        }
    )
    b.ok_json({"statut": "LIE", "otp_envoye": True})
    return b.build()


def risk_ping_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/r/p")
    b.form(
        [
            ("h", b.id("imei", "sha256", "form h (sha256 of IMEI)", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def smile_job(c: Context) -> Flow:
    b = FB(c, "smile-id", "POST", f"{SMILE}/v1/id_verification")
    b.header("user-agent", "SmileID-Android/10.1.4")
    b.bio("face_image", "json images[].image base64 selfie (image_type_id 2) to KYC face match")
    b.json(
        {
            "partner_id": "2207",
            "timestamp": iso(c),
            "signature": b64(new_hex(c.rng, 32)),
            "source_sdk": "android",
            "source_sdk_version": "10.1.4",
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("wallet_user"),
                "job_type": 1,
            },
            "country": "SN",
            "id_type": "NATIONAL_ID",
            "images": [{"image_type_id": 2, "image": b64(fake_jpeg(c.rng.randint(0, 10**9), 700))}],
        }
    )
    b.ok_json(
        {
            "ResultCode": "1012",
            "ResultText": "Valid ID / Selfie match",
            "SmileJobID": new_digits(c.rng, 10),
        }
    )
    return b.build()


def smile_zip_opaque(c: Context) -> Flow:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i, name in enumerate(["SID_Preview_Full.jpg", "SID_0001.jpg", "SID_0002.jpg"]):
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 2, 9, 0, i))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, fake_jpeg(c.rng.randint(0, 10**9), 600))
        meta = zipfile.ZipInfo("info.json", date_time=(2024, 11, 2, 9, 0, 9))
        meta.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(
            meta, js({"images": [{"image_type_id": 0, "file_name": "SID_Preview_Full.jpg"}]})
        )
    b = FB(c, "smile-id", "PUT", f"https://smile-uploads.example/{new_hex(c.rng, 24)}.zip")
    b.header("user-agent", "SmileID-Android/10.1.4")
    b.bio(
        "face_image",
        "zip body (deflated selfie + liveness frames), no readable name",
        detectable=False,
    )
    b.set_body(buf.getvalue(), "application/zip")
    b.respond(200, None)
    return b.build()


def vivacite(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kyc/vivacite")
    b.bio("face_landmarks", "json points_visage[68] + pose_tete from the selfie camera")
    cx, cy = rf(c.rng, 200, 280, 1), rf(c.rng, 260, 340, 1)
    b.json(
        {
            "session_kyc": rid(c.rng),
            "points_visage": [
                [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 70), 1)]
                for _ in range(68)
            ],
            "pose_tete": {"lacet": rf(c.rng, -15, 15, 2), "tangage": rf(c.rng, -10, 10, 2)},
            "clignement": True,
        }
    )
    b.ok_json({"vivant": True, "score": rf(c.rng, 0.8, 1, 3)})
    return b.build()


def transfert(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/transactions/transfert")
    b.decoy("transfer: recipient phone number and transaction id (accounts, not devices)")
    b.json(
        {
            "destinataire": "+22178" + new_digits(c.rng, 7),
            "montant": c.rng.choice([2000, 5000, 10000, 25000]),
            "devise": "XOF",
            "frais": 0,
            "motif": c.rng.choice(["depense", "ndawtal", "tontine"]),
            "cle_idempotence": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "id_transaction": "TX" + new_digits(c.rng, 12),
            "statut": "REUSSI",
            "solde": c.rng.randint(1000, 300000),
        }
    )
    return b.build()


def marchand_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/paiements/marchand")
    b.decoy("merchant's POS terminal id and serial (a shop's equipment, not the family's)")
    b.json(
        {
            "marchand": c.rng.choice(
                ["Boutique Chez Fatou", "Auchan Sacré-Coeur", "Pharmacie Guigon"]
            ),
            "terminal_id": "TPE-" + new_digits(c.rng, 8),
            "numero_serie_terminal": "PAX" + new_hex(c.rng, 10).upper(),
            "montant": c.rng.randint(500, 40000),
        }
    )
    b.ok_json({"reference": rid(c.rng), "statut": "PAYE"})
    return b.build()


def woyofal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/factures/woyofal")
    b.decoy("prepaid electricity meter number (Senelec's meter, and a token code)")
    b.json({"compteur": new_digits(c.rng, 11, "1"), "montant": c.rng.choice([2000, 5000, 10000])})
    b.ok_json(
        {
            "code_recharge": "-".join(new_digits(c.rng, 4) for _ in range(5)),
            "kwh": rf(c.rng, 10, 80, 1),
        }
    )
    return b.build()


def agents(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/agents/proches?lat={rf(c.rng, 14.6, 14.8, 4)}&lon={rf(c.rng, -17.5, -17.3, 4)}",
    )
    b.decoy("nearby cash-out agents with coordinates")
    b.ok_json(
        {
            "agents": [
                {
                    "nom": f"Agent {i}",
                    "lat": rf(c.rng, 14.6, 14.8, 5),
                    "lon": rf(c.rng, -17.5, -17.3, 5),
                }
                for i in range(5)
            ]
        }
    )
    return b.build()


def historique_tx(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/transactions?page=1")
    b.decoy("transaction history: ids, amounts and dates (a ledger, not viewing)")
    b.ok_json(
        {
            "transactions": [
                {
                    "id": "TX" + new_digits(c.rng, 12),
                    "montant": c.rng.randint(100, 50000),
                    "date": iso(c),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def deplafonnement_selfie(c: Context) -> Flow:
    """Raising the wallet's limit: the selfie goes to the wallet's face match with the ID card."""
    boundary = "----" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/kyc/deplafonnement")
    b.bio("face_image", "multipart photo_selfie selfie.jpg to face match against the CNI")
    parts = [
        ("numero_cni", None, None, new_digits(c.rng, 13, "1").encode()),
        ("photo_selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("comparer_avec", None, None, b"cni_recto"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"statut": "EN_VERIFICATION", "plafond_demande": 2000000})
    return b.build()


def photo_profil(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/profil/photo")
    b.decoy("profile photo upload for display (no face matching or liveness)")
    parts = [("avatar", "avatar.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"url": f"https://img.xaalis.example/avatars/{new_hex(c.rng, 16)}.jpg"})
    return b.build()
