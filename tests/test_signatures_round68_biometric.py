"""Round 68 (sets 67-70), biometric.

- Precision: a travel-photo app posts a building's image descriptor to
  `/v2/landmarks/match`. A landmark is a monument as often as a face point, so a
  bare `landmarks` (no face word) makes a vector a face template only when landmark
  POINTS sit beside it and the exchange names no place, scenery, position, map,
  hand or body (`biometric.face_embedding.landmark_context`); face words still go
  through `biometric.face_embedding.context`.
- Recall: audio sent with Tencent Cloud's voiceprint actions (`X-TC-Action:
  VoicePrintEnroll`); iFlytek's voiceprint service adds audio to a feature group
  or scores it against one (`createFeature`, `searchScoreFea` beside `groupId` /
  `featureId`);
  Megvii's FaceID SDK uploads its liveness package as `meglive_data`; a Cypriot ID
  app reports a face check with Greek-script keys (`αναγνώριση_προσώπου`,
  `βαθμός_ομοιότητας`, `ζωντάνια`), read through the lexicon's Greek words.
"""

import base64
import math
import random

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import key_words
from exfilwatch.detect.structures.biometric_words import lexicon
from exfilwatch.engine import Engine


def _unit(n: int, seed: int = 68) -> list[float]:
    rng = random.Random(seed)
    v = [rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [round(x / norm, 4) for x in v]


def _audio(seed: int = 68) -> str:
    rng = random.Random(seed)
    return base64.b64encode(b"RIFF" + bytes(rng.randrange(256) for _ in range(900))).decode()


def _multipart(parts: list[tuple[str, bytes, bool]]) -> str:
    out = b""
    for name, value, is_file in parts:
        out += b'--B68\r\nContent-Disposition: form-data; name="' + name.encode() + b'"'
        if is_file:
            out += b'; filename="' + name.encode() + b'"\r\nContent-Type: application/octet-stream'
        out += b"\r\n\r\n" + value + b"\r\n"
    return base64.b64encode(out + b"--B68--\r\n").decode()


_RESOURCE = {"encoding": "lame", "sample_rate": 16000, "channels": 1, "bit_depth": 16}
_BLOB = bytes(random.Random(7).randrange(256) for _ in range(640))

POSITIVES = [
    (
        "biometric.face_embedding.landmark_context",
        {
            "url": "https://api.example-door.com/v1/enroll",
            "json": {
                "user": "u1",
                "landmarks": [[210, 240], [300, 242], [255, 300], [220, 350], [290, 352]],
                "vec": _unit(128),
            },
        },
    ),
    (
        "biometric.face_embedding.context",
        {
            "url": "https://api.example-door.com/v1/landmarks/enroll",
            "json": {
                "face_id": "f1",
                "landmarks": [[210, 240], [300, 242]],
                "descriptor": _unit(128),
            },
        },
    ),
    (
        "biometric.speaker_recognition.feature_group_audio",
        {
            "url": "https://api.xf-yun.com/v1/private/s782b4996",
            "json": {
                "parameter": {
                    "s782b4996": {"func": "searchScoreFea", "groupId": "g1", "dstFeatureId": "m2"}
                },
                "payload": {"resource": {**_RESOURCE, "audio": _audio()}},
            },
        },
    ),
    (
        "biometric.speaker_recognition.feature_group_audio",
        {
            "url": "https://voice.example-lock.cn/api/feature",
            "json": {
                "func": "createFeature",
                "featureId": "owner",
                "resource": {**_RESOURCE, "audio": _audio(2)},
            },
        },
    ),
    (
        "biometric.face_liveness.meglive_package",
        {
            "url": "https://api-sgp.megvii.com/faceid/v3/sdk/verify",
            "headers": {"content-type": "multipart/form-data; boundary=B68"},
            "body_base64": _multipart(
                [("biz_token", b"0a41", False), ("meglive_data", _BLOB, True)]
            ),
        },
    ),
    (
        "biometric.speaker_recognition.voiceprint_action_audio",
        {
            "url": "https://asr.tencentcloudapi.com/",
            "headers": {"content-type": "application/json", "X-TC-Action": "VoicePrintVerify"},
            "json": {
                "VoiceFormat": 1,
                "SampleRate": 16000,
                "VoicePrintId": "vp-1",
                "Data": _audio(3),
            },
        },
    ),
    (
        "biometric.face_check.outcome_multilingual",
        {
            "url": "https://api.example-taftotita.gov.cy/v1/elegxos/apotelesma",
            "json": {"αναγνώριση_προσώπου": {"βαθμός_ομοιότητας": 0.97, "ζωντάνια": 0.81}},
        },
    ),
    (
        "biometric.face_check.outcome_multilingual",
        {
            "url": "https://api.example-taftotita.gr/v1/elegxos",
            "json": {"anagnorisi_prosopou": {"omoiotitas": 0.93, "zontania": 0.77}},
        },
    ),
]


def biometric(engine: Engine, example: dict) -> list[str]:
    """Biometric signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "biometric"]


@pytest.mark.parametrize(("rule", "example"), POSITIVES, ids=lambda p: str(p)[:60])
def test_round68_biometric_flows_are_found(engine: Engine, rule: str, example: dict) -> None:
    assert rule in biometric(engine, example)


def test_face_word_leaves_landmarks_to_the_face_rule(engine: Engine) -> None:
    """The two embedding rules split on the face word, so one vector is reported once."""
    example = POSITIVES[1][1]
    found = biometric(engine, example)
    assert "biometric.face_embedding.landmark_context" not in found


@pytest.mark.parametrize(
    ("key", "cls"),
    [
        ("ζωντάνια", "liveness"),
        ("βαθμός_ομοιότητας", "match"),
        ("αναγνώριση", "recognition"),
        ("αποτύπωμα", "print"),
        ("προσώπου", "face"),
    ],
)
def test_greek_words_are_read(key: str, cls: str) -> None:
    words = key_words(key)
    assert cls in {lexicon().word(w) for w in words}
