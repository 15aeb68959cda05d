"""Face-derived signals that no single key gives away: face-tracking telemetry
(head pose, gaze, face presence, expression), face-verification records (a
match score or liveness result next to face-analyser output), face-detector
records in vendor struct spellings (a landmark-count point list beside a face
box or head angles), facial measurements, camera vital signs and face-region
colour traces.

Each detector reads key names as words (`headYawDeg` -> head, yaw, deg) so the
same family is recognised across vendors' spellings, and checks the values'
shape so that settings (`gazeTrackingEnabled: true`), thresholds
(`minFacePresenceConfidence`) and self-declared traits never count.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import load
from ._common import _is_number, _key_text, _norm_key, key_word_set, key_words, structure
from .biometric_words import word_roles
from .faces import LANDMARK_COUNTS, face_points, landmarks

# Faces that are not a person's: watch faces, dice, fonts, polyhedra, cards.
_NOT_A_PERSON = frozenset(
    ["watch", "clock", "dial", "dice", "die", "cube", "polyhedron", "polygon", "font", "typeface",
     "card", "coin", "mesh", "vertex", "vertices", "surface", "interface"]
)  # fmt: skip
# Key words that make a key configuration, not a measurement.
_SETTING_WORDS = frozenset(
    ["enabled", "enable", "disabled", "disable", "allow", "allowed", "permission", "setting",
     "settings", "supported", "support", "available", "mode", "config", "threshold", "min",
     "max", "required", "option", "options", "sensitivity", "limit", "tracking", "url", "uri",
     "link", "icon", "label", "text", "title", "name", "description", "tip", "hint", "message"]
)  # fmt: skip
_FACE = frozenset(["face", "faces", "facial"])
_HEAD_ANGLES = frozenset(
    ["yaw", "pitch", "roll", "pose", "euler", "angle", "angles", "rotation", "tilt", "turn", "nod",
     "orientation"]
)  # fmt: skip
_PRESENCE = frozenset(
    ["present", "presence", "count", "absent", "absence", "detected", "visible", "visibility",
     "num", "number", "missing", "lost", "found", "no", "multiple", "second", "extra"]
)  # fmt: skip
_EYE = frozenset(["eye", "eyes", "iris", "pupil"])
_EYE_STATE = frozenset(
    ["open", "openness", "closed", "closure", "blink", "blinks", "aspect", "gaze", "direction",
     "look", "looking", "contact", "movement", "movements", "fixation", "fixations", "saccade",
     "saccades"]
)  # fmt: skip
_LOOK = frozenset(["look", "looked", "looking", "looks"])
_EXPRESSION = frozenset(
    ["emotion", "emotions", "expression", "expressions", "smile", "smiles", "smiling", "yawn",
     "yawns", "yawning", "frown", "frowning"]
)  # fmt: skip


def _signal_value(value: object) -> bool:
    """A measurement: a number, a flag, a list of numbers or an object of them."""
    if _is_number(value) or isinstance(value, bool):
        return True
    if isinstance(value, list):
        return 0 < len(value) <= 64 and all(_is_number(x) or isinstance(x, bool) for x in value)
    if isinstance(value, dict):
        return 0 < len(value) <= 32 and any(
            _is_number(v) or isinstance(v, bool) for v in value.values()
        )
    return False


@lru_cache(maxsize=16384)
def _tracking_group(key: str) -> str:
    """Which face-tracking signal a key names ("" for none)."""
    words = key_word_set(key)
    if not words or words & _SETTING_WORDS or words & _NOT_A_PERSON:
        return ""
    if ("head" in words or words & _FACE) and words & _HEAD_ANGLES:
        return "head pose"
    if "gaze" in words or "perclos" in words or (words & _EYE and words & _EYE_STATE):
        return "gaze"
    if words & {"blink", "blinks", "blinking", "drowsy", "drowsiness"}:
        return "gaze"
    if words & _LOOK and words & {"away", "at"}:
        return "gaze"
    if words & _FACE and words & _PRESENCE:
        return "face presence"
    if words & _EXPRESSION:
        return "expression"
    return _tracking_word_group(key, words)


def _tracking_word_group(key: str, words: frozenset[str]) -> str:
    """The signal a key names in the app's language (`clipit` a blink, `zambet` a
    smile, `hoofdhouding` a head pose, `ogenOpen` an eye state, `gezichtGevonden` a
    face found): the lexicons' classes, so a language is a data edit. Words are read
    as listed or by a listed stem, never by romanisation skeleton: a pose word and an
    eye word must both be there, and look-alikes would pair by chance."""
    captures = load("identity_capture")
    if any(captures.word(w) == "blink" for w in words):
        return "gaze"
    if any(load("biometric").word(w) == "smile" for w in words):
        return "expression"
    ordered = key_words(key)
    captured = captures.classes_of(ordered)
    if "pose" in captured and ("head" in captured or "face" in word_roles(key)):
        return "head pose"
    if any(map(_head_pose_compound, words)):
        return "head pose"
    if "eye_state" in captured and _names_eyes(ordered):
        return "gaze"
    if "found" in captured and "face" in word_roles(key):
        return "face presence"
    return ""


# A head word and a pose word (Dutch `hoofdhouding`, German `Kopfhaltung`, Swedish
# `huvudvinkel`): written together, a linking `s` or `e` between them.
_SHORTEST_PART = 3


@lru_cache(maxsize=16384)
def _head_pose_compound(word: str) -> bool:
    words = load("identity_capture").words
    for end in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1):
        if words.get(word[:end]) != "head":
            continue
        tail = word[end:]
        if words.get(tail) == "pose" or (tail[0] in "se" and words.get(tail[1:]) == "pose"):
            return True
    return False


def _names_eyes(words: tuple[str, ...]) -> bool:
    """An eye word of any language (`ogen`, `augen`, `ojos`), as listed."""
    return bool(_EYE.intersection(words)) or "eye" in load("biometric").classes_of(words)


@structure("face_tracking", kind=dict, size=(2, 80), needs=(_tracking_group,))
def face_tracking(value: object) -> str | None:
    """A face-tracking sample or summary: two or more of head pose, gaze or eye
    state, face presence or count, and expression scores, each a measurement.
    Proctoring, attention tracking and driver monitoring send these per frame."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    groups: list[str] = []
    for k, v in value.items():
        group = _tracking_group(_key_text(k))
        if group and group not in groups and _signal_value(v):
            groups.append(group)
    if len(groups) >= 2:
        return "face tracking: " + ", ".join(groups)
    return None


# -- face verification: a match or liveness outcome next to face-analyser output --

_MATCH_WORDS = frozenset(
    ["similarity", "similar", "liveness", "spoof", "antispoof", "antispoofing"]
)
_MATCH_SCORE = frozenset(["score", "confidence", "rate", "level", "probability", "distance"])
_COMPARISON = frozenset(["match", "compare", "comparison", "verify", "verification"])
_FACE_EVIDENCE = frozenset(
    ["quality", "rect", "rectangle", "box", "bbox", "bounds", "token", "landmark", "landmarks",
     "points", "pose", "angle", "yaw", "pitch", "roll", "count", "detected", "present", "blur",
     "occlusion", "size", "area", "region", "roi", "position", "attributes", "match", "matching",
     "compare", "comparison", "verification", "verify", "recognition"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _verification_role(key: str) -> str:
    """`match` for a match or liveness outcome, `face` for face-analyser output."""
    words = key_word_set(key)
    if not words or words & _SETTING_WORDS or words & _NOT_A_PERSON:
        return ""
    if words & _MATCH_WORDS or (words & _COMPARISON and words & _MATCH_SCORE):
        return "match"
    if words & _FACE and words & _FACE_EVIDENCE:
        return "face"
    if "head" in words and words & _HEAD_ANGLES:
        return "face"
    return ""


def _match_key(key: str) -> bool:
    return _verification_role(key) == "match"


def _face_output_key(key: str) -> bool:
    return _verification_role(key) == "face"


@structure("face_verification", kind=dict, size=(2, 80), needs=(_match_key, _face_output_key))
def face_verification(value: object) -> str | None:
    """A face-verification record: a similarity, match score or liveness result
    (a number, or an object holding one) with face-analyser output beside it
    (face quality, face box, head pose). A dating app's compatibility score has
    no face output; a health probe's `liveness: {status: UP}` has no number."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80 or _outcome_tally(value):
        return None
    match, face = [], []
    for k, v in value.items():
        key = _key_text(k)
        role = _verification_role(key)
        if role == "match" and (_is_number(v) or (isinstance(v, dict) and _has_score(v))):
            match.append(key)
        elif role == "face" and (
            _signal_value(v) or (isinstance(v, str) and "token" in key.lower())
        ):
            face.append(key)
    if match and face:
        return "face verification: " + ", ".join((match + face)[:4])
    return None


# Outcomes a check can end in, as a tally's keys name them (`faceNoMatch: 4`,
# `livenessFail: 0`, `docUnreadable: 2`): counted per flight, lane or day.
_OUTCOME_WORDS = frozenset(
    ["fail", "fails", "failed", "failure", "failures", "reject", "rejected", "rejection",
     "rejections", "mismatch", "mismatches", "nomatch", "no", "not", "error", "errors", "passed",
     "pass", "passes", "success", "successes", "denied", "timeout", "timeouts", "unreadable",
     "total", "totals"]
)  # fmt: skip


def _outcome_tally(value: dict) -> bool:
    """Counts of how checks ended (`{faceNoMatch: 4, livenessFail: 0, docUnreadable: 4}`
    on an e-gate's per-flight statistics): every number a whole one (a label such as the
    month, or a mean over them, may sit beside them), under keys naming outcomes. One
    person's check reports a score, a fraction or a face reading; a tally of many people's
    checks is an aggregate and no one's face."""
    counts = {k: v for k, v in value.items() if _is_number(v) and not _averaged(_key_text(k))}
    if len(counts) < 2 or not all(isinstance(v, int) and v >= 0 for v in counts.values()):
        return False
    return any(_OUTCOME_WORDS.intersection(key_words(_key_text(k))) for k in counts)


def _averaged(key: str) -> bool:
    """A mean over the tallied checks (`avgSimilarity`, `similitud_media`): a statistic
    beside the counts, not one person's score (lexicon/biometric.yaml `trait_not`)."""
    lexicon = load("biometric")
    return any(lexicon.word(w) == "trait_not" for w in key_words(key))


_SCORE_WORDS = frozenset(
    ["score", "confidence", "probability", "prob", "similarity", "prediction", "distance", "real",
     "spoof", "live"]
)  # fmt: skip


def _has_score(value: dict) -> bool:
    """A score-like number inside an outcome object (`{score: 0.97, passed: true}`);
    a health probe's `{status: UP, uptimeSeconds: 3600}` has none."""
    return any(
        _is_number(v) and not isinstance(v, bool)
        and _SCORE_WORDS.intersection(key_words(_key_text(k)))
        for k, v in value.items()
    )  # fmt: skip


_OUTCOME_KEYS = frozenset(
    ["similarity", "score", "confidence", "distance", "matchscore", "similarityscore",
     "probability", "percentage"]
)  # fmt: skip


# Report schemas that hold a check's numbers one level down, beside its verdict (Onfido's
# `face_comparison: {result: clear, properties: {score: 0.98}}`).
_OUTCOME_HOLDERS = frozenset(["properties", "details", "detail", "metrics"])


def _outcome_number(value: dict) -> str | None:
    """The outcome key whose value is a similarity, score, confidence or distance number."""
    for k, v in value.items():
        if _norm_key(k) in _OUTCOME_KEYS and _is_number(v) and not isinstance(v, bool):
            return _key_text(k)
    return None


@structure("match_outcome", kind=dict, size=(1, 40), keys=_OUTCOME_KEYS | _OUTCOME_HOLDERS)
def match_outcome(value: object) -> str | None:
    """The answer of a comparison: a similarity, score, confidence or distance
    number (with or without a threshold and a verdict), in the object or in its
    properties beside the verdict. Only under a key that says the comparison was of
    faces (`faceMatch`, `face_compare`, `face_comparison`)."""
    if not isinstance(value, dict) or not 1 <= len(value) <= 40:
        return None
    found = _outcome_number(value)
    for k, v in value.items():
        if found is None and _norm_key(k) in _OUTCOME_HOLDERS and isinstance(v, dict):
            found = _outcome_number(v)
    return f"face comparison outcome ({found})" if found else None


# -- face-detector records in vendor struct spellings -----------------------------

_DENSE_COUNTS = frozenset(n for n in LANDMARK_COUNTS if n >= 68)
# Geographic, drawing and calibration keys: point lists that are not faces.
_GEO_WORDS = frozenset(
    ["lat", "lng", "lon", "latitude", "longitude", "altitude", "alt", "heading", "speed",
     "waypoint", "waypoints", "gps", "route", "bearing", "corner", "corners", "chessboard",
     "checkerboard", "calibration", "marker", "markers", "stroke", "strokes", "brush"]
)  # fmt: skip
_ANGLE_KEYS = frozenset(["yaw", "pitch", "roll"])
_BOX_KEYS = frozenset(
    ["rect", "bbox", "box", "rectangle", "boundingbox", "bounds", "location", "facerect",
     "facebox", "facerectangle", "facebbox"]
)  # fmt: skip


def _landmark_points(value: object) -> int:
    """How many landmark points a value holds, when it is a face model's set."""
    if not isinstance(value, list) or landmarks(value) is None:
        return 0
    count = len(value)
    if count and not isinstance(value[0], list | tuple | dict):  # a flat x, y(, z) list
        count = next(
            (count // d for d in (2, 3) if count % d == 0 and count // d in LANDMARK_COUNTS), 0
        )
    return count


_POLYGON_WORDS = frozenset(
    ["triangles", "triangle", "tris", "indices", "index", "polygons", "polys"]
)


@lru_cache(maxsize=4096)
def _polygon_key(key: str) -> bool:
    """`faces` or `triangles` of a 3-D model hold vertex-index triples, not landmarks."""
    return _norm_key(key) in ("face", "faces") or bool(_POLYGON_WORDS.intersection(key_words(key)))


# Point lists that are drawn or travelled, whatever object holds them.
_DRAWING_WORDS = frozenset(
    ["path", "paths", "route", "stroke", "strokes", "line", "lines", "polyline", "trail",
     "trajectory", "curve", "series", "track", "waypoints"]
)  # fmt: skip


def _face_named_key(value: dict) -> bool:
    """A key that names a face and says more (`n_faces`, `faceId`, `face_conf`):
    a bare `faces` or `face` is a die's or a card's as often as a person's."""
    return any(
        _norm_key(k) not in ("face", "faces") and _FACE.intersection(key_words(_key_text(k)))
        for k in value
    )


def _is_box(value: object) -> bool:
    if isinstance(value, list):
        return len(value) == 4 and all(_is_number(x) for x in value)
    if isinstance(value, dict):
        return 2 <= sum(1 for v in value.values() if _is_number(v)) <= 6
    return False


def _face_record_key(key: str) -> bool:
    """A head angle, a pose or a face-named key: every face record has one."""
    name = _norm_key(key)
    return name in _ANGLE_KEYS or "pose" in name or bool(_FACE.intersection(key_words(key)))


@structure("face_record", kind=dict, size=(2, 60), needs=(_face_record_key,))
def face_record(value: object) -> str | None:
    """One face as a detector reports it, whatever the struct's spelling
    (SenseTime `st_mobile_106_t`: rect, score, points_array, yaw, pitch, roll;
    ByteDance effect, Face++ and ArcSoft outputs alike): a point list of a
    dense face model's count (68, 98, 106, 468...) with head angles or beside a
    face-named key (`n_faces`, `faceBox`); a sparse set (the 5 keypoints of
    RetinaFace / SCRFD / MTCNN: eyes, nose tip, mouth corners) only with a
    face-named box and a head pose together, as auto-framing telemetry sends
    them. A route or drawing of the same length has no head angles, meshes and
    watch faces are not a person's, and objects with geographic keys are never
    matched."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 60:
        return None
    count = sparse = 0
    drawn = False
    for k, v in value.items():
        if not isinstance(v, list | dict) or len(v) < 3 or _polygon_key(_key_text(k)):
            continue  # most objects hold no list long enough: they end here
        points = _landmark_points(v)
        if points in _DENSE_COUNTS or (isinstance(v, dict | list) and face_points(v)):
            count = points if points in _DENSE_COUNTS else len(v)  # type: ignore[arg-type]
            drawn = bool(_DRAWING_WORDS.intersection(key_words(_key_text(k))))
            break
        sparse = sparse or points
    if not count and not sparse:
        return None
    words = {w for k in value for w in key_words(_key_text(k))}
    if words & _GEO_WORDS:
        return None
    keys = {_norm_key(k): v for k, v in value.items()}
    angles = sum(1 for k in _ANGLE_KEYS if _is_number(keys.get(k)))
    pose = angles >= 2 or any(
        isinstance(v, dict) and len({_norm_key(x) for x in v} & _ANGLE_KEYS) >= 2
        for k, v in keys.items()
        if "pose" in k
    )
    box = any(_is_box(v) for k, v in keys.items() if k in _BOX_KEYS)
    face_named = bool(words & _FACE) and not words & _NOT_A_PERSON
    if count and pose:
        return f"face detector record: {count} landmark points with head angles"
    if count and box and words & _FACE:
        return f"face detector record: {count} landmark points with a face box"
    if count and face_named and not drawn and _face_named_key(value):
        return f"face detector record: {count} landmark points beside a face-named key"
    if sparse and pose and box and face_named:
        return f"face detector record: {sparse} keypoints with a face box and head pose"
    return None


# -- facial measurements ------------------------------------------------------------

_FACE_PARTS = frozenset(
    ["jaw", "jawline", "chin", "cheek", "cheekbone", "cheekbones", "eye",
     "eyes", "brow", "eyebrow", "forehead", "nose", "nasal", "lip", "lips", "mouth", "temple",
     "philtrum", "midface", "canthal", "interpupillary", "pupil", "pupillary", "zygomatic"]
)  # fmt: skip
_MEASURE_WORDS = frozenset(
    ["ratio", "aspect", "distance", "dist", "spacing", "proportion", "proportions", "symmetry",
     "index", "angle", "tilt", "ipd"]
)  # fmt: skip


@structure("face_measurements", kind=dict, size=(2, 80), words=_FACE_PARTS)
def face_measurements(value: object) -> str | None:
    """Two or more numbers that measure a face (jaw width ratio, eye spacing,
    face aspect, facial symmetry): a face-shape analysis. Avatar-editor sliders
    (`jawWidth: 0.6`) carry no measurement word and are not matched."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    found = []
    for k, v in value.items():
        words = key_word_set(_key_text(k))
        if (
            _is_number(v)
            and not isinstance(v, bool)
            and words & _FACE_PARTS
            and (words & _MEASURE_WORDS)
        ):
            found.append(_key_text(k))
    if len(found) >= 2:
        return "facial measurements: " + ", ".join(found[:4])
    return None


# -- vital signs read off a face video, and face-region colour traces ---------------


@lru_cache(maxsize=16384)
def _vital(key: str) -> str:
    words = key_word_set(key)
    if words & _SETTING_WORDS:
        return ""
    if words & {"hrv", "sdnn", "rmssd", "lnrmssd"}:
        return "heart rate variability"
    if ("heart" in words and "rate" in words) or words & {"hr", "pulse"}:
        return "heart rate"
    if words & {"breathing", "respiratory", "respiration", "breath"}:
        return "breathing rate"
    if words & {"systolic", "diastolic"} or {"blood", "pressure"} <= words:
        return "blood pressure"
    if "stress" in words:
        return "stress"
    if "spo2" in words or {"oxygen", "saturation"} <= words:
        return "oxygen saturation"
    return ""


@structure("face_vitals", kind=dict, size=(2, 80), needs=(_vital,))
def face_vitals(value: object) -> str | None:
    """Two or more vital signs (heart rate, HRV, breathing rate, blood pressure,
    stress, SpO2) as numbers: only for rules whose context says they were read
    off a face video (camera rPPG), where they come with a face-estimated age."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    found: list[str] = []
    for k, v in value.items():
        vital = _vital(_key_text(k))
        if vital and vital not in found and _is_number(v) and not isinstance(v, bool):
            found.append(vital)
    if len(found) >= 2:
        return "vital signs from a face scan: " + ", ".join(found)
    return None


_FACE_REGIONS = frozenset(
    ["forehead", "cheek", "cheeks", "glabella", "nose", "chin", "malar", "temple", "philtrum"]
)


def _trace(value: object) -> bool:
    """A signal trace: a long list of numbers, or colour channels of such lists."""
    if isinstance(value, list):
        return len(value) >= 30 and all(_is_number(x) for x in value)
    if isinstance(value, dict):
        return bool(value) and all(_trace(v) for v in value.values())
    return False


@structure("face_roi_traces", kind=dict, size=(2, None), words=_FACE_REGIONS)
def face_roi_traces(value: object) -> str | None:
    """Colour or signal traces per face region (forehead, left cheek, right
    cheek...): the raw rPPG input that camera vital-sign SDKs send off."""
    if not isinstance(value, dict) or len(value) < 2:
        return None
    regions = [
        k
        for k, v in value.items()
        if _FACE_REGIONS.intersection(key_words(_key_text(k))) and _trace(v)
    ]
    if len(regions) >= 2:
        return "signal traces per face region: " + ", ".join(str(r) for r in regions[:4])
    return None


@structure("binary_payload")
def binary_payload(value: object) -> str | None:
    """Raw bytes of some size (a binary file part, an octet-stream body): only
    under a key that already says what the bytes are (`face_patches`)."""
    if isinstance(value, bytes | bytearray) and len(value) >= 256:
        return f"{len(value)} bytes of binary data"
    return None


# Round 63 (set 241): a capture SDK's own container posted as raw bytes, a short header of
# its own before a JPEG or PNG (Innovatrics DOT's MagnifEye liveness content to DIS
# `/customers/{id}/liveness/records`, `DOT\x02` then `\xff\xd8\xff`), or the picture itself
# sent as `application/octet-stream`. The image must start within the first 64 bytes: a
# JPEG thumbnail deep inside an archive or a document is not the body's content.
_IMAGE_STARTS = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")
_CONTAINER_HEADER = 64


@structure("image_in_binary", kind=bytes)
def image_in_binary(value: object) -> str | None:
    """Raw bytes (256 or more) holding a JPEG or PNG at their start or behind a short
    container header."""
    if not isinstance(value, bytes | bytearray) or len(value) < 256:
        return None
    head = bytes(value[: _CONTAINER_HEADER + 8])
    for magic in _IMAGE_STARTS:
        at = head.find(magic)
        if 0 <= at <= _CONTAINER_HEADER:
            where = f" behind a {at}-byte container header" if at else ""
            return f"{len(value)} raw bytes holding an image{where}"
    return None
