"""The pension / bank app (fictional "BancaAmica") with Onfido identity checks.

Onfido API v3.6 (documentation.onfido.com, onfido-python): POST
api.eu.onfido.com/v3.6/live_photos as multipart with applicant_id and file;
the app's own backend receives a face template after the check, and a voice
enrolment for phone-banking voice verification. Look-alikes: balances and
transaction series, the fingerprint-login flag, OTPs and IBANs.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, digits, floats, hexs, iso, ms, rf, rid, ua

API = "https://mobile.bancaamica.it/api/v7"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bancaamica", method, API + path)
    b.header("user-agent", ua("BancaAmica", "7.4.2"))
    b.header("x-request-id", rid(c.rng))
    return b


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", "/conti/saldo")
    b.ok_json(
        {
            "iban": "IT60X05428111010000" + digits(c.rng, 8),
            "saldo": rf(c.rng, 800, 24000, 2),
            "andamento": [[ms(c) - d * 86400000, rf(c.rng, 800, 24000, 2)] for d in range(14)],
        }
    )
    b.decoy("balance and 14-day balance series; IBAN")
    return b.build()


def movimenti(c: Context) -> Flow:
    b = _b(c, "GET", "/conti/movimenti?pagina=1")
    b.ok_json(
        {
            "movimenti": [
                {
                    "id": hexs(c.rng, 16),
                    "importo": rf(c.rng, -300, 1500, 2),
                    "causale": c.rng.choice(["PENSIONE INPS", "FARMACIA", "PARROCCHIA"]),
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy("transaction list with ids")
    return b.build()


def accesso(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/accesso")
    b.header("x-device-binding", b.id("aid_bank", where="header x-device-binding"))
    b.json(
        {
            "metodo": "impronta_digitale",
            "biometriaAbilitata": True,
            "otp": digits(c.rng, 6),
            "deviceId": b.id("aid_bank", where="body deviceId"),
        }
    )
    b.ok_json({"token": hexs(c.rng, 40)})
    return b.build()


def onfido_live(c: Context) -> Flow:
    bnd = "----OnfidoBoundary" + hexs(c.rng, 12)
    b = FB(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos")
    b.header("authorization", "Token token=sdk_" + hexs(c.rng, 30))
    body = multipart(
        bnd,
        [
            ("applicant_id", None, None, c.phone.bank_applicant.encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 9**6))),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + bnd)
    b.bio("face_image", "multipart file to Onfido live_photos")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_name": "selfie.jpg"})
    return b.build()


def template(c: Context) -> Flow:
    b = _b(c, "POST", "/identita/verifica-volto")
    b.json(
        {
            "templateFacciale": floats_b64(floats(c.rng, 256)),
            "punteggioLiveness": rf(c.rng, 0.9, 1),
            "fornitore": "onfido",
            "esito": "clear",
        }
    )
    b.bio("face_template", "body templateFacciale")
    b.ok_json({"verificato": True})
    return b.build()


def voce(c: Context) -> Flow:
    bnd = "----" + hexs(c.rng, 18)
    b = _b(c, "POST", "/identita/impronta-vocale/registrazione")
    body = multipart(
        bnd,
        [
            ("frase", None, None, "La mia voce è la mia password".encode()),
            ("campione", "enrol_1.wav", "audio/wav", fake_wav(c.rng.randint(0, 9999))),
        ],
    )
    b.set_body(body, "multipart/form-data; boundary=" + bnd)
    b.bio("voiceprint", "multipart campione (voiceprint enrolment)")
    b.ok_json({"iscrizione": "completata"})
    return b.build()


def cifrato(c: Context) -> Flow:
    b = _b(c, "POST", "/x/e")
    b.json({"d": hexs(c.rng, 600), "k": 3})
    b.bio("face_template", "body d (encrypted)", detectable=False)
    b.ok_json({"r": 0})
    return b.build()


DECOYS = [(0.7, saldo), (0.5, movimenti)]
SENSITIVE = [onfido_live, template, accesso, voce, template, cifrato]
