"""A pharmacy and prescription app (Italy): "Farmacia Vicina" (fictional, in-house API).

Electronic prescriptions in Italy carry an NRE (numero di ricetta elettronica,
15 characters, Ministero della Salute / Sistema TS spec) and the patient's
tessera sanitaria: account data, not device ids. The app registers the tablet
with its ANDROID_ID (how many in-house Android backends name a device).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, digits, hexs, iso, rid, ua

API = "https://api.farmaciavicina.it/app/v3"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "farmacia", method, API + path)
    b.header("user-agent", ua("FarmaciaVicina", "6.12.0"))
    b.header("x-correlation-id", rid(c.rng))
    return b


def nre(c: Context) -> str:
    return "1200A" + digits(c.rng, 10)


def ricette(c: Context) -> Flow:
    b = _b(c, "GET", "/ricette")
    b.ok_json(
        {
            "ricette": [
                {
                    "nre": nre(c),
                    "farmaco": c.rng.choice(
                        ["Metformina 500mg", "Ramipril 5mg", "Atorvastatina 20mg"]
                    ),
                    "confezioni": 2,
                    "scadenza": "2026-12-30",
                    "stato": "DISPONIBILE",
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("prescription list: NRE numbers and drug names, no device id")
    return b.build()


def promemoria(c: Context) -> Flow:
    b = _b(c, "PUT", "/promemoria")
    b.json(
        {
            "farmaco": "Ramipril 5mg",
            "orari": ["08:00", "20:00"],
            "durata_giorni": 30,
            "ultimaAssunzione": iso(c),
            "progresso": 0.4,
        }
    )
    b.ok_json({"ok": True})
    b.decoy("pill reminder: times of day, duration, progress; not viewing history")
    return b.build()


def registrazione(c: Context) -> Flow:
    b = _b(c, "POST", "/utenti")
    b.json(
        {
            "nome": "Giuseppe",
            "sesso": "M",
            "annoNascita": 1951,
            "consensoMarketing": False,
            "accessoBiometrico": True,
            "lingua": "it",
        }
    )
    b.ok_json({"idUtente": b.acct("pharma_user")})
    b.decoy("sign-up form: self-declared sex, birth year; biometric-login flag, no biometric data")
    return b.build()


def ordine(c: Context) -> Flow:
    b = _b(c, "POST", "/ordini")
    b.json(
        {
            "righe": [{"minsan": digits(c.rng, 9, "0"), "qta": 1}],
            "ritiro": "IN_FARMACIA",
            "codiceOrdine": "FV-" + digits(c.rng, 8),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"stato": "CONFERMATO", "codiceRitiro": digits(c.rng, 6)})
    b.decoy("order: MINSAN code, order code, the pharmacy's card terminal id and serial (shared)")
    return b.build()


def cerca(c: Context) -> Flow:
    q = c.rng.choice(["tachipirina", "crema viso", "cerotti", "misuratore pressione"])
    b = _b(c, "GET", f"/catalogo/cerca?q={q.replace(' ', '+')}&pagina=1")
    b.ok_json(
        {
            "risultati": [
                {
                    "minsan": digits(c.rng, 9, "0"),
                    "nome": q.title(),
                    "prezzo": round(c.rng.uniform(2, 30), 2),
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("catalogue search ('crema viso' = face cream): product codes and prices")
    return b.build()


def dispositivo(c: Context) -> Flow:
    """Device registration: ANDROID_ID in a header and under deviceId."""
    b = _b(c, "POST", "/dispositivi")
    b.header("x-device-id", b.id("aid_pharma", where="header x-device-id"))
    b.json(
        {
            "deviceId": b.id("aid_pharma", where="body deviceId"),
            "piattaforma": "android",
            "modello": "SM-X710",
            "pushToken": b.acct("push_token"),
        }
    )
    b.ok_json({"registrato": True})
    return b.build()


def sessione(c: Context) -> Flow:
    """Session refresh: the ANDROID_ID only as a sha256 under a meaningless key."""
    b = _b(c, "POST", "/sessione/rinnova")
    b.form(
        [
            ("grant", "refresh"),
            ("k", b.id("aid_pharma", "sha256", "form k", False)),
            ("t", hexs(c.rng, 40)),
        ]
    )
    b.ok_json({"scade": 3600})
    return b.build()


DECOYS = [(0.6, ricette), (0.4, promemoria), (0.08, registrazione), (0.3, ordine), (0.4, cerca)]
SENSITIVE = [dispositivo, dispositivo, sessione]
