"""An expense app: receipt scans (photos of paper receipts) and their OCR.

All decoys: a JPEG upload that is a receipt, not a face; OCR results with
line items, GST numbers and bounding boxes (coordinate lists).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, cfn, iso, rf, rid

API = "https://api.claimit-example.com/v3"


def receipt_upload(c: Context) -> Flow:
    bnd = "Boundary-" + rid(c.rng).upper()
    b = FB(c, "claimit", "POST", f"{API}/receipts/scan")
    b.header("user-agent", cfn("ClaimIt", "1207"))
    body = multipart(
        bnd,
        [
            (
                "image",
                "IMG_" + new_digits(c.rng, 4) + ".jpg",
                "image/jpeg",
                fake_jpeg(c.rng.randint(0, 10**6), 1000),
            ),
            ("category", None, None, b"meals"),
            ("capturedAt", None, None, iso(c).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"receiptId": rid(c.rng), "status": "PROCESSING"})
    b.decoy("receipt photo upload (not a face, not a face API)")
    return b.build()


def ocr_result(c: Context) -> Flow:
    b = FB(c, "claimit", "GET", f"{API}/receipts/{rid(c.rng)}")
    b.header("user-agent", cfn("ClaimIt", "1207"))
    b.ok_json(
        {
            "merchant": "Toast Box",
            "gstReg": "M9" + new_digits(c.rng, 7) + "X",
            "total": rf(c.rng, 5, 80, 2),
            "lines": [
                {
                    "text": "Kaya Toast Set",
                    "bbox": [rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, 0, 1), rf(c.rng, 0, 1)],
                }
                for _ in range(3)
            ],
            "hash": new_hex(c.rng, 64),
        }
    )
    b.decoy("OCR lines with bounding boxes, GST number, image hash")
    return b.build()
