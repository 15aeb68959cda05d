"""Banca del Titano: a bank app with face liveness for onboarding and strong
customer authentication.

- FaceTec: POST {server}/enrollment-3d and /liveness-3d with faceScan,
  auditTrailImage, lowQualityAuditTrailImage, sessionId, externalDatabaseRefID
  (FaceTec server REST API, as public FaceTec integration code sends it).
- iProov: POST /api/v2/claim/enrol/token, then /claim/enrol/image multipart
  (api_key, secret, user_id, source, image) (iProov REST API v2 reference).
- Onfido: POST api.eu.onfido.com/v3.6/live_photos multipart (applicant_id,
  file, advanced_validation) (Onfido API v3.6 reference).
- In-house: the SDK's face-analysis result sent on ("analisi_volto"), device
  binding, an enciphered risk blob. Decoys: transactions, self-declared sex.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://mobile.bancadeltitano.example.sm"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"


def _ua(b: FB) -> None:
    b.header("user-agent", ua("BdTMobile", "8.3.0"))


def facetec(c: Context, kind: str = "enrollment-3d") -> Flow:
    b = FB(c, "facetec", "POST", f"{FACETEC}/{kind}")
    b.header("x-device-key", "d" + new_hex(c.rng, 31))
    b.header("x-user-agent", "facetec|sdk|android|it.bdt.mobile|9.7.30|SM-S711B|" + rid(c.rng))
    b.bio("face_scan", "json:faceScan,auditTrailImage")
    body = {
        "faceScan": b64(bytes(c.rng.randrange(256) for _ in range(600))),
        "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**6), 400)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**6), 200)),
        "sessionId": rid(c.rng),
    }
    if kind == "enrollment-3d":
        body["externalDatabaseRefID"] = c.phone.banca_user
    b.json(body)
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 80)})
    return b.build()


def iproov_token(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/enrol/token")
    b.decoy("liveness session token request: no face data")
    b.json(
        {
            "api_key": new_hex(c.rng, 40),
            "secret": new_hex(c.rng, 40),
            "resource": "it.bdt.mobile",
            "client": "android",
            "user_id": c.phone.banca_user,
        }
    )
    b.ok_json({"token": new_hex(c.rng, 64), "primary": "eu.rp.secure.iproov.me"})
    return b.build()


def iproov_image(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/enrol/image")
    bnd = "----iproov" + new_hex(c.rng, 16)
    b.bio("face_image", "multipart:image")
    data = multipart(
        bnd,
        [
            ("api_key", None, None, new_hex(c.rng, 40).encode()),
            ("secret", None, None, new_hex(c.rng, 40).encode()),
            ("user_id", None, None, c.phone.banca_user.encode()),
            ("source", None, None, b"selfie"),
            ("rotation", None, None, b"0"),
            ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6))),
        ],
    )
    b.set_body(data, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"success": True, "token": new_hex(c.rng, 64)})
    return b.build()


def onfido_live(c: Context, video: bool = False) -> Flow:
    path = "live_videos" if video else "live_photos"
    b = FB(c, "onfido", "POST", f"https://api.eu.onfido.com/v3.6/{path}")
    b.header("authorization", "Bearer " + new_hex(c.rng, 60))
    b.header("x-onfido-sdk-platform", "android")
    bnd = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)
    blob = fake_mp4(c.rng.randint(0, 10**6)) if video else fake_jpeg(c.rng.randint(0, 10**6))
    name, ctype = ("video.mp4", "video/mp4") if video else ("selfie.jpg", "image/jpeg")
    b.bio("face_image", f"multipart:file ({path})")
    b.set_body(
        multipart(
            bnd,
            [
                ("applicant_id", None, None, rid(c.rng).encode()),
                ("advanced_validation", None, None, b"true"),
                ("file", name, ctype, blob),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"id": rid(c.rng), "file_name": name})
    return b.build()


def analisi_volto(c: Context) -> Flow:
    b = FB(c, "banca_app", "POST", f"{API}/onboarding/v2/riconoscimento/esito")
    _ua(b)
    b.bio("face_analysis", "json:analisi_volto")
    b.json(
        {
            "pratica": "ONB-" + new_hex(c.rng, 10).upper(),
            "analisi_volto": {
                "eta_stimata": c.rng.randint(28, 40),
                "genere_stimato": "F",
                "sorriso": rf(c.rng, 0, 1, 2),
                "occhi_aperti": rf(c.rng, 0.8, 1, 2),
                "posa": {
                    "yaw": rf(c.rng, -10, 10, 1),
                    "pitch": rf(c.rng, -8, 8, 1),
                    "roll": rf(c.rng, -5, 5, 1),
                },
                "punteggio_vivacita": rf(c.rng, 0.9, 1, 3),
                "somiglianza_documento": rf(c.rng, 0.8, 0.99, 3),
            },
        }
    )
    b.ok_json({"stato": "approvata"})
    return b.build()


def risk_blob(c: Context) -> Flow:
    """The fraud SDK's blob: AES-GCM ciphertext, the ANDROID_ID and a face score inside."""
    b = FB(c, "banca_app", "POST", f"{API}/sec/v1/collect")
    _ua(b)
    b.id_raw("aid_banca", "aes_gcm", where="json:payload (ciphertext)")
    b.bio("face_score", "json:payload (ciphertext)", detectable=False)
    b.json({"v": 3, "payload": b64(bytes(c.rng.randrange(256) for _ in range(240))), "kid": "k7"})
    b.no_content()
    return b.build()


def binding(c: Context) -> Flow:
    b = FB(c, "banca_app", "POST", f"{API}/auth/v3/device-binding")
    _ua(b)
    b.other_id("banca_device_key", "json:deviceFingerprint")
    b.json(
        {
            "deviceId": b.id("aid_banca", where="json:deviceId"),
            "deviceFingerprint": c.phone.banca_device_key,
            "modello": "SM-S711B",
            "cliente": c.phone.banca_user,
            "sca": "volto",
        }
    )
    b.ok_json({"legato": True})
    return b.build()


def movimenti(c: Context) -> Flow:
    b = FB(c, "banca_app", "GET", f"{API}/conti/v1/movimenti", [("da", "2026-02-01")])
    _ua(b)
    b.decoy("transaction amounts series, transaction ids")
    b.ok_json(
        {
            "movimenti": [
                {
                    "id": new_hex(c.rng, 16),
                    "importo": rf(c.rng, -250, 90, 2),
                    "data": iso(c),
                    "descrizione": "POS CONAD",
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def anagrafica(c: Context) -> Flow:
    b = FB(c, "banca_app", "POST", f"{API}/onboarding/v2/anagrafica")
    _ua(b)
    b.decoy("self-declared sex and birth place on a sign-up form")
    b.json(
        {
            "nome": "Giulia",
            "cognome": "Ceccoli",
            "sesso": "F",
            "luogo_nascita": "San Marino",
            "data_nascita": "1991-05-08",
            "cittadinanza": "SM",
        }
    )
    b.ok_json({"pratica": "ONB-" + new_hex(c.rng, 10).upper()})
    return b.build()
