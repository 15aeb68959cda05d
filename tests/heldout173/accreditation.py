"""Backstage accreditation: crew lists, badge photos, badge printing, door taps.

Crew members' ID photos are uploaded for the printed badge and cropped by the
server (a crop box, no matching, no template, no liveness): an ordinary photo
upload, not biometric data in this project's sense. The badges' NFC UIDs, the
door readers and the badge printer are the venue's and the crew's, never the
tester's devices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import iso, kit_mac, kit_serial, rid
from .scenkoll import STAFF, ops

ZONES = ["Backstage", "Logen 1-4", "Scen", "Produktionskontor", "FOH", "Lastkaj"]


def crew_list(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ackreditering/personer?evenemang=aktuellt")
    b.decoy("crew badges' NFC UIDs and badge numbers (the crew's badges, not devices)")
    b.ok_json(
        {
            "personer": [
                {
                    "namn": n,
                    "företag": c.rng.choice(["Scenkraft AB", "Ljudbolaget", "Turnéteam", "Hus"]),
                    "passnummer": c.rng.randint(10000, 99999),
                    "nfcUid": new_hex(c.rng, 14).upper(),
                    "zoner": c.rng.sample(ZONES, 3),
                    "fotoUrl": f"/api/v1/ackreditering/foto/{new_hex(c.rng, 16)}.jpg",
                }
                for n in STAFF
            ]
        }
    )
    return b.build()


def badge_photo_upload(c: Context) -> Flow:
    """A crew member's passport-style photo for the printed badge."""
    b = ops(c, "POST", f"/api/v1/ackreditering/personer/{c.rng.randint(10000, 99999)}/foto")
    boundary = "----scenkoll" + new_hex(c.rng, 16)
    b.decoy("a crew member's ID photo for a printed badge (no face matching, no template)")
    body = multipart(
        boundary,
        [
            ("passfoto", "passfoto.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
            ("beskrivning", None, None, b"Badgefoto, ljus bakgrund"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "fotoId": new_hex(c.rng, 16),
            "ansiktHittat": True,
            "beskärning": {
                "x": c.rng.randint(100, 300),
                "y": c.rng.randint(50, 200),
                "bredd": 600,
                "höjd": 800,
            },
            "godkänt": True,
        }
    )
    return b.build()


def badge_photo(c: Context) -> Flow:
    b = ops(c, "GET", f"/api/v1/ackreditering/foto/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900))
    return b.build()


def print_badges(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v1/ackreditering/utskrift")
    b.decoy("badge printer's serial and MAC (the venue's printer)")
    b.json(
        {
            "skrivare": {
                "modell": "ZC300",
                "serienummer": kit_serial(c.rng, "C3J", 6),
                "mac": kit_mac(c.rng, "00:07:4D"),
            },
            "passnummer": [c.rng.randint(10000, 99999) for _ in range(c.rng.randint(1, 6))],
            "mall": "Crew_2026_v3",
        }
    )
    b.ok_json({"jobbId": rid(c.rng), "köplats": c.rng.randint(0, 4)})
    return b.build()


def door_log(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/ackreditering/dorrlogg?senaste=30")
    b.decoy("door readers' ids and crew badge UIDs at backstage doors (not the tester's devices)")
    b.ok_json(
        [
            {
                "dörr": c.rng.choice(ZONES),
                "läsare": kit_serial(c.rng, "RDR-", 5),
                "nfcUid": new_hex(c.rng, 14).upper(),
                "beviljad": c.rng.random() > 0.1,
                "tid": iso(c),
            }
            for _ in range(c.rng.randint(5, 15))
        ]
    )
    return b.build()
