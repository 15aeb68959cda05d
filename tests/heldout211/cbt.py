"""AMC CBT: the school's computer-based test system (mock WAEC / JAMB-style
exams on the lab PCs and tablets), with its proctor console on the
coordinator's phone.

Each candidate's webcam is checked locally by the exam client, which reports
only the result (`oju_wa` = face present, `eniyan_pupo` = more than one
person, `wo_ibomiran` = looking away) and counts: no face data travels, so
these are ordinary (hard decoys), as are the exam timers and seat positions.
When a candidate's own device fails, the proctor checks the candidate in with
the phone camera: that check-in sends the candidate's face embedding for the
face match (biometric). An incident's webcam snapshot, fetched for review, is
a face image of the candidate (biometric, though nothing in the exchange but
its path says so).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import CB, floats, iso, ms, rf, rid, ua

API = "https://cbt.amcsurulere.example/api"
UA = ua("AMC-CBT-Proctor", "1.8.2")
EXAMS = [("MOCK-WAEC-MTH", "Mathematics Paper 2"), ("MOCK-JAMB-ENG", "Use of English")]


def _b(c: Context, method: str, url: str) -> CB:
    b = CB(c, "amccbt", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _cand(c: Context) -> str:
    return "AMC" + new_digits(c.rng, 6)


def timer(c: Context) -> Flow:
    eid, name = c.rng.choice(EXAMS)
    b = _b(c, "GET", f"{API}/idanwo/{eid}/aago")
    b.decoy("exam timer: start, remaining seconds")
    b.ok_json(
        {
            "idanwo": eid,
            "name": name,
            "startedAt": iso(c),
            "remainingSec": c.rng.randint(0, 7200),
            "serverTime": ms(c),
        }
    )
    return b.build()


def proctor_board(c: Context) -> Flow:
    eid, _ = c.rng.choice(EXAMS)
    b = _b(c, "GET", f"{API}/idanwo/{eid}/oluwoye?yara=ICT1")
    b.decoy("webcam check results (booleans, counts), seat positions: no face data")
    rows = []
    for seat in range(1, 9):
        rows.append(
            {
                "candidate": _cand(c),
                "seat": f"R{(seat - 1) // 4 + 1}-C{(seat - 1) % 4 + 1}",
                "oju_wa": c.rng.random() > 0.05,
                "eniyan_pupo": c.rng.random() < 0.03,
                "wo_ibomiran": c.rng.randint(0, 4),
                "answered": c.rng.randint(0, 60),
                "lastPing": ms(c),
            }
        )
    b.ok_json({"candidates": rows})
    return b.build()


def incident_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/isele?status=open")
    b.decoy("incident list: face-check result codes and times (no face data)")
    b.ok_json(
        {
            "isele": [
                {
                    "id": new_hex(c.rng, 10),
                    "candidate": _cand(c),
                    "type": c.rng.choice(["NO_FACE", "MULTIPLE_FACES", "TAB_SWITCH"]),
                    "at": iso(c),
                    "durationSec": c.rng.randint(3, 40),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def incident_snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/isele/{new_hex(c.rng, 10)}/aworan.jpg")
    b.mark("biometric", "face_image", "response image/jpeg (webcam snapshot)", False, "response")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    return b.build()


def checkin_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/idanwo/wole/oju")
    b.bio("face_embedding", "json faceEmbedding (128 floats) for candidate face match")
    b.json(
        {
            "candidate": _cand(c),
            "faceEmbedding": floats(c.rng, 128),
            "model": "mobilefacenet-128",
            "livenessScore": rf(c.rng, 0.8, 0.99, 3),
            "at": iso(c),
        }
    )
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.7, 0.95, 3)})
    return b.build()


def results(c: Context) -> Flow:
    eid, name = c.rng.choice(EXAMS)
    b = _b(c, "GET", f"{API}/idanwo/{eid}/esi?kilaasi=SS3")
    b.ok_json(
        {
            "name": name,
            "average": rf(c.rng, 40, 70, 1),
            "passRate": rf(c.rng, 0.5, 0.9, 2),
            "histogram": [c.rng.randint(0, 20) for _ in range(10)],
        }
    )
    return b.build()


def seat_plan(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/yara/ICT1/ijoko")
    b.decoy("seat plan: PC hostnames and grid positions")
    b.json(
        {
            "grid": [
                {"pc": f"ICTLAB-PC{i:02d}", "row": (i - 1) // 6 + 1, "col": (i - 1) % 6 + 1}
                for i in range(1, 13)
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()
