"""The clinic's X-ray console and blood analyser, talking to their vendors' clouds.

DICOM-style study metadata names the animal as the "patient" and the X-ray
generator by serial; the analyser posts haematology panels (value series) with
its own serial and MAC. All of it is the clinic's equipment and animals' data:
look-alikes only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_jpeg

from .phone import FB, equipment_mac, equipment_serial, iso, rf, rid

PACS = "https://pacs.radiovet.example/dicomweb"
LABO = "https://connect.hemavet-labs.example/api"


def etude_radio(c: Context) -> Flow:
    b = FB(c, "radiovet", "POST", f"{PACS}/studies")
    b.header("user-agent", "RadioVet-Console/7.2 (Windows 10)")
    b.decoy("DICOM metadata: the animal as patient, the X-ray generator's serial (clinic's)")
    b.json(
        {
            "00100010": {
                "vr": "PN",
                "Value": [{"Alphabetic": c.rng.choice(["Caramel", "Moka", "Nala"])}],
            },
            "00102201": {"vr": "CS", "Value": ["CANINE"]},
            "00181000": {"vr": "LO", "Value": [equipment_serial(c.rng, "DRX-")]},
            "00080060": {"vr": "CS", "Value": ["DX"]},
            "0020000D": {"vr": "UI", "Value": [f"1.2.826.0.1.3680043.{new_digits(c.rng, 10)}"]},
            "00185101": {"vr": "CS", "Value": [c.rng.choice(["LL", "VD", "DV"])]},
        }
    )
    b.ok_json({"statut": "recu", "uid": rid(c.rng)})
    return b.build()


def image_radio(c: Context) -> Flow:
    b = FB(c, "radiovet", "PUT", f"{PACS}/instances/{rid(c.rng)}")
    b.header("user-agent", "RadioVet-Console/7.2 (Windows 10)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1200), "image/jpeg")
    b.respond(201, None)
    return b.build()


def resultats_hemato(c: Context) -> Flow:
    b = FB(c, "hemavet", "POST", f"{LABO}/v2/resultats")
    b.header("user-agent", "HemaVet-HV5/3.1.0")
    b.decoy("blood panel value series and the analyser's serial / MAC (clinic's equipment)")
    b.json(
        {
            "analyseur": {
                "numero_serie": equipment_serial(c.rng, "HV5-"),
                "mac": equipment_mac(c.rng, "00:1E:C0"),
            },
            "echantillon": {"espece": "chien", "patient": f"P{new_digits(c.rng, 5)}"},
            "valeurs": {
                k: rf(c.rng, lo, hi, 2)
                for k, lo, hi in [
                    ("WBC", 5, 17),
                    ("RBC", 5, 8.5),
                    ("HGB", 12, 18),
                    ("HCT", 37, 55),
                    ("PLT", 150, 500),
                ]
            },
            "histogramme_rbc": [c.rng.randint(0, 255) for _ in range(64)],
            "mesure_le": iso(c),
        }
    )
    b.ok_json({"accuse": rid(c.rng)})
    return b.build()


def controle_qualite(c: Context) -> Flow:
    b = FB(c, "hemavet", "GET", f"{LABO}/v2/qc/lots?analyseur=HV5")
    b.header("user-agent", "HemaVet-HV5/3.1.0")
    b.ok_json(
        {
            "lots": [
                {"lot": f"QC{new_digits(c.rng, 6)}", "cible": rf(c.rng, 1, 10, 2)} for _ in range(3)
            ]
        }
    )
    return b.build()
