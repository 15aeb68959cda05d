"""The hospital's PACS viewer on the engineer's phone (a DICOMweb client: QIDO-RS
study search, WADO-RS rendered frames and thumbnails) and its audit log: IHE
ATNA-style FHIR AuditEvents of clinicians opening radiology studies (DICOM
"110103 DICOM Instances Accessed"). A clinician viewing images at work is not
viewing history; study UIDs and accession numbers are look-alike ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, jsb

from .phone import EB, iso, rid, ua

PACS = "https://pacs.chuk-hospital.example"
UA = ua("PACS-Viewer", "3.2.1")
MODALITIES = ["CR", "CT", "MR", "US", "DX"]
CLINICIANS = ["Dr. Habimana", "Dr. Mukeshimana", "Dr. Niyonzima", "Dr. Uwimana", "Dr. Bizimana"]


def _uid(c: Context) -> str:
    return "1.2.840.113619.2." + ".".join(str(c.rng.randint(1, 99999)) for _ in range(4))


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "pacs", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def qido_studies(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{PACS}/dicom-web/studies?ModalitiesInStudy={c.rng.choice(MODALITIES)}"
        "&StudyDate=20250203&limit=25",
    )
    b.decoy("study search results (worklist content)")
    rows = [
        {
            "0020000D": {"vr": "UI", "Value": [_uid(c)]},
            "00080050": {"vr": "SH", "Value": [f"ACC{c.rng.randint(10**6, 10**7)}"]},
            "00080061": {"vr": "CS", "Value": [c.rng.choice(MODALITIES)]},
            "00081030": {"vr": "LO", "Value": [c.rng.choice(["Thorax F", "Crâne", "Abdomen"])]},
        }
        for _ in range(4)
    ]
    b.respond(200, "application/dicom+json", jsb(rows))
    return b.build()


def wado_frame(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{PACS}/dicom-web/studies/{_uid(c)}/series/{_uid(c)}/instances/"
        f"{_uid(c)}/frames/1/rendered",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800))
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{PACS}/dicom-web/studies/{_uid(c)}/thumbnail?viewport=128,128")
    b.decoy("study thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def audit_open(c: Context) -> Flow:
    b = _b(c, "POST", f"{PACS}/audit/fhir/AuditEvent")
    b.decoy("clinician opened a radiology study: work audit, not viewing history")
    b.json(
        {
            "resourceType": "AuditEvent",
            "type": {
                "system": "http://dicom.nema.org/resources/ontology/DCM",
                "code": "110103",
                "display": "DICOM Instances Accessed",
            },
            "action": "R",
            "recorded": iso(c),
            "outcome": "0",
            "agent": [
                {
                    "who": {"display": c.rng.choice(CLINICIANS)},
                    "requestor": True,
                    "network": {
                        "address": f"10.20.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)}",
                        "type": "2",
                    },
                }
            ],
            "entity": [
                {
                    "what": {"identifier": {"value": _uid(c)}},
                    "type": {"code": "2", "display": "System Object"},
                    "detail": [
                        {
                            "type": "StudyDescription",
                            "valueString": c.rng.choice(["Thorax F", "Crâne", "Abdomen"]),
                        },
                        {
                            "type": "dureeConsultationSec",
                            "valueString": str(c.rng.randint(20, 600)),
                        },
                    ],
                }
            ],
        },
        ctype="application/fhir+json",
    )
    b.respond(201, "application/fhir+json", b"")
    return b.build()


def audit_query(c: Context) -> Flow:
    b = _b(c, "GET", f"{PACS}/audit/fhir/AuditEvent?type=110103&date=ge2025-02-01&_count=20")
    b.decoy("audit trail of clinicians' study opens (work records, not viewing history)")
    b.respond(
        200,
        "application/fhir+json",
        jsb(
            {
                "resourceType": "Bundle",
                "total": 20,
                "entry": [
                    {
                        "resource": {
                            "resourceType": "AuditEvent",
                            "recorded": iso(c),
                            "agent": [{"who": {"display": c.rng.choice(CLINICIANS)}}],
                            "entity": [{"what": {"identifier": {"value": _uid(c)}}}],
                        }
                    }
                    for _ in range(3)
                ],
            }
        ),
    )
    return b.build()
