"""Digitisation: the photo studio's capture station and book scanner.

Capture sessions report the camera back's serial (the museum's), colour-target
measurements (ΔE per patch) and OCR of object labels with word boxes; the
master TIFFs go up in chunks. Nothing here is about a person.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, museum_serial, rf, rid, ua

API = "https://digi.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "digitisation", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def capture_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/optagelser")
    b.decoy("camera back serial of the studio (museum equipment)")
    b.json(
        {
            "kamera": {"model": "IQ4 150MP", "serienummer": museum_serial(c.rng, "IQ", 8)},
            "objektiv": "Schneider 120mm LS",
            "objektnummer": f"HM.{c.rng.randint(1900, 2024)}.{c.rng.randint(1, 400)}",
            "iso": 50,
            "lukketid": "1/60",
            "start": iso(c),
        }
    )
    b.ok_json({"optagelseId": rid(c.rng)})
    return b.build()


def colour_target(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kvalitet/farvemaal")
    b.decoy("colour-target patch values (a numeric series, not biometric)")
    b.json(
        {
            "target": "ISO 19264 object level",
            "felter": [
                {"felt": f"A{i}", "L": rf(c.rng, 10, 96, 2), "deltaE00": rf(c.rng, 0.1, 4, 2)}
                for i in range(1, 25)
            ],
            "score": c.rng.choice(["A", "B", "C"]),
        }
    )
    b.ok_json({"godkendt": True})
    return b.build()


def label_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ocr/etiket")
    b.decoy("OCR word boxes of an object label")
    words = ["Inv.", "nr.", "HM", "1887", "Portræt", "olie", "lærred", "gave"]
    b.ok_json(
        {
            "tekst": " ".join(words),
            "ord": [
                {"ord": w, "boks": [c.rng.randint(0, 900), c.rng.randint(0, 300), 60, 22]}
                for w in words
            ],
        }
    )
    b.json({"billede": f"etiket_{c.rng.randint(1000, 9999)}.jpg", "sprog": "dan"})
    return b.build()


def tiff_chunk(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/upload/{rid(c.rng)}/chunk/{c.rng.randint(1, 40)}")
    b.set_body(
        b"II*\x00" + bytes(c.rng.getrandbits(8) for _ in range(600)), "application/octet-stream"
    )
    b.no_content()
    return b.build()


def queue_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/koe?status=venter")
    b.ok_json(
        {
            "venter": c.rng.randint(0, 300),
            "igang": c.rng.randint(0, 4),
            "scannere": [
                {"navn": n, "serienr": museum_serial(c.rng, "BS", 7), "online": True}
                for n in ("Bogscanner 1", "Planscanner")
            ],
        }
    )
    b.decoy("scanner serials (museum equipment)")
    return b.build()
