"""Round 15, biometric: families generalised from the misses of held-out sets 15-16.

The families: national-ID biometric capture blocks (an Aadhaar registered-device
PID block as XML text, as a parsed XML body or flattened into AEPS JSON; a MOSIP
SBI capture record with `bioType` and an encrypted `bioValue`), face templates
under any key whose words name a face or selfie template (`parentFaceTemplate`,
`selfieTemplate`), face entries whose face key carries a qualifier
(`familiarFace.thumb`), in replies too, and face pictures sent to a host named for
face recognition or posted as a numbered pair to a verify / compare / match path;
ISO/IEC 19794 fingerprint, face and iris records under any biometric-ish key;
voiceprints under qualified keys; face pictures under face-named fields in replies.
Each is tested in spellings the sets never used, with the look-alikes that must
stay silent; the development sets are gated in tests/test_heldout_sets.py.
"""

from __future__ import annotations

import base64
import json
import math
import random
import struct
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures import STRUCTURES
from exfilwatch.detect.validators import VALIDATORS
from exfilwatch.engine import Engine

RNG = random.Random(1516)
NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round15_biometric.jsonl"
CATEGORIES = {"biometric", "device_id", "viewing_history"}
JPEG = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4n"
    "ICIsIxwcKDcpLDA0NDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA"
)


def _blob(n: int) -> str:
    return base64.b64encode(bytes(RNG.randrange(256) for _ in range(n))).decode()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unit_f32(n: int) -> str:
    v = [RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return base64.b64encode(struct.pack(f"<{n}f", *(x / norm for x in v))).decode()


def _unit_list(n: int) -> list[float]:
    v = [RNG.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 5) for x in v]


def _multipart(*names: str) -> str:
    jpeg = base64.b64decode(JPEG)
    body = b"".join(
        b'--b1\r\nContent-Disposition: form-data; name="'
        + name.encode()
        + b'"; filename="x.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
        + jpeg
        + b"\r\n"
        for name in names
    )
    return base64.b64encode(body + b"--b1--\r\n").decode()


def _pid(counts: str, data_bytes: int = 600, prolog: bool = False) -> str:
    head = '<?xml version="1.0" encoding="UTF-8"?>' if prolog else ""
    return (
        f'{head}<PidData><Resp errCode="0" errInfo="Success" {counts} nmPoints="0" qScore="62"/>'
        f'<DeviceInfo dpId="VENDOR.X" rdsId="VENDOR.AND.001" rdsVer="1.2.0" dc="d-1" mi="M1" '
        f'mc="{_blob(120)}"/><Skey ci="20261231">{_blob(256)}</Skey><Hmac>{_blob(48)}</Hmac>'
        f'<Data type="X">{_blob(data_bytes)}</Data></PidData>'
    )


def _iso_record(header: bytes) -> str:
    return base64.b64encode(header + RNG.randbytes(400)).decode()


def _sbi_jwt(bio_type: str) -> str:
    payload = {
        "digitalId": "e30",
        "bioType": bio_type,
        "bioSubType": "",
        "purpose": "Auth",
        "bioValue": _b64url(RNG.randbytes(900)),
        "transactionId": "t-9",
        "qualityScore": "77",
    }
    return ".".join(
        [
            _b64url(json.dumps({"alg": "RS256", "typ": "JWT"}).encode()),
            _b64url(json.dumps(payload).encode()),
            _b64url(RNG.randbytes(256)),
        ]
    )


_found = signatures_found


# --- the detectors themselves ------------------------------------------------


def test_pid_validator_reads_only_the_head_of_a_large_face_block() -> None:
    is_pid = VALIDATORS["rd_pid_block"]
    big = _pid('fCount="0" iCount="0" pCount="1"', data_bytes=40_000)
    assert len(big) > 50_000 and is_pid(big)
    assert is_pid(_pid('fCount="2" fType="2"', prolog=True))
    assert not is_pid('<PidOptions ver="1.0"><Opts fCount="1" pCount="0"/></PidOptions>')
    assert not is_pid(big.replace('errCode="0"', 'errCode="730"'))
    assert not is_pid("The <PidData> element holds the capture; " * 4)


def test_capture_block_needs_a_device_mark_and_a_payload() -> None:
    block = STRUCTURES["rd_capture_block"]
    aeps = {"ci": "20261231", "skey": _blob(256), "hmac": _blob(32), "pid": _blob(400)}
    assert block(aeps)
    parsed = {
        "Resp": {"errCode": "0", "iCount": "2"},
        "Skey": {"ci": "20261231", "#text": _blob(256)},
        "Hmac": _blob(32),
        "Data": {"type": "X", "#text": _blob(400)},
    }
    assert "iris" in (block(parsed) or "")
    assert block({**parsed, "Resp": {"errCode": "-1307"}}) is None
    assert block({"skey": _blob(64), "hmac": _blob(32), "data": _blob(200)}) is None
    assert block({"ci": "jenkins", "skey": "k", "hmac": "h", "data": _blob(200)}) is None
    assert block({"session": 1, "hmac": "h"}) is None


# --- the families in spellings the sets never used ---------------------------

POSITIVES = [
    ("fingerprint PID with a prolog in a form field named PidData",
     {"url": "https://aeps.example-csp.in/transactions/cash-withdrawal",
      "form": {"amount": "1000",
               "PidData": _pid('fCount="1" fType="2" iCount="0" pCount="0"', prolog=True)}},
     "biometric.rd_pid_block"),
    ("iris PID under a capture-result key",
     {"url": "https://api.example-ration.gov.in/v2/ekyc",
      "json": {"rc": "r-9", "captureResult": _pid('fCount="0" iCount="1" iType="0" pCount="0"')}},
     "biometric.rd_pid_block"),
    ("face PID of 40 KB under an auth payload key",
     {"url": "https://api.example-pension.in/life-certificate/submit",
      "json": {"authPayload": _pid('pCount="1" pType="0"', data_bytes=30_000)}},
     "biometric.rd_pid_block"),
    ("a PID block as an XML body",
     {"url": "https://aua.example-bank.in/auth/face",
      "headers": {"content-type": "text/xml"},
      "body": _pid('fCount="0" iCount="0" pCount="1"')},
     "biometric.rd_capture_block"),
    ("the AEPS pidBlock flattened into JSON",
     {"url": "https://aeps.example-fintech.in/api/v3/mini-statement",
      "json": {"bank": "607152", "captureData": {
          "ci": "20261231", "hmac": _blob(48), "pid": _blob(700), "skey": _blob(256),
          "registeredDeviceServiceID": "X.AND.001", "registeredDeviceModelID": "M1"}}},
     "biometric.rd_capture_block"),
    ("a MOSIP SBI face capture inside its signed JWT",
     {"url": "https://idauth.example-nid.gov/idauthentication/v1/auth/partner",
      "json": {"request": {"biometrics": [{"specVersion": "1.0", "data": _sbi_jwt("Face"),
                                             "hash": "AB12", "sessionKey": _blob(256)}]}}},
     "biometric.sbi_capture_record"),
    ("an enrolled face embedding (base64 float32) under a qualified key",
     {"url": "https://api.example-gym.com/v1/members/m7",
      "json": {"enrolledFaceEmbedding": _unit_f32(512)}},
     "biometric.face_template.named_key"),
    ("a versioned snake_case face print",
     {"url": "https://api.example-lock.com/v2/residents",
      "form": {"unit": "4B", "owner_face_print_v2": _blob(700)}},
     "biometric.face_template.named_key"),
    ("reference face feature data (opaque vendor template)",
     {"url": "https://api.example-hotel.com/v1/checkin",
      "json": {"referenceFaceFeatureData": _blob(1032)}},
     "biometric.face_template.named_key"),
    ("selfie embedding as a float list",
     {"url": "https://api.example-dating.com/v1/verify",
      "json": {"selfieEmbedding": _unit_list(128)}},
     "biometric.print_vector.key"),
    ("known faces in a photo service's reply",
     {"url": "https://api.example-photos.com/v1/people", "method": "GET",
      "response": {"json": {"knownFaces": [{"personId": "p1", "crop": JPEG}]}}},
     "biometric.face_image.face_list_item"),
    ("a matched face's image in a request",
     {"url": "https://api.example-cam.com/v1/alerts",
      "json": {"matchedFace": {"label": "Sam", "image": JPEG}}},
     "biometric.face_image.face_list_item"),
    ("an image to a face. host of a cloud",
     {"url": "https://face.cn-north-4.example-cloud.com/v2/p1/face-sets/s1/search",
      "headers": {"content-type": "multipart/form-data; boundary=b1"},
      "body_base64": _multipart("image_file")},
     "biometric.face_image.face_service_host"),
    ("a base64 image to a faceapi host",
     {"url": "https://faceapi.example-vendor.io/v1/analyze", "json": {"photo": JPEG}},
     "biometric.face_image.face_service_host_base64"),
    ("imageA / imageB to an identity compare path",
     {"url": "https://api.example-bank.com/identity/v1/compare",
      "headers": {"content-type": "multipart/form-data; boundary=b1"},
      "body_base64": _multipart("imageA", "imageB")},
     "biometric.face_image.pair_compare"),
    ("img1 / img2 to a face match path",
     {"url": "https://api.example-exam.com/v2/face/match",
      "headers": {"content-type": "multipart/form-data; boundary=b1"},
      "body_base64": _multipart("img1", "img2")},
     "biometric.face_image.pair_compare"),
    ("an ISO finger minutiae record under a generic key",
     {"url": "https://api.example-attendance.com/v2/clock-in",
      "json": {"staff": "s-4", "sample": _iso_record(b"FMR\x00 20\x00")}},
     "biometric.iso_biometric_record"),
    ("an ISO iris record (base64url) in a capture list",
     {"url": "https://api.example-border.gov/v1/enrolments",
      "json": {"captures": [{"modality": "iris", "payload": base64.urlsafe_b64encode(
          b"IIR\x00020\x00" + RNG.randbytes(400)).decode()}]}},
     "biometric.iso_biometric_record"),
    ("an agent's voice template under a qualified key",
     {"url": "https://api.example-contact.com/v1/agents/a9/enrol",
      "json": {"agentVoiceTemplate": _blob(900)}},
     "biometric.voiceprint.named_key"),
    ("a speaker embedding (192 floats) under a prefixed key",
     {"url": "https://api.example-bank.com/v1/voice/verify",
      "json": {"enrolledSpeakerEmbedding": _unit_f32(192)}},
     "biometric.voiceprint.named_key"),
    ("a face thumbnail in a face-search reply",
     {"url": "https://api.example-cam.com/v1/search", "method": "GET",
      "response": {"json": {"matches": [{"score": 0.93, "faceThumbnail": JPEG}]}}},
     "biometric.face_image.base64_field"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "example", "rule"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_family_rules_fire_on_unseen_spellings(
    engine: Engine, note: str, example: dict[str, Any], rule: str
) -> None:
    assert rule in _found(engine, example, {"biometric"}), note


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_look_alikes_stay_silent(engine: Engine, example: dict[str, Any]) -> None:
    assert not _found(engine, example, CATEGORIES), example["note"]
