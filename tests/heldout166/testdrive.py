"""Probefahrt: test-drive logs in the DMS.

Starting a test drive scans the customer's driving licence (OCR boxes), signs
the agreement on the phone (pen stroke coordinates), and the demo car's GPS
track is attached when it comes back. OCR and signature strokes are no face
data; the track belongs to the dealership's car.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, plate, rf, rid, track, ua, vin

API = "https://dms.autohaus-berger.example"
UA = ua("BergerDMS", "3.8.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "berger-dms", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def start(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/probefahrten")
    b.decoy("test drive start: demo car VIN, plate, mileage")
    b.json(
        {
            "vin": vin(c.rng),
            "kennzeichen": plate(c.rng),
            "kundennr": c.rng.randint(10**6, 10**7),
            "kmStart": c.rng.randint(300, 12000),
            "start": iso(c),
            "geplanteDauerMin": c.rng.choice([30, 45, 60, 1440]),
        }
    )
    b.ok_json({"probefahrtId": f"PF-{c.rng.randint(10**5, 10**6)}"})
    return b.build()


def licence_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/probefahrten/fuehrerschein/ocr")
    b.decoy("OCR text boxes of a driving licence (no face matching)")
    b.json(
        {
            "felder": [
                {"feld": f, "text": t, "box": [c.rng.randint(0, 900), c.rng.randint(0, 600),
                                               c.rng.randint(40, 300), c.rng.randint(20, 40)]}
                for f, t in (("1", "HUBER"), ("2", "MARKUS"), ("4b", "12.03.2031"),
                             ("5", f"B{c.rng.randint(10**8, 10**9)}"), ("9", "AM/B/BE"))
            ],
            "konfidenz": rf(c.rng, 0.8, 0.99, 3),
        }
    )  # fmt: skip
    b.ok_json({"gueltig": True, "klasseB": True})
    return b.build()


def signature(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/probefahrten/vereinbarung/unterschrift")
    b.decoy("signature pen strokes (x, y, pressure): handwriting, no face or voice")
    strokes = []
    for _ in range(c.rng.randint(2, 4)):
        x, y = rf(c.rng, 20, 80, 1), rf(c.rng, 40, 120, 1)
        pts = []
        for t in range(30):
            x += c.rng.uniform(-2, 9)
            y += c.rng.uniform(-6, 6)
            pts.append([round(x, 1), round(y, 1), rf(c.rng, 0.2, 1, 2), t * 16])
        strokes.append(pts)
    b.json({"striche": strokes, "geraet": "phone", "format": "x,y,druck,t"})
    b.ok_json({"gespeichert": True})
    return b.build()


def finish(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v3/probefahrten/PF-{c.rng.randint(10**5, 10**6)}/abschluss")
    b.decoy("test drive GPS track of a demo car")
    b.json({"kmEnde": c.rng.randint(300, 12000), "ende": iso(c), "route": track(c.rng, 40)}, "gzip")
    b.ok_json({"gefahreneKm": rf(c.rng, 4, 60, 1)})
    return b.build()


def feedback(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/probefahrten/feedback")
    b.json(
        {
            "bewertung": c.rng.randint(3, 5),
            "kommentar": c.rng.choice(["Sehr ruhig", "Sitz zu hart", "Kaufinteresse hoch"]),
        }
    )
    b.no_content()
    return b.build()
