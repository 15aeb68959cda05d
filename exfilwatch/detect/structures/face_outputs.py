"""What face software reports about a face, in shapes no key name gives away:
the outcome of a face check under a face-named object (a lock's unlock event,
a gym's entrance check-in), emotion scores with the face box they were read
from (expression-measurement APIs), and landmark regions named after face
parts (Apple Vision's `VNFaceLandmarks2D`, ML Kit's `FaceContour`).

Each detector reads key names as words, so vendors' spellings (`matchScore`,
`face_similarity`, `LEFT_EYEBROW_TOP`, `leftEyebrow`) are one family, and
checks the values' shape so that settings, labels and drawings stay silent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import (
    _is_number,
    _key_set_has,
    _key_text,
    _norm_text,
    key_word_set,
    key_words,
    structure,
)
from .biometric_words import expression_key, modality_key, word_roles
from .biometric_words import lexicon as biometric_lexicon
from .face_signals import (
    _SETTING_WORDS,
    _has_score,
    _is_box,
    _match_key,
    _verification_role,
)
from .faces import _point


def _outcome(value: object) -> bool:
    """A score: a number, or an outcome object holding one."""
    if _is_number(value) and not isinstance(value, bool):
        return True
    return isinstance(value, dict) and _has_score(value)


@structure("face_check", kind=dict, size=(1, 60), needs=(_match_key,))
def face_check(value: object) -> str | None:
    """The outcome of a face check: a similarity, match score, liveness or
    anti-spoofing score. Only under a key that names the face (`face`,
    `faceResult`, `selfie`): a face-named object that holds a match score is a
    face comparison, whatever else sits beside it (a door lock's 3D face
    unlock, a gym gate's face check-in)."""
    if not isinstance(value, dict) or not 1 <= len(value) <= 60:
        return None
    for k, v in value.items():
        key = _key_text(k)
        if _verification_role(key) == "match" and _outcome(v):
            return f"face check outcome ({key})"
    return None


_LEXICON_OUTCOME = frozenset(["match", "liveness"])


@lru_cache(maxsize=16384)
def _outcome_key(key: str) -> bool:
    """A child key that names a match or liveness outcome: in English as above,
    or a similarity / liveness word of any language in the biometric lexicon
    (`vastaavuus`, `elävyys`, `sovpadenie`)."""
    if _verification_role(key) == "match":
        return True
    words = key_words(key)
    if _SETTING_WORDS.intersection(words):  # `matchThreshold` is a setting, not an outcome
        return False
    lexicon = biometric_lexicon()
    return any(lexicon.word(w) in _LEXICON_OUTCOME for w in words)


@structure("named_face_check", kind=dict, size=(1, 80), needs=(modality_key,))
def named_face_check(value: object) -> str | None:
    """An object under a key that names the face in any language
    (`kasvotunnistus`, `reconocimientoFacial`) holding a match or liveness score:
    the outcome of comparing the person's face. The face key is read through the
    lexicon, so a card, watch or font face is vetoed there."""
    if not isinstance(value, dict) or not _key_set_has(modality_key, tuple(value)):
        return None
    for k, v in value.items():
        key = _key_text(k)
        if "face" not in word_roles(key) or not isinstance(v, dict) or not 1 <= len(v) <= 60:
            continue
        for child, score in v.items():
            if _outcome_key(_key_text(child)) and _outcome(score):
                return f"face check outcome ({_key_text(child)}) under {key!r}"
    return None


# -- emotion scores read off a face -------------------------------------------------

_NAME_KEYS = ("name", "label", "emotion", "expression", "category", "categoryname", "type")
_SCORE_KEYS = ("score", "value", "probability", "prob", "confidence", "weight", "intensity")


def _named_score(item: object) -> bool:
    """`{"name": "Joy", "score": 0.41}`, Rekognition's `{"Type": "HAPPY", "Confidence": 97.1}`."""
    if not isinstance(item, dict) or not 2 <= len(item) <= 8:
        return False
    low = {str(k).lower(): v for k, v in item.items()}
    name = next((low[k] for k in _NAME_KEYS if k in low), None)
    score = next((low[k] for k in _SCORE_KEYS if k in low), None)
    return isinstance(name, str) and 0 < len(name) <= 40 and _is_number(score)


@structure("emotion_scores", size=(3, 200))
def emotion_scores(value: object) -> str | None:
    """Three or more scored emotions, as a list of name/score objects or a map
    of names to numbers."""
    if isinstance(value, list) and 3 <= len(value) <= 200:
        if all(_named_score(item) for item in value):
            return f"{len(value)} emotion scores"
        return None
    if isinstance(value, dict) and 3 <= len(value) <= 200:
        scored = [
            k for k, v in value.items() if _is_number(v) and not isinstance(v, bool) and str(k)
        ]
        if len(scored) >= 3 and len(scored) >= len(value) * 0.8:
            return f"{len(scored)} emotion scores"
    return None


_EMOTION_WORDS = frozenset(
    ["emotion", "emotions", "expression", "expressions", "affect", "affects"]
)
_FACE_BOX_KEYS = frozenset(
    ["box", "bbox", "boundingbox", "facebox", "facebbox", "facerect", "facerectangle",
     "faceboundingbox", "region", "faceregion"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _emotion_key(key: str) -> bool:
    return bool(_EMOTION_WORDS.intersection(key_words(key)))


@lru_cache(maxsize=16384)
def _face_box_key(key: str) -> bool:
    return _norm_text(key) in _FACE_BOX_KEYS


@structure("face_emotions", kind=dict, size=(2, 60), needs=(_emotion_key, _face_box_key))
def face_emotions(value: object) -> str | None:
    """One face's emotion scores: three or more scored emotions beside the face
    box they were measured in (Hume's face predictions, Rekognition's Emotions
    with its BoundingBox, Azure's scores with a faceRectangle). Scores with a
    box were read off a face; a text's sentiment has no box, and a mood
    journal's `emotion: "happy"` has no scores."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 60:
        return None
    keys = tuple(value)
    if not _key_set_has(_emotion_key, keys) or not _key_set_has(_face_box_key, keys):
        return None
    if not any(_face_box_key(_key_text(k)) and _is_box(v) for k, v in value.items()):
        return None
    for k, v in value.items():
        if _emotion_key(_key_text(k)):
            found = emotion_scores(v)
            if found:
                return f"{found} with the face box they were read from"
    return None


# -- landmark regions named after face parts ------------------------------------------

_FACE_PARTS = frozenset(
    ["eye", "eyes", "eyebrow", "eyebrows", "brow", "brows", "eyelid", "pupil", "pupils", "iris",
     "nose", "nostril", "nostrils", "lip", "lips", "mouth", "jaw", "jawline", "chin", "cheek",
     "cheeks", "forehead", "philtrum", "ear", "ears"]
)  # fmt: skip
_OUTLINE = frozenset(["contour", "outline", "oval", "silhouette"])
# Maps, drawings and calibration targets also have named point lists.
_NOT_A_FACE = frozenset(
    ["lat", "lng", "lon", "latitude", "longitude", "route", "waypoint", "waypoints", "stroke",
     "strokes", "brush", "sticker", "emoji", "cartoon", "marker", "markers", "polygon", "zone",
     "zones", "room", "floor", "needle", "hurricane", "storm", "camera", "lens", "drawing",
     "canvas", "doodle", "character", "svg", "path", "glyph", "mascot"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _part_key(key: str) -> bool:
    """`leftEyebrow`, `LEFT_EYEBROW_TOP`, `outer_lips`, `faceContour`: a face part."""
    words = key_word_set(key)
    return bool(words & _FACE_PARTS) or ("face" in words and bool(words & _OUTLINE))


@lru_cache(maxsize=16384)
def _not_a_face(key: str) -> bool:
    return bool(_NOT_A_FACE.intersection(key_words(key)))


def _region_points(value: object) -> int:
    """How many points a region holds: a point list, or an object with one
    under a points key (`{"pointCount": 8, "normalizedPoints": [...]}`)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if "points" in _key_text(k).lower():
                return _region_points(v)
        return 0
    if isinstance(value, list) and 1 <= len(value) <= 512 and all(_point(p) for p in value):
        return len(value)
    return 0


@lru_cache(maxsize=16384)
def _sided_part(key: str) -> bool:
    """`leftEye`, `RIGHT_EYEBROW_TOP`: every face model names sides of the face."""
    words = key_word_set(key)
    return bool(words & {"left", "right"}) and _part_key(key)


def _named_regions(value: dict) -> tuple[int, int]:
    regions = points = 0
    sided = False
    for k, v in value.items():
        key = _key_text(k)
        if _part_key(key):
            count = _region_points(v)
            if count:
                regions += 1
                points += count
                sided = sided or _sided_part(key)
    return (regions, points) if sided else (0, 0)


def _typed_regions(value: list) -> tuple[int, int]:
    """ML Kit style: `[{"type": "LEFT_EYE", "points": [...]}, ...]`."""
    regions = points = 0
    sided = False
    for item in value:
        if not isinstance(item, dict):
            return 0, 0
        name = item.get("type") or item.get("name") or item.get("contourType") or ""
        if isinstance(name, str) and _part_key(name):
            count = _region_points(item)
            if count:
                regions += 1
                points += count
                sided = sided or _sided_part(name)
    return (regions, points) if sided else (0, 0)


@structure("face_regions", size=(3, 60), needs=(_part_key,))
def face_regions(value: object) -> str | None:
    """Three or more landmark regions named after face parts (eyes, brows,
    lips, nose, face contour), each a list of points, eight points or more in
    all, one of them named by its side of the face (`leftEye`, `RIGHT_EYEBROW`):
    the layout of Apple Vision's `VNFaceLandmarks2D`, of ML Kit's face contours
    and of dlib's grouped landmarks. Objects with map or drawing keys are never
    matched."""
    if isinstance(value, dict):
        if not 3 <= len(value) <= 60:
            return None
        keys = tuple(value)
        if not _key_set_has(_part_key, keys) or _key_set_has(_not_a_face, keys):
            return None
        regions, points = _named_regions(value)
    elif isinstance(value, list) and 3 <= len(value) <= 60 and isinstance(value[0], dict):
        regions, points = _typed_regions(value)
    else:
        return None
    if regions >= 3 and points >= 8:
        return f"{regions} face landmark regions named after face parts ({points} points)"
    return None


# -- a comparison's verdict beside its score ----------------------------------------

_VERDICT_WORDS = frozenset(["match", "matched", "matching", "same", "verified", "identical"])
_VERDICT_VALUES = frozenset(
    ["match", "matched", "nomatch", "notmatch", "notmatched", "mismatch", "unmatched",
     "same", "sameperson", "different", "differentperson", "notsame",
     # Azure speaker verification's `recognitionResult`, Didit face match's `status`
     "accept", "accepted", "reject", "rejected", "approved", "declined"]
)  # fmt: skip
_VERDICT_SCORES = frozenset(
    ["similarity", "similar", "sim", "score", "matchscore", "similarityscore", "prob",
     "probability", "confidence", "distance", "percentage", "percent"]
)  # fmt: skip


# A score's word after a comparison word (`matchPercentage`, `similarity_score`, Signzy's
# face match; round 64): the comparison's score, read as the bare score words are.
_SCORE_QUALIFIERS = _VERDICT_WORDS | frozenset(["similarity", "face", "compare", "comparison"])
# A score sent as text with its sign (`"93.14%"`): a percentage, not a label.
_PERCENT_TEXT = re.compile(r"\d{1,3}(?:[.,]\d{1,4})?\s?%")


@lru_cache(maxsize=8192)
def _score_key(key: str) -> bool:
    """`similarity`, `prob`, `matchPercentage`: a key holding a comparison's score."""
    if _norm_text(key) in _VERDICT_SCORES:
        return True
    words = key_words(key)
    return (
        len(words) >= 2
        and words[-1] in _VERDICT_SCORES
        and all(word in _SCORE_QUALIFIERS for word in words[:-1])
    )


def _percent_text(value: object) -> bool:
    return isinstance(value, str) and _PERCENT_TEXT.fullmatch(value.strip()) is not None


@lru_cache(maxsize=8192)
def _verdict_key(key: str) -> bool:
    """`isMatch`, `matched`, `same_person`, `verified`: a key that holds a yes/no
    verdict of a comparison (`matchThreshold`, `matchCount` are settings, counts)."""
    words = key_words(key)
    return bool(_VERDICT_WORDS.intersection(words)) and not _SETTING_WORDS.intersection(words)


def _verdict(key: str, value: object) -> bool:
    """A comparison's verdict: a boolean under a verdict key, or a verdict word
    (`MATCH`, `NOT_MATCH`, `same_person`) as the value of any key."""
    if isinstance(value, bool):
        return _verdict_key(key)
    return isinstance(value, str) and len(value) <= 24 and _norm_text(value) in _VERDICT_VALUES


@structure("compare_verdict", kind=dict, size=(2, 40))
def compare_verdict(value: object) -> str | None:
    """The answer of a one-to-one comparison: a verdict (`isMatch: true`,
    `msg: MATCH`, `recognitionResult: Accept`) AND the score it was read from
    (`similarity: 80.26`, `prob: 83.33`). Face-compare APIs (FPT.AI checkface,
    VNPT eKYC face/compare) and speaker verification (Azure) answer in this
    shape; a face DETECTOR's answer (boxes and a detection confidence) has no
    verdict, and a verdict without a score is a status. The shape alone says
    nothing of faces or voices: rules use it only on a URL that names a face or
    speaker comparison."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 40:
        return None
    verdict = score = ""
    for k, v in value.items():
        key = _key_text(k)
        if not verdict and _verdict(key, v):
            verdict = key
        elif (
            not score
            and (_is_number(v) or _percent_text(v))
            and not isinstance(v, bool)
            and _score_key(key)
        ):
            score = key
    if verdict and score:
        return f"comparison verdict ({verdict}) with its score ({score})"
    return None


# -- what a face analyser read off a face, named in any language --------------------

_AGE_QUALIFIERS = frozenset(["estimated", "estimate", "apparent", "predicted", "perceived"])
_LONGEST_TRAIT_TEXT = 32


def _trait_value(value: object) -> bool:
    """A trait's reading: a number or a short label (`hapus`, `feliz`), not an object."""
    if isinstance(value, bool):
        return False
    if _is_number(value):
        return True
    return isinstance(value, str) and 0 < len(value) <= _LONGEST_TRAIT_TEXT


@lru_cache(maxsize=16384)
def _face_trait(key: str) -> str:
    """Which trait a key reads off the face ("" for none): `expression` for a face
    word with an emotion, expression or smile word (`wyneb_emosiwn`,
    `rostro_emocion`), `age` for a face word with an age and an estimate word
    (`wyneb_oed_amcan`, `visage_age_estime`). A stated age beside a face photo
    (`face_photo`, `age`) is two keys, neither of them this."""
    if "face" not in word_roles(key) or _SETTING_WORDS.intersection(key_words(key)):
        return ""
    if expression_key(key):
        return "expression"
    classes = {biometric_lexicon().word(w) for w in key_words(key)}
    words = set(key_words(key))
    estimated = "trait_estimated" in classes or bool(words & _AGE_QUALIFIERS)
    if estimated and ("trait_age" in classes or "age" in words):
        return "age"
    return ""


# A face analyser's reading may be a map: an emotion scored per class (`முக_உணர்ச்சி:
# {மகிழ்ச்சி: 0.2, சோகம்: 0.1, ...}`, Tamil "face emotion": happy, sad) or the head's
# pose (`mugam_kondam: {yaw, roll}`, "face angle"). Its age estimate may drop the face
# word (`vayathu_kanippu`, "age estimate") when a face-named reading sits beside it.
_POSE_ANGLES = frozenset(["yaw", "pitch", "roll"])
_MAX_SCORED_CLASSES = 12


def _scores_map(value: object) -> bool:
    """2 to 12 class scores (0..1 or a percentage): an emotion read per class."""
    if not isinstance(value, dict) or not 2 <= len(value) <= _MAX_SCORED_CLASSES:
        return False
    return all(_is_number(v) and not isinstance(v, bool) and 0 <= v <= 100 for v in value.values())


def _pose_map(value: object) -> bool:
    """`{yaw: 3.1, roll: -7.7}`: two or more of a head's angles, in degrees."""
    if not isinstance(value, dict):
        return False
    angles = [v for k, v in value.items() if _norm_text(_key_text(k)) in _POSE_ANGLES]
    return len(angles) >= 2 and all(_is_number(v) and abs(v) <= 180 for v in angles)


def _face_reading(key: str, value: object) -> bool:
    """A face-named key holding a trait's reading, a per-class score map or a pose."""
    trait = _face_trait(key)
    if trait and (_trait_value(value) or (trait == "expression" and _scores_map(value))):
        return True
    faced = "face" in word_roles(key) and not _SETTING_WORDS.intersection(key_words(key))
    return faced and _pose_map(value)


@lru_cache(maxsize=16384)
def _unfaced_age_estimate(key: str) -> bool:
    """`vayathu_kanippu`, `estimated_age`: an age estimate named without the face."""
    classes = {biometric_lexicon().word(w) for w in key_words(key)}
    words = set(key_words(key))
    estimated = "trait_estimated" in classes or bool(words & _AGE_QUALIFIERS)
    return estimated and ("trait_age" in classes or "age" in words)


@structure("face_named_traits", kind=dict, size=(2, 80), needs=(modality_key,))
def face_named_traits(value: object) -> str | None:
    """Two or more traits a face analyser reads off a face (an estimated age, an
    emotion, a smile), each under a key that names the face in the app's language
    and holding a reading: a dating app's photo scorer or a kiosk's audience meter
    forwards them as event properties. One such key alone may be an avatar's or a
    filter's setting; two readings of the face in one object are an analysis."""
    if not isinstance(value, dict) or not _key_set_has(modality_key, tuple(value)):
        return None
    found = [_key_text(k) for k, v in value.items() if _face_reading(_key_text(k), v)]
    if found:
        found += [
            _key_text(k)
            for k, v in value.items()
            if _is_number(v) and _unfaced_age_estimate(_key_text(k)) and _key_text(k) not in found
        ]
    if len(found) >= 2:
        return "face traits read off a face: " + ", ".join(found[:4])
    return None
