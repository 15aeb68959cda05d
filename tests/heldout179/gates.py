"""The gates: boarding-pass readers and the self-boarding e-gates.

The readers post the IATA BCBP barcode of each boarding pass (name, PNR, seat,
sequence number): passenger data, none of the three categories. The e-gates
match a live capture against the passenger's enrolled face; the supervisor app
shows throughput and match-rate aggregates (ordinary) and, when a gate rejects
someone, she opens a manual review that fetches the live capture and the
template for the officer (biometric: passengers' faces, whoever's they are).
Gate serials and MACs are the airport's equipment, not hers.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, fleet_mac, flight_no, iso, ms, rf, rid, stand

GATES = "https://gates.osl-airport.example"


def _b(c: Context, method: str, url: str, agent: str = "EGateCtl/5.1") -> FB:
    b = FB(c, "gates", method, url)
    b.header("user-agent", agent)
    b.header("x-request-id", rid(c.rng))
    return b


def _bcbp(c: Context) -> str:
    name = c.rng.choice(["NILSEN/KARI", "OLSEN/PER", "SMITH/JOHN", "BERG/ANNE", "KHAN/AMIR"])
    pnr = "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    return (
        f"M1{name:<20}E{pnr} OSL{c.rng.choice(['BGO', 'TRD', 'CPH', 'LHR'])}DY "
        f"{c.rng.randint(100, 999):04d} {c.rng.randint(1, 365):03d}Y{c.rng.randint(1, 33):03d}"
        f"{c.rng.choice('ABCDEF')}{c.rng.randint(1, 180):04d} 100"
    )


def bcbp_read(c: Context) -> Flow:
    b = _b(c, "POST", f"{GATES}/bgr/v1/scan", "BGR-Desko/2.4")
    b.decoy("boarding-pass barcode and gate reader serial: passenger data, airport equipment")
    b.json(
        {
            "gate": stand(c.rng),
            "readerSerial": "DSK" + new_digits(c.rng, 8),
            "barcode": _bcbp(c),
            "scannedAt": iso(c),
        }
    )
    b.ok_json({"result": c.rng.choice(["BOARD", "BOARD", "BOARD", "SEE_AGENT"])})
    return b.build()


def egate_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{GATES}/egate/v2/lanes?pier=D")
    b.decoy("e-gate lanes: serials, MACs and face-match rate aggregates over all passengers")
    b.ok_json(
        {
            "lanes": [
                {
                    "lane": f"D{i}",
                    "serial": "EG" + new_hex(c.rng, 10).upper(),
                    "mac": fleet_mac(c.rng),
                    "state": c.rng.choice(["OPEN", "OPEN", "CLOSED"]),
                    "faceMatchRate": rf(c.rng, 0.91, 0.99, 3),
                    "meanMatchMs": c.rng.randint(900, 2400),
                    "throughputPerHour": c.rng.randint(60, 240),
                }
                for i in range(1, 5)
            ]
        }
    )
    return b.build()


def egate_counts(c: Context) -> Flow:
    b = _b(c, "GET", f"{GATES}/egate/v2/stats?flight={flight_no(c.rng)}")
    b.decoy("boarded / rejected counts per reason: aggregate, no face")
    b.ok_json(
        {
            "boarded": c.rng.randint(80, 180),
            "rejected": {
                "faceNoMatch": c.rng.randint(0, 6),
                "livenessFail": c.rng.randint(0, 2),
                "docUnreadable": c.rng.randint(0, 4),
            },
        }
    )
    return b.build()


def manual_review(c: Context) -> Flow:
    """A rejected passenger's live capture and chip portrait, fetched for the officer."""
    b = _b(c, "GET", f"{GATES}/egate/v2/rejections/{rid(c.rng)}/review")
    b.bio("face_image", "response liveCapture.jpegB64 and chipPortrait.jpegB64 (a passenger)")
    b.ok_json(
        {
            "lane": f"D{c.rng.randint(1, 4)}",
            "reason": "FACE_NO_MATCH",
            "matchScore": rf(c.rng, 0.2, 0.55, 3),
            "liveCapture": {"jpegB64": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))},
            "chipPortrait": {"jpegB64": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))},
            "docMrzLine2": "L898902C36NOR7408122F1204159" + new_digits(c.rng, 14),
        }
    )
    return b.build()


def template_sync(c: Context) -> Flow:
    """The lane's enrolment cache: passengers' face templates, float32 base64."""
    b = _b(c, "POST", f"{GATES}/egate/v2/lanes/D2/faceTemplates/sync")
    b.bio("face_embedding", "json templates[].faceTemplate (float32 base64, passengers)")
    b.json(
        {
            "flight": flight_no(c.rng),
            "templates": [
                {
                    "seq": c.rng.randint(1, 180),
                    "faceTemplate": floats_b64([c.rng.gauss(0, 0.1) for _ in range(128)]),
                    "algo": "ArcFace-r100",
                }
                for _ in range(3)
            ],
        }
    )
    b.ok_json({"synced": 3})
    return b.build()


def template_sealed(c: Context) -> Flow:
    """The same cache pushed by the older lane firmware: an opaque sealed blob."""
    b = FB(c, "gates", "POST", f"{GATES}/eg/p")
    b.header("user-agent", "EGateFW/3.2")
    b.bio("face_embedding", "body d (AES-GCM sealed templates)", detectable=False)
    blob = hashlib.shake_256(new_hex(c.rng, 16).encode()).digest(700)
    b.form([("l", "D3"), ("t", str(ms(c))), ("d", b64(blob))])
    b.ok_json({"r": 0})
    return b.build()
