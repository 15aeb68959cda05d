"""Poortwachter: the yard's gate cameras reading number plates (ANPR).

The gate cameras crop the plate and the front of the lorry; the results carry the
plate text, a confidence and the plate's corner points. A number plate is no face
and the cameras are the yard's: nothing here is biometric or a tester's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import company_mac, iso, plate, rf, web

API = "https://poort.havenroute.example/anpr/v1"


def gate_reads(c: Context) -> Flow:
    b = web(
        c, "poortwachter", "GET", f"{API}/lezingen?poort={c.rng.choice(['IN-1', 'IN-2', 'UIT-1'])}"
    )
    b.decoy("plate reads with corner points and a vehicle crop: a number plate, not a face")
    reads = []
    for _ in range(c.rng.randint(3, 8)):
        x, y = c.rng.randint(200, 1400), c.rng.randint(300, 800)
        reads.append(
            {
                "kenteken": plate(c.rng),
                "zekerheid": rf(c.rng, 0.7, 0.99, 3),
                "hoekpunten": [[x, y], [x + 220, y + 4], [x + 218, y + 52], [x - 2, y + 48]],
                "tijdstip": iso(c),
                "camera": {"mac": company_mac(c.rng, "BC:AD:28"), "naam": "Hikvision poort"},
            }
        )
    b.ok_json({"lezingen": reads})
    return b.build()


def plate_crop(c: Context) -> Flow:
    b = web(c, "poortwachter", "GET", f"{API}/lezingen/{new_hex(c.rng, 16)}/uitsnede")
    b.decoy("a plate crop image (base64) from the gate camera")
    b.ok_json({"type": "kenteken", "jpeg": b64(fake_jpeg(c.rng.randint(0, 10**9), 300))})
    return b.build()


def gate_open(c: Context) -> Flow:
    b = web(c, "poortwachter", "POST", f"{API}/slagboom/open")
    b.decoy("manual barrier opening for a plate with a reason")
    b.json({"poort": "IN-1", "kenteken": plate(c.rng), "reden": "slot 14:30 bevestigd"})
    b.ok_json({"geopend": True})
    return b.build()
