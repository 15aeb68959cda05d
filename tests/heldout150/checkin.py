"""Guest registration: passport scans at the desk and the self-check-in kiosk.

Reading a passport for the police registration (MRZ and data-page OCR through
Regula's document reader) is OCR of an ID document: the text fields and OCR
boxes are not biometric, and the data page is sent to be read, not face-matched.
The kiosk's self check-in compares the guest's selfie with the passport portrait
through AWS Rekognition CompareFaces: a face-matching call (biometric). The
kiosk is the hotel's, so its serial is no device id of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, ua

REGULA = "https://api.regulaforensics.com/api/process"
REK = "https://rekognition.eu-west-1.amazonaws.com/"
SEF = "https://pms.miradouro.example/api/v3/police/registrations"
UA = ua("MiradouroFrontDesk", "8.4.2")
COUNTRIES = ["DEU", "GBR", "USA", "FRA", "JPN", "BRA"]


def passport_ocr(c: Context) -> Flow:
    b = FB(c, "regula-docreader", "POST", REGULA)
    b.header("user-agent", UA)
    b.decoy("ID-document OCR: data-page image sent for MRZ text reading, not face matching")
    b.json(
        {
            "processParam": {"scenario": "Mrz", "resultTypeOutput": [3, 15]},
            "List": [{"ImageData": {"image": b64(fake_jpeg(c.rng.randint(0, 10**9), 900))},
                      "light": 6, "page_idx": 0}],
            "tag": rid(c.rng),
        }
    )  # fmt: skip
    b.ok_json(
        {
            "ContainerList": {
                "List": [
                    {"Text": {"fieldList": [
                        {"fieldName": "Surname", "value": "FERREIRA"},
                        {"fieldName": "Nationality", "value": c.rng.choice(COUNTRIES)},
                        {"fieldName": "Document Number", "value": "C" + new_digits(c.rng, 8)},
                    ]}},
                    {"DocVisualExtendedInfo": {"pArrayFields": [
                        {"FieldRect": {"left": 40, "top": 600, "right": 900, "bottom": 680}}
                    ]}},
                ]
            },
            "ProcessingFinished": 1,
        }
    )  # fmt: skip
    return b.build()


def police_registration(c: Context) -> Flow:
    b = FB(c, "miradouro-pms", "POST", SEF)
    b.header("user-agent", UA)
    b.decoy("guest registration form for the border service (document data, no device, no face)")
    b.json(
        {
            "boletim": {
                "apelido": "FERREIRA",
                "nacionalidade": c.rng.choice(COUNTRIES),
                "documento": "C" + new_digits(c.rng, 8),
                "dataEntrada": iso(c)[:10],
                "sexo": c.rng.choice(["F", "M"]),
            }
        }
    )
    b.ok_json({"registo": new_digits(c.rng, 12)})
    return b.build()


def kiosk_compare_faces(c: Context) -> Flow:
    b = FB(c, "aws-rekognition", "POST", REK)
    b.header("user-agent", "aws-sdk-java/2.25.10 kiosk")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.header("x-amz-date", iso(c).replace("-", "").replace(":", "")[:15] + "Z")
    b.bio("face_image", "json SourceImage.Bytes (kiosk selfie) and TargetImage.Bytes (portrait)")
    b.json(
        {
            "SourceImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 1200))},
            "TargetImage": {"Bytes": b64(fake_jpeg(c.rng.randint(0, 10**9), 900))},
            "SimilarityThreshold": 90,
            "QualityFilter": "AUTO",
        },
        ctype="application/x-amz-json-1.1",
    )
    b.ok_json(
        {
            "FaceMatches": [{"Similarity": rf(c.rng, 90, 99.9, 3)}],
            "SourceImageFace": {"Confidence": rf(c.rng, 95, 99.9, 3)},
        }
    )
    return b.build()


def kiosk_status(c: Context) -> Flow:
    b = FB(c, "miradouro-kiosk", "POST", "https://pms.miradouro.example/api/v3/kiosks/heartbeat")
    b.header("user-agent", "MiradouroKiosk/2.0 (Windows 10 IoT)")
    b.decoy("the lobby kiosk's serial and printer state (hotel equipment)")
    b.json({"kioskSerial": "KS" + new_hex(c.rng, 10).upper(), "paper": "ok", "at": iso(c)})
    b.no_content()
    return b.build()
