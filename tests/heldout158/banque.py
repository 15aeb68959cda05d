"""Banque du Rhône: the receptionist's bank, with an Onfido selfie check when she
adds a new payee or raises a card limit.

Onfido's SDK uploads the selfie (`live_photos`) and a short liveness video
(`live_videos`): biometric, readable from the API paths. When the bank's own
screen re-checks a face, it sends the selfie encrypted in a JSON envelope
(`k`, `d`): biometric that nothing readable names. The bank's device binding
sends a SHA-256 of the app's ANDROID_ID as `empreinte_appareil` plus its
installation id; its fraud ping carries an MD5 of the ANDROID_ID under `h`
(opaque). The ID-card upload, balances and transactions are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.banque-rhone.example/api"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("BanqueRhone", "9.4.2")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "banque-rhone", method, f"{API}{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(b.acct("banque_client") + "." + rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}{path}")
    b.header("user-agent", "onfido-android-sdk/19.1.0")
    b.header("authorization", "Bearer sdk." + b64(rid(c.rng)))
    return b


def _boundary(c: Context) -> str:
    return "onfido-" + rid(c.rng)[:12]


def selfie_onfido(c: Context) -> Flow:
    b = _onfido(c, "/live_photos")
    b.bio("face_image", "multipart file selfie.jpg to /live_photos (face match)")
    bd = _boundary(c)
    body = multipart(
        bd,
        [
            ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1000)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg"}, 201)
    return b.build()


def video_vivacite(c: Context) -> Flow:
    b = _onfido(c, "/live_videos")
    b.bio("face_video", "multipart file to /live_videos with challenge (liveness)")
    bd = _boundary(c)
    body = multipart(
        bd,
        [
            ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
            (
                "challenge",
                None,
                None,
                b'[{"type":"movement","query":"turnLeft"},{"type":"recite","query":[4,1,7]}]',
            ),
            ("file", "video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1400)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c)}, 201)
    return b.build()


def document_identite(c: Context) -> Flow:
    b = _onfido(c, "/documents")
    b.decoy(
        "ID-card image for document check: the card's printed photo is not a live face "
        "capture sent for matching (the match uses the selfie flows); OCR fields follow"
    )
    bd = _boundary(c)
    body = multipart(
        bd,
        [
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, c.rng.choice([b"front", b"back"])),
            ("file", "document.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bd}")
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "issuing_country": "FRA"}, 201)
    return b.build()


def verification_chiffree(c: Context) -> Flow:
    b = _b(c, "POST", "/securite/v2/reverif")
    b.bio("face_image", "json d (AES-encrypted selfie, key wrapped in k)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json(
        {"k": b64(bytes(c.rng.getrandbits(8) for _ in range(256))), "d": b64(blob), "n": rid(c.rng)}
    )
    b.ok_json({"resultat": "OK", "ts": ms(c)})
    return b.build()


def liaison_appareil(c: Context) -> Flow:
    b = _b(c, "POST", "/securite/appareil/liaison")
    b.json(
        {
            "empreinte_appareil": b.id("aid_banque", "sha256", "json empreinte_appareil (SHA-256)"),
            "id_installation": b.id("banque_install", where="json id_installation"),
            "modele": "SM-A546B",
            "os": "Android 14",
            "root": False,
        }
    )
    b.ok_json({"appareil_de_confiance": True})
    return b.build()


def ping_fraude(c: Context) -> Flow:
    b = _b(c, "POST", "/f/p")
    b.json(
        {
            "h": b.id("aid_banque", "md5", "json h (MD5 of ANDROID_ID)", detectable=False),
            "t": ms(c),
            "s": c.rng.randint(0, 9),
        }
    )
    b.no_content()
    return b.build()


def solde(c: Context) -> Flow:
    b = _b(c, "GET", "/comptes")
    b.decoy("account number and balances (an account, not a device)")
    b.ok_json(
        {
            "comptes": [
                {
                    "iban_masque": "FR76 **** **** 4821",
                    "solde": rf(c.rng, 100, 3000, 2),
                    "devise": "EUR",
                },
                {
                    "iban_masque": "FR76 **** **** 9013",
                    "solde": rf(c.rng, 1000, 9000, 2),
                    "devise": "EUR",
                },
            ]
        }
    )
    return b.build()


def operations(c: Context) -> Flow:
    b = _b(c, "GET", "/comptes/courant/operations?page=1")
    b.decoy("transaction amounts and dates (price series)")
    b.ok_json(
        {
            "operations": [
                {
                    "libelle": c.rng.choice(
                        ["CB MONOPRIX", "VIR SALAIRE CLINIQUE", "CB TCL", "PRLV FREE"]
                    ),
                    "montant": rf(c.rng, -120, 1900, 2),
                    "date": iso(c)[:10],
                    "ref": rid(c.rng),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()
