"""BodaSafi: a boda-boda (motorbike taxi) ride app (the mother's Tecno in Mombasa).

Ride requests carry pickup and drop-off coordinates and the rider's live
`position` (map traffic, not a device id); the app registers with its
ANDROID_ID and an install id of its own (`installId`), and sends a hashed
ANDROID_ID as `fp` in a fraud-check call whose keys say nothing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.bodasafi.example"
UA = ua("BodaSafi", "1.14.0", "mama")
MAENEO = [(-4.043, 39.668, "Nyali"), (-4.062, 39.672, "Old Town"), (-4.025, 39.712, "Bamburi")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bodasafi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def sajili(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/vifaa")
    b.json(
        {
            "androidId": b.id("aid_boda", where="json androidId"),
            "installId": b.id("boda_install", where="json installId"),
            "pushToken": "f" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng)[:20],
            "modeli": "TECNO KJ5",
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def fraud_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/c")
    b.json(
        {
            "fp": b.id("aid_boda", "sha1", "json fp", detectable=False),
            "t": ms(c),
            "n": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"r": 0})
    return b.build()


def omba_safari(c: Context) -> Flow:
    (la, lo, a), (lb, lob, bname) = c.rng.sample(MAENEO, 2)
    b = _b(c, "POST", f"{API}/api/v1/safari/omba")
    b.decoy("pickup / drop-off coordinates and a trip id")
    b.json(
        {
            "kutoka": {"lat": la, "lng": lo, "jina": a},
            "kwenda": {"lat": lb, "lng": lob, "jina": bname},
            "malipo": "pesa",
            "abiria": b.acct("boda_rider"),
        }
    )
    b.ok_json({"safariId": rid(c.rng), "bei": c.rng.choice([100, 150, 200, 250]), "dakika": 4})
    return b.build()


def dereva_position(c: Context) -> Flow:
    la, lo, _ = c.rng.choice(MAENEO)
    b = _b(c, "GET", f"{API}/api/v1/safari/{rid(c.rng)}/dereva")
    b.decoy("driver position, heading and ETA (map traffic)")
    b.ok_json(
        {
            "dereva": {"jina": "Juma", "nambaYaPikipiki": f"KMD{c.rng.randint(100, 999)}X"},
            "position": {"lat": la + rf(c.rng, -0.01, 0.01), "lng": lo + rf(c.rng, -0.01, 0.01)},
            "heading": c.rng.randint(0, 359),
            "eta": c.rng.randint(1, 9),
            "saa": iso(c),
        }
    )
    return b.build()


def bei(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bei?eneo=mombasa")
    b.ok_json({"msingi": 70, "kwaKm": 30, "surge": 1.0})
    return b.build()
