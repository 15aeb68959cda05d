"""The clinic's microchip scanners (Bluetooth readers paired to the reception PC) and
the national pet registry lookup.

A chip number identifies an animal, the reader's serial and BLE MAC identify
the clinic's reader: none of them is a device of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, WEB_UA, chip_number, equipment_mac, equipment_serial, iso, ms, rid

REG = "https://api.registre-animaux.example/v1"


def lecture_puce(c: Context) -> Flow:
    b = FB(c, "vetodesk", "POST", "https://lyon-gerland.vetodesk.example/api/v3/lecteurs/lecture")
    b.header("user-agent", WEB_UA)
    b.decoy("ISO 11784 chip number (an animal), the chip reader's serial and BLE MAC (clinic's)")
    b.json(
        {
            "lecteur": {
                "modele": "Halo-Scan BT",
                "numero_serie": equipment_serial(c.rng, "HSB"),
                "ble_mac": equipment_mac(c.rng, "E4:5F:01"),
                "batterie_pct": c.rng.randint(10, 100),
            },
            "transpondeur": chip_number(c.rng),
            "norme": "FDX-B",
            "lu_le": ms(c),
        }
    )
    b.ok_json({"patient_trouve": c.rng.random() < 0.7})
    return b.build()


def registre_recherche(c: Context) -> Flow:
    chip = chip_number(c.rng)
    b = FB(c, "registre", "GET", f"{REG}/identifications/{chip}")
    b.header("user-agent", WEB_UA)
    b.header("x-api-key", "vet-" + rid(c.rng))
    b.decoy("registry lookup by an animal's chip number, owner shown masked")
    b.ok_json(
        {
            "numero": chip,
            "espece": c.rng.choice(["CANIN", "FELIN"]),
            "detenteur": {"nom": "D***", "commune": "Lyon 7e", "tel_masque": "06 ** ** ** 12"},
            "declare_perdu": c.rng.random() < 0.1,
            "mis_a_jour": iso(c),
        }
    )
    return b.build()


def lecteur_firmware(c: Context) -> Flow:
    b = FB(c, "halo", "GET", "https://update.haloscan.example/bt/latest.json?hw=rev3")
    b.header("user-agent", "HaloScanUpdater/1.4")
    b.decoy("firmware build hash")
    b.ok_json({"version": "4.2.7", "sha256": rid(c.rng).replace("-", "") * 2})
    return b.build()
