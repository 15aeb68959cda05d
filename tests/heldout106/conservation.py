"""Konservering: the conservation lab's instruments and condition reports.

XRF and FTIR spectra (long numeric series), microfade tests, hygrometers and a
UV-photo upload: instrument serials are the lab's, spectra are of pigments.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, museum_serial, rf, rid, ua

API = "https://lab.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "conservation", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def xrf_spectrum(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/maalinger/xrf")
    b.decoy("XRF spectrum and lab instrument serial (pigment analysis)")
    b.json(
        {
            "instrument": {"model": "Tracer 5g", "serienr": museum_serial(c.rng, "T5G-", 5)},
            "objektnummer": f"HM.{c.rng.randint(1900, 2024)}.{c.rng.randint(1, 400)}",
            "punkt": {"x_mm": rf(c.rng, 0, 600, 1), "y_mm": rf(c.rng, 0, 800, 1)},
            "kanaler": [c.rng.randint(0, 4000) for _ in range(128)],
            "grundstoffer": {"Pb": rf(c.rng, 0, 60, 2), "Hg": rf(c.rng, 0, 5, 2)},
        }
    )
    b.ok_json({"maalingId": rid(c.rng)})
    return b.build()


def microfade(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/maalinger/mikrofade")
    b.json(
        {
            "objektnummer": f"HM.{c.rng.randint(1900, 2024)}.{c.rng.randint(1, 400)}",
            "deltaE_serie": [rf(c.rng, 0, 3, 3) for _ in range(60)],
            "varighed_min": 10,
            "bws_ækvivalent": c.rng.randint(1, 4),
        }
    )
    b.ok_json({"gemt": True})
    return b.build()


def condition_report(c: Context) -> Flow:
    boundary = "----hmlab" + rid(c.rng).replace("-", "")[:16]
    b = _b(c, "POST", f"{API}/api/tilstandsrapporter")
    meta = (
        '{"objektnummer":"HM.1887.12","skader":["krakelering","afskalning"],'
        '"udført_af":"konservator"}'
    ).encode()
    body = multipart(
        boundary,
        [
            ("rapport", None, "application/json", meta),
            ("uv_foto", "uv_foto.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.decoy("UV photo of a painting's surface (an artwork, not a face)")
    b.ok_json({"rapportId": rid(c.rng), "oprettet": iso(c)})
    return b.build()


def hygrometer(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/instrumenter?type=hygrometer")
    b.ok_json(
        {
            "instrumenter": [
                {
                    "serienr": museum_serial(c.rng, "RH-", 6),
                    "kalibreret": iso(c)[:10],
                    "afvigelse_pct": rf(c.rng, -1.5, 1.5, 2),
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("lab hygrometer serials (museum equipment)")
    return b.build()
