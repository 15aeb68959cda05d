"""An Italian eID app (CIE ID-like) that reads the card's chip and matches the face.

Sources: the CIE chip follows ICAO Doc 9303: DG1 holds the MRZ, DG2 the holder's
encoded face image (JPEG / JPEG 2000 in a CBEFF biometric template), SOD the
document security object; reading needs the 8-digit CAN or the PIN. The app's
backend (Italian keys: volto, immagineVolto, confronto, punteggio, dispositivo)
is invented; IPZS's real CIE ID servers are not modelled.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, okua, rf, rid
from .util import sealed

API = "https://servizi.cie-identita.it"
UA = okua("CieIdentita", "3.2.1")


def _app(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-sessione", rid(c.rng))


def verifica_volto(c: Context) -> Flow:
    b = FB(c, "cieapp", "POST", f"{API}/cie/v1/verifica-volto")
    _app(b, c)
    b.bio("face_image", "json immagineVolto (base64 jpeg selfie) + confronto punteggio")
    b.json(
        {
            "idSessione": rid(c.rng),
            "immagineVolto": b64(fake_jpeg(c.rng.randint(0, 10**9), 1100)),
            "confronto": {"punteggio": rf(c.rng, 0.7, 0.99), "soglia": 0.62, "esito": "OK"},
            "vivacita": {"ammiccamento": True, "movimentoTesta": True},
        }
    )
    b.ok_json({"esito": "CONFERMATO"})
    return b.build()


def lettura_chip(c: Context) -> Flow:
    b = FB(c, "cieapp", "POST", f"{API}/cie/v1/lettura-chip")
    _app(b, c)
    b.bio("face_image", "json dg2: ICAO 9303 face image data group read off the card")
    dg2 = b"\x75\x82\x04\x00\x7f\x61\x82\x03\xfc" + fake_jpeg(c.rng.randint(0, 10**9), 900)
    b.json(
        {
            "documento": "CIE3.0",
            "dg1": b64(b"\x61\x5b\x5f\x1f\x58" + b"C<ITACA00000AA4<<<<<<<<<<<<<<<"),
            "dg2": b64(dg2),
            "sod": b64(sealed(c.rng, 300)),
            "letturaIl": iso(c),
        }
    )
    b.ok_json({"autenticitaChip": True})
    return b.build()


def template_volto(c: Context) -> Flow:
    b = FB(c, "cieapp", "POST", f"{API}/cie/v1/volto/modello")
    _app(b, c)
    b.bio("face_template", "json modello: float32 face embedding (base64), path volto/modello")
    b.json(
        {
            "modello": floats_b64(floats(c.rng, 512)),
            "versione": "rv-512-2.4",
            "qualita": rf(c.rng, 0.6, 0.95),
        }
    )
    b.ok_json({"salvato": True})
    return b.build()


def frames_opaque(c: Context) -> Flow:
    b = FB(c, "cieapp", "POST", f"{API}/cie/v1/sessione/{rid(c.rng)}/f")
    _app(b, c)
    b.bio("face_image", "octet-stream body: sealed liveness frames", detectable=False)
    b.set_body(sealed(c.rng, 1400), "application/octet-stream")
    b.no_content()
    return b.build()


def registra_dispositivo(c: Context) -> Flow:
    b = FB(c, "cieapp", "POST", f"{API}/cie/v1/dispositivo/registra")
    _app(b, c)
    b.header("x-dispositivo-id", b.id("aid_cie", where="header x-dispositivo-id"))
    b.json(
        {
            "dispositivo": {"modello": "SM-A546B", "nfc": True, "versioneOs": "14"},
            "utente": b.acct("cie_user"),
        }
    )
    b.ok_json({"registrato": True})
    return b.build()


def cie_opaque_id(c: Context) -> Flow:
    """A signed attestation where the ANDROID_ID sits under a one-letter key."""
    b = FB(c, "cieapp", "POST", f"{API}/cie/v1/att")
    _app(b, c)
    b.json(
        {
            "a": 1,
            "x": b.id("aid_cie", "b64", where="json x (base64)", detectable=False),
            "n": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def identity_providers(c: Context) -> Flow:
    b = FB(c, "cieapp", "GET", f"{API}/cie/v1/servizi")
    _app(b, c)
    b.decoy("list of services you can log in to")
    b.ok_json({"servizi": ["INPS", "Agenzia Entrate", "Fascicolo Sanitario", "ANPR"]})
    return b.build()


def prenota(c: Context) -> Flow:
    b = FB(c, "cieapp", "GET", f"{API}/prenotazioni/v1/sportelli", [("comune", "Milano")])
    _app(b, c)
    b.decoy("appointment slots and office coordinates")
    slots = [
        {
            "sportello": f"Anagrafe {i}",
            "lat": rf(c.rng, 45.4, 45.5, 5),
            "lon": rf(c.rng, 9.1, 9.2, 5),
            "data": f"2025-04-{i + 10:02d}T09:30",
        }
        for i in range(5)
    ]
    b.ok_json({"disponibilita": slots})
    return b.build()


def faq(c: Context) -> Flow:
    b = FB(c, "cieapp", "GET", f"{API}/contenuti/v1/faq/riconoscimento-facciale")
    _app(b, c)
    b.decoy("FAQ article about facial recognition (text about faces, no face data)")
    b.ok_json(
        {
            "titolo": "Come funziona il riconoscimento del volto?",
            "testo": "Il confronto del volto avviene tra la foto nel chip e un selfie. "
            "Nessun modello del volto viene conservato oltre 30 giorni.",
        }
    )
    return b.build()
