"""PostaWallet: the post office's wallet and parcel app.

Registration sends `codiceDispositivo` (the ANDROID_ID) and the advertising id
for its marketing consent; the push token and customer number are accounts. QR
payment codes, parcel tracking, a payment slip and the office's queue kiosk
(public equipment) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, bearer, iso, rf, rid, ua

API = "https://wallet.postawallet.example"
UA = ua("PostaWallet", "6.18.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "postawallet", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def registra_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dispositivo/registra")
    b.json(
        {
            "codiceDispositivo": b.id("aid_posta", where="json codiceDispositivo"),
            "idPubblicita": b.id("gaid", where="json idPubblicita"),
            "numeroCliente": b.acct("posta_user"),
            "tokenPush": "f" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 40),
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"registrato": True})
    return b.build()


def pagamento_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/pagamenti/qr")
    b.decoy("QR payment code and transaction id")
    b.json({"codiceQR": "PPAY" + new_hex(c.rng, 24).upper(), "importo": rf(c.rng, 2, 80, 2)})
    b.ok_json({"idTransazione": rid(c.rng), "esito": "AUTORIZZATO"})
    return b.build()


def traccia_pacco(c: Context) -> Flow:
    code = f"RR{c.rng.randint(10**8, 10**9)}IT"
    b = _b(c, "GET", f"{API}/api/v1/spedizioni/{code}")
    b.decoy("parcel tracking number and hub coordinates")
    b.ok_json(
        {
            "codice": code,
            "stato": "In consegna",
            "tappe": [
                {
                    "luogo": "Centro di smistamento Bologna",
                    "lat": 44.51,
                    "lon": 11.35,
                    "quando": iso(c),
                },
                {"luogo": "Napoli CMP", "lat": 40.87, "lon": 14.28, "quando": iso(c)},
            ],
        }
    )
    return b.build()


def bollettino(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/bollettini/paga")
    b.json(
        {
            "contoCorrente": "000012345678",
            "importo": rf(c.rng, 30, 300, 2),
            "causale": "TARI 2024 rata 2",
            "codiceAvviso": "3" + "".join(str(c.rng.randint(0, 9)) for _ in range(17)),
        }
    )
    b.ok_json({"ricevuta": rid(c.rng)})
    return b.build()


def totem_ufficio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ufficio/prenota-turno")
    b.decoy("queue ticket: the post office's kiosk id and MAC-like code (public equipment)")
    b.json({"ufficio": "Napoli 34 - Via Chiaia", "servizio": "pacchi"})
    b.ok_json(
        {
            "ticket": f"P{c.rng.randint(10, 99)}",
            "idTotem": f"TOT-{c.rng.randint(1000, 9999)}",
            "macTotem": "02:00:5E:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            "attesaMin": c.rng.randint(2, 40),
        }
    )
    return b.build()
