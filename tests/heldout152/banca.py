"""Banca Partenope: a retail bank app with device binding for strong customer auth.

Device binding sends `idDispositivo` (the ANDROID_ID) with the model; the
anti-fraud SDK sends a SHA-256 of it under `fp` with other signals (a hash under
an opaque key). Movements, the balance chart, transfers, the ATM's terminal id
and the merchant's POS id are not the tester's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://mobile.bancapartenope.example"
UA = ua("BancaPartenope", "12.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bancapartenope", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-correlation-id", rid(c.rng))
    return b


def associa_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sca/v1/dispositivi/associa")
    b.json(
        {
            "codiceCliente": b.acct("banca_user"),
            "idDispositivo": b.id("aid_banca", where="json idDispositivo"),
            "modelloDispositivo": "Xiaomi 23129RAA4G",
            "sistemaOperativo": "Android 14",
            "nomeDispositivo": "Telefono di Gennaro",
        }
    )
    b.ok_json({"esito": "OK", "otpInviato": True})
    return b.build()


def antifrode(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/af/v2/s")
    b.json(
        {
            "fp": b.id("aid_banca", "sha256", "json fp (sha256 ANDROID_ID)", detectable=False),
            "r": 0,
            "e": 0,
            "tz": "Europe/Rome",
            "t": ms(c),
        }
    )
    b.ok_json({"score": c.rng.randint(0, 30)})
    return b.build()


def movimenti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/conti/v1/movimenti?pagina=1")
    b.decoy("bank movements with ids and amounts")
    causali = ["Pagamento POS Pizzeria Da Michele", "Bonifico da Esposito Anna", "Prelievo ATM"]
    b.ok_json(
        {
            "movimenti": [
                {
                    "idMovimento": rid(c.rng),
                    "data": iso(c),
                    "importo": rf(c.rng, -200, 900, 2),
                    "causale": c.rng.choice(causali),
                    "idTerminale": f"ATM{c.rng.randint(10000, 99999)}",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def grafico_saldo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/conti/v1/saldo/andamento?giorni=30")
    b.decoy("balance series (float series, not biometric)")
    b.ok_json({"punti": [[ms(c) - i * 86400000, rf(c.rng, 800, 4000, 2)] for i in range(30)]})
    return b.build()


def bonifico(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pagamenti/v1/bonifici")
    b.decoy("transfer: IBAN and order id (accounts, not devices)")
    b.json(
        {
            "ibanBeneficiario": "IT60X0542811101000000123456",
            "beneficiario": "Condominio Via Toledo 12",
            "importo": rf(c.rng, 20, 400, 2),
            "causale": "quota condominio, grazie assai",
        }
    )
    b.ok_json({"idOrdine": rid(c.rng), "stato": "IN_ATTESA_SCA"})
    return b.build()


def pos_negozio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/pagamenti/v1/dettaglio?id={rid(c.rng)}")
    b.decoy("merchant's POS terminal serial (a business's device, not the tester's)")
    b.ok_json(
        {
            "esercente": "Pizzeria Da Michele",
            "serialePOS": f"PAX-A920-{c.rng.randint(10**7, 10**8)}",
            "circuito": "Bancomat Pay",
            "importo": rf(c.rng, 5, 60, 2),
        }
    )
    return b.build()
