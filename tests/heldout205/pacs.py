"""PACS Mobile: the radiology viewer on dr. Bambang's Galaxy S23, talking
DICOMweb to the hospital PACS (QIDO-RS study search, WADO-RS rendered frames;
DICOM JSON model, PS3.18 F.2, tags as 8-hex keys with `vr` and `Value`).

An AI assistant returns anatomical landmarks on a chest X-ray (carina,
costophrenic angles) and cephalometric landmarks on a skull X-ray for the
orthodontic clinic (sella, nasion, orbitale, menton, x / y in pixels); the
viewer saves its state (slice position, window / level) and the doctor
posts the report (`ekspertise`). Landmarks on a radiograph are anatomy for a
diagnosis, not a face template used to recognise anyone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, iso, rf, rid, ua

API = "https://pacs.rshusadawaras.example"
UA = ua("PACSMobile", "2.6.0", "dokter")
ROOT = "1.2.360.0.114.5."


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-pacs", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _uid(c: Context) -> str:
    return ROOT + new_digits(c.rng, 8) + "." + new_digits(c.rng, 6)


def cari_studi(c: Context) -> Flow:
    mod = c.rng.choice(["CR", "CT", "DX"])
    b = _b(c, "GET", f"{API}/dicom-web/studies?ModalitiesInStudy={mod}&StudyDate=20241201&limit=10")
    b.header("accept", "application/dicom+json")
    rows = [
        {
            "0020000D": {"vr": "UI", "Value": [_uid(c)]},
            "00080061": {"vr": "CS", "Value": [mod]},
            "00100020": {"vr": "LO", "Value": ["RM" + new_digits(c.rng, 8)]},
            "00081030": {
                "vr": "LO",
                "Value": [c.rng.choice(["THORAX PA", "CEPHALOMETRI LATERAL", "CT KEPALA"])],
            },
            "00080020": {"vr": "DA", "Value": ["20241201"]},
        }
        for _ in range(3)
    ]
    b.respond(200, "application/dicom+json", jsb(rows))
    return b.build()


def frame(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/dicom-web/studies/{_uid(c)}/series/{_uid(c)}/instances/{_uid(c)}/rendered?window=40,400",
    )
    b.header("accept", "image/jpeg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    return b.build()


def landmark_thorax(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ai/v1/landmark?studi={_uid(c)}&jenis=thorax")
    b.decoy("anatomical landmarks on a chest X-ray")
    names = [
        "carina",
        "sudut_kostofrenikus_kanan",
        "sudut_kostofrenikus_kiri",
        "apeks_paru_kanan",
        "batas_jantung_kiri",
    ]
    b.ok_json(
        {
            "landmark": [
                {
                    "nama": n,
                    "x": c.rng.randint(200, 1800),
                    "y": c.rng.randint(200, 2000),
                    "yakin": rf(c.rng, 0.7, 0.99, 2),
                }
                for n in names
            ],
            "ctr": rf(c.rng, 0.4, 0.6, 2),
        }
    )
    return b.build()


def landmark_sefalometri(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ai/v1/landmark?studi={_uid(c)}&jenis=sefalometri")
    b.decoy(
        "cephalometric landmarks on a skull X-ray (sella, nasion...: anatomy, not a face template)"
    )
    names = [
        "sella",
        "nasion",
        "orbitale",
        "porion",
        "subspinale",
        "supramentale",
        "pogonion",
        "menton",
        "gonion",
    ]
    b.ok_json(
        {
            "landmark": [
                {"nama": n, "x": c.rng.randint(300, 1900), "y": c.rng.randint(300, 2300)}
                for n in names
            ],
            "sudut": {
                "SNA": rf(c.rng, 78, 86, 1),
                "SNB": rf(c.rng, 76, 84, 1),
                "ANB": rf(c.rng, 0, 5, 1),
            },
        }
    )
    return b.build()


def simpan_state(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/viewer/state")
    b.decoy("viewer state: slice position, window / level, zoom")
    b.json(
        {
            "studi": _uid(c),
            "posisi_slice": c.rng.randint(1, 240),
            "window": c.rng.choice([40, 400, 1500]),
            "level": c.rng.choice([40, 50, -600]),
            "zoom": rf(c.rng, 1, 4, 1),
            "diperbarui": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ekspertise(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ekspertise")
    b.json(
        {
            "studi": _uid(c),
            "temuan": "Cor tidak membesar. Sinus dan diafragma baik. Pulmo tak tampak infiltrat.",
            "kesan": "Thorax dalam batas normal",
            "dokter": b.acct("nip_dokter"),
            "waktu": iso(c),
        }
    )
    b.ok_json({"status": "FINAL"})
    return b.build()
