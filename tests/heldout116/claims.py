"""Szkody: an insurer's repair-shop portal where the garage reviews a customer's
dashcam footage for an accident claim.

The dashcam, its footage and the face of whoever was driving belong to the
customer's case; the garage only reviews them. The portal's player reports
where in the clip the reviewer is (a review cursor over evidence, like an
editor's timeline position): labelled a decoy, not viewing history. The
insurer's blurring service returns face boxes of passers-by: privacy blurring,
no landmarks or templates, and not the tester's face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, rf, rid, ua

API = "https://warsztaty.szkody-ubezpieczyciel.example/api"
UA = ua("PortalSzkody", "1.12.4")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "szkody", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def claim_clip(c: Context) -> Flow:
    b = _b(c, "GET", f"/szkody/{new_digits(c.rng, 9)}/nagrania/{c.rng.randint(1, 6)}.mp4")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9)))
    return b.build()


def review_position(c: Context) -> Flow:
    b = _b(c, "POST", f"/szkody/{new_digits(c.rng, 9)}/przeglad")
    b.decoy(
        "reviewer's position in a customer's dashcam evidence clip (claim review, like an "
        "editor's timeline): work on evidence, not the tester's viewing"
    )
    b.json(
        {
            "nagranieId": c.rng.randint(1, 6),
            "pozycjaSek": rf(c.rng, 0, 180, 1),
            "znacznik": c.rng.choice(["uderzenie", "hamowanie", "zmiana pasa"]),
            "kamera": {"model": "Viofo A129", "nrSeryjny": "A129" + new_digits(c.rng, 8)},
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def blur_faces(c: Context) -> Flow:
    b = _b(c, "POST", f"/anonimizacja/{rid(c.rng)}")
    b.decoy("face bounding boxes for blurring passers-by in evidence: no landmarks, not his")
    b.json(
        {
            "klatki": [
                {
                    "t": rf(c.rng, 0, 60, 2),
                    "boxes": [[c.rng.randint(0, 1800), c.rng.randint(0, 1000), 60, 60]],
                    "plates": [[c.rng.randint(0, 1800), c.rng.randint(0, 1000), 120, 30]],
                }
                for _ in range(4)
            ],
            "tryb": "rozmycie",
        }
    )
    b.ok_json({"zadanie": rid(c.rng)})
    return b.build()


def damage_estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"/szkody/{new_digits(c.rng, 9)}/kosztorys")
    b.decoy("repair estimate: labour hours and parts prices")
    b.json(
        {
            "roboczogodziny": rf(c.rng, 2, 30, 1),
            "stawka": 180,
            "czesci": [
                {"nr": new_digits(c.rng, 10), "cena": rf(c.rng, 50, 3000, 2)} for _ in range(4)
            ],
            "zdjecia": [f"IMG_{new_digits(c.rng, 4)}.jpg" for _ in range(3)],
        }
    )
    b.ok_json({"status": "WYSLANY"})
    return b.build()
