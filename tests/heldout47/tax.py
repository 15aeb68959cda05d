"""An ELSTER-like tax return app (in-house backend, German keys): progress of the
forms, uploaded payslips and receipts, the refund estimate series."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import app, iso, rf, rid

API = "https://api.steuerfix-example.de/v2"


def form_progress(c: Context) -> Flow:
    b = app(c, "tax", "PATCH", f"{API}/erklaerung/2024/fortschritt")
    b.json(
        {
            "anlagen": {
                "N": c.rng.randint(0, 100),
                "Vorsorgeaufwand": c.rng.randint(0, 100),
                "Kind": 0,
            },
            "zuletztBearbeitet": iso(c),
            "sitzungsDauerSek": c.rng.randint(30, 3000),
        }
    )
    b.ok_json({"gespeichert": True})
    b.decoy("percent complete per tax form and session seconds: not a media position")
    return b.build()


def receipt_upload(c: Context) -> Flow:
    bd = "----stx" + new_hex(c.rng, 12)
    b = app(c, "tax", "POST", f"{API}/belege")
    kind = c.rng.choice(
        ["Lohnsteuerbescheinigung", "Handwerkerrechnung", "Personalausweis_Rueckseite"]
    )
    b.set_body(
        multipart(
            bd,
            [
                ("belegart", None, None, kind.encode()),
                (
                    "zweck",
                    None,
                    None,
                    b"Adressnachweis" if "Ausweis" in kind else b"Werbungskosten",
                ),
                ("datei", f"{kind}.jpg", "image/jpeg", fake_jpeg(c.rng.randrange(10**9))),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.ok_json({"belegId": rid(c.rng), "ocr": "ausstehend"})
    b.decoy("document photo for OCR (payslip, invoice, back of ID card): no face processing")
    return b.build()


def refund_estimate(c: Context) -> Flow:
    b = app(c, "tax", "GET", f"{API}/erstattung/prognose")
    b.ok_json(
        {
            "jahre": [2021, 2022, 2023, 2024],
            "erstattungEuro": [rf(c.rng, 100, 1500, 2) for _ in range(4)],
            "steuerId": "hidden",
            "vorgangsnummer": new_hex(c.rng, 20).upper(),
        }
    )
    b.decoy("refund series by year and a case number")
    return b.build()
