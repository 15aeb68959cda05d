"""Face and voice shapes: embeddings, landmark sets and meshes, blendshapes,
face-analysis results, ML Kit faces, speaker vectors."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..validators import (
    EMBEDDING_SIZES,
    float32_vector,
    is_float32_vector,
)
from ._common import (
    _is_number,
    _norm_key,
    _numeric,
    key_words,
    structure,
)
from .biometric_words import lexicon as biometric_lexicon
from .body_pose import body_pose_points

# Landmark counts of common face models: dlib 5/68, 98 (WFLW), 106 (Face++ dense,
# ByteDance effects), 81/83 (Face++), 27 (Azure Face), 30 (Rekognition), 468/478 (MediaPipe face
# mesh), 1220 (ARKit face geometry vertices).
LANDMARK_COUNTS = frozenset([5, 27, 30, 68, 81, 83, 98, 106, 468, 478, 1220])

_BLENDSHAPES = [
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight",
    "eyeLookDownLeft", "eyeLookDownRight", "eyeLookInLeft", "eyeLookInRight",
    "eyeLookOutLeft", "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight",
    "eyeSquintLeft", "eyeSquintRight", "eyeWideLeft", "eyeWideRight", "jawForward",
    "jawLeft", "jawOpen", "jawRight", "mouthClose", "mouthDimpleLeft", "mouthDimpleRight",
    "mouthFrownLeft", "mouthFrownRight", "mouthFunnel", "mouthLeft", "mouthLowerDownLeft",
    "mouthLowerDownRight", "mouthPressLeft", "mouthPressRight", "mouthPucker", "mouthRight",
    "mouthRollLower", "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper",
    "mouthSmileLeft", "mouthSmileRight", "mouthStretchLeft", "mouthStretchRight",
    "mouthUpperUpLeft", "mouthUpperUpRight", "noseSneerLeft", "noseSneerRight", "tongueOut",
]  # fmt: skip


# OpenXR enumerants wrap the expression name: `XR_FACE_EXPRESSION2_BROW_LOWERER_L_FB`
# (XR_FB_face_tracking / XR_FB_face_tracking2), `FaceExpression2BrowLowererLFB` in
# generated bindings.
_XR_WRAP_RE = re.compile(r"^(?:XR_?)?FACE_?EXPRESSION2?_?(?=[A-Z])|_?FB$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _blendshape_key(name: str) -> str:
    """`eyeBlinkLeft`, `eyeBlink_L` (ARKit raw values) and `EYE_BLINK_LEFT` are one name;
    an OpenXR enumerant is its expression name."""
    name = _XR_WRAP_RE.sub("", name)
    name = re.sub(r"_L$", "Left", re.sub(r"_R$", "Right", name))
    return re.sub(r"[^a-z]", "", name.lower())


# Meta's OVRFaceExpressions (Quest Pro / Quest 3 face tracking, FACS-based): 63 weights
# in 0..1, named `BrowLowererL`, `JawDrop`, `LipCornerPullerR`; OpenXR's XR_FB_face_tracking
# spells them `BROW_LOWERER_L`, VRCFaceTracking `Brow_Lowerer_L`.
_OVR_EXPRESSIONS = [
    "BrowLowererL", "BrowLowererR", "CheekPuffL", "CheekPuffR", "CheekRaiserL", "CheekRaiserR",
    "CheekSuckL", "CheekSuckR", "ChinRaiserB", "ChinRaiserT", "DimplerL", "DimplerR",
    "EyesClosedL", "EyesClosedR", "EyesLookDownL", "EyesLookDownR", "EyesLookLeftL",
    "EyesLookLeftR", "EyesLookRightL", "EyesLookRightR", "EyesLookUpL", "EyesLookUpR",
    "InnerBrowRaiserL", "InnerBrowRaiserR", "JawDrop", "JawSidewaysLeft", "JawSidewaysRight",
    "JawThrust", "LidTightenerL", "LidTightenerR", "LipCornerDepressorL", "LipCornerDepressorR",
    "LipCornerPullerL", "LipCornerPullerR", "LipFunnelerLB", "LipFunnelerLT", "LipFunnelerRB",
    "LipFunnelerRT", "LipPressorL", "LipPressorR", "LipPuckerL", "LipPuckerR", "LipStretcherL",
    "LipStretcherR", "LipSuckLB", "LipSuckLT", "LipSuckRB", "LipSuckRT", "LipTightenerL",
    "LipTightenerR", "LipsToward", "LowerLipDepressorL", "LowerLipDepressorR", "MouthLeft",
    "MouthRight", "NoseWrinklerL", "NoseWrinklerR", "OuterBrowRaiserL", "OuterBrowRaiserR",
    "UpperLidRaiserL", "UpperLidRaiserR", "UpperLipRaiserL", "UpperLipRaiserR",
    # XR_FB_face_tracking2 (70 weights) adds the tongue.
    "TongueTipInterdental", "TongueTipAlveolar", "TongueFrontDorsalPalate",
    "TongueMidDorsalPalate", "TongueBackDorsalVelar", "TongueOut", "TongueRetreat",
]  # fmt: skip


def _ovr_keys(name: str) -> set[str]:
    """`EyesClosedL` as written, and as `Eyes_Closed_L` reads after `_blendshape_key`."""
    base = name.lower()
    side = re.fullmatch(r"(.*[a-z])([LR])", name)
    if side is None:
        return {base}
    return {base, side.group(1).lower() + ("left" if side.group(2) == "L" else "right")}


BLENDSHAPE_NAMES = frozenset(_blendshape_key(n) for n in _BLENDSHAPES) | frozenset(
    k for n in _OVR_EXPRESSIONS for k in _ovr_keys(n)
)
_FACE_ATTRIBUTE_GROUPS = {
    # an audience-measurement camera's abbreviations (`age_est`, `gender_est`: a kiosk's or a
    # signage screen's estimates of the people in front of it), round 66 (set 260)
    "age": {"age", "agerange", "estimatedage", "agelow", "agehigh", "ageestimate", "apparentage",
            "ageest", "ageestimated", "agepred", "agepredicted", "predictedage"},
    "gender": {"gender", "sex", "genderprobability", "genderscore", "genderest",
               "genderestimate", "estimatedgender", "genderpred", "predictedgender"},
    "emotion": {
        "emotion", "emotions", "smile", "smiling", "smilingprobability", "facialexpression",
        "emotionest", "dominantemotion", "predictedemotion",
    },
    "ethnicity": {"ethnicity", "race", "skinstatus", "skintone"},
    "pose": {"headpose", "headeulerangle", "headeuleranglex", "headeulerangley", "headeuleranglez"},
    "face": {
        "facerectangle", "facetoken", "landmark", "landmarks", "facelandmarks", "facequality",
        "faceid", "beauty", "eyestatus", "mouthstatus", "glasses", "eyeglasses", "sunglasses",
        "leftcheekposition", "lefteyeopenprobability", "righteyeopenprobability", "facialhair",
        "beard", "mustache", "eyesopen", "mouthopen", "occlusion", "facemask", "mask", "blur",
        "qualityforrecognition", "eyegaze", "eyedirection", "facedetectionconfidence",
        "faceconfidence", "facescore", "faceprobability", "detectionscore", "detscore",
    },
}  # fmt: skip
# Keys that are face-specific only when their value has the right shape: a head
# pose object, a face box.
_POSE_KEYS = frozenset(["pose", "headpose"])
_POSE_PARTS = frozenset(["yaw", "pitch", "roll"])
_BOX_KEYS = frozenset(["boundingbox", "box", "bbox", "rect", "facebox"])
_PERSONAL_GROUPS = ("age", "gender", "emotion", "ethnicity")
# Every key that can put an object into an attribute group (the detectors' gate).
_ATTRIBUTE_KEYS = frozenset().union(*_FACE_ATTRIBUTE_GROUPS.values(), _POSE_KEYS)


def _blendshape_name(key: str) -> bool:
    return _blendshape_key(key) in BLENDSHAPE_NAMES


@structure("embedding", kind=list)
def embedding(value: object) -> str | None:
    """Floats of an embedding size with L2 norm near 1 (or all in [-1, 1])."""
    if not isinstance(value, list) or len(value) not in EMBEDDING_SIZES:
        return None
    if not all(_is_number(x) for x in value):
        return None
    if sum(1 for x in value if isinstance(x, float)) < len(value) * 0.9:
        return None
    norm = math.sqrt(sum(x * x for x in value))
    bounded = all(-1.0 <= x <= 1.0 for x in value)
    if 0.9 <= norm <= 1.1 or (bounded and norm > 0.5):
        return f"{len(value)}-dimensional float vector, L2 norm {norm:.2f}"
    return None


# A width or a height makes an `x, y` record a rectangle: a face box (a blur mask's, a
# detector's) says where a face is in a frame, and measures nothing of it (round 44).
_EXTENT_KEYS = frozenset(
    ["w", "h", "width", "height", "largura", "altura", "ancho", "alto", "largeur", "hauteur",
     "breite", "hoehe", "lebar", "tinggi", "larghezza", "altezza", "breedte", "hoogte"]
)  # fmt: skip


def _point(item: object) -> bool:
    if isinstance(item, list | tuple):
        return len(item) in (2, 3) and all(_is_number(x) for x in item)
    if isinstance(item, dict):
        keys = {_norm_key(k) for k in item}
        return (
            {"x", "y"} <= keys
            and not keys & _EXTENT_KEYS
            and all(_is_number(v) for k, v in item.items() if _norm_key(k) in ("x", "y", "z"))
        )
    return False


def _index_triples(value: list) -> bool:
    """A 3-D model's faces: triples of whole vertex indices, never coordinates."""
    return all(
        isinstance(p, list | tuple)
        and len(p) == 3
        and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in p)
        for p in value
    )


@structure("landmarks", size=(5, None))
def landmarks(value: object) -> str | None:
    """A list of 2-D or 3-D points (or a flat coordinate list, or a map of named
    points) of a face model's landmark count."""
    if isinstance(value, dict):
        named = [v for v in value.values() if _point(v)]
        if len(named) >= 5 and len(named) >= len(value) * 0.8 and not body_pose_points(value):
            return f"{len(named)} named landmark points"
        return None
    if not isinstance(value, list) or len(value) < 5:
        return None
    if all(_point(p) for p in value):
        if body_pose_points(value):
            return None
        if len(value) in LANDMARK_COUNTS and not _index_triples(value):
            return f"{len(value)} landmark points"
        return None
    if all(_is_number(x) for x in value):
        for dims in (2, 3):
            if len(value) % dims == 0 and len(value) // dims in LANDMARK_COUNTS:
                return f"{len(value) // dims} landmark points as a flat {dims}-D list"
    return None


def _coordinate_row(item: object) -> int:
    """The width of one numeric row (1-3 coordinates), 0 when it is not one."""
    if isinstance(item, list | tuple) and 1 <= len(item) <= 3 and all(_is_number(x) for x in item):
        return len(item)
    return 0


@structure("landmark_rows", kind=list, size=(27, 1220))
def landmark_rows(value: object) -> str | None:
    """One short numeric row per point, of a face model's landmark count (27 or more).

    WHY: trackers serialise points as rows whose width varies with the exporter (x/y,
    x/y/z, or one packed coordinate per row); the rule's key names the count
    (`lmk106`, `landmarks_68`), so only the row count and the rows' uniform width are
    checked here. A 5-point list and a pose's joints are left to the other detectors."""
    if not isinstance(value, list) or len(value) not in LANDMARK_COUNTS or len(value) < 27:
        return None
    widths = {_coordinate_row(p) for p in value}
    if len(widths) != 1 or 0 in widths or body_pose_points(value):
        return None
    return f"{len(value)} landmark rows of {widths.pop()} coordinate(s)"


@structure("points", size=(3, None))
def points(value: object) -> str | None:
    """Any list of 5 or more points: only with face context in the rule."""
    if body_pose_points(value):
        return None
    if isinstance(value, list) and len(value) >= 5 and all(_point(p) for p in value):
        return f"{len(value)} points"
    if isinstance(value, dict):
        named = [v for v in value.values() if _point(v)]
        if len(named) >= 3:
            return f"{len(named)} named points"
    return None


@structure("mesh", kind=list, size=(468, None))
def mesh(value: object) -> str | None:
    """A face mesh: vertices of a known face topology, flat or as points."""
    if not isinstance(value, list):
        return None
    if len(value) in (468, 478, 1220) and all(_point(p) for p in value):
        return f"face mesh of {len(value)} vertices"
    if len(value) in (468 * 3, 478 * 3, 1220 * 3) and all(_is_number(x) for x in value):
        return f"face mesh of {len(value) // 3} vertices (flat)"
    return None


@structure("blendshapes", size=(5, None), needs=(_blendshape_name,))
def blendshapes(value: object) -> str | None:
    """5+ facial-expression coefficients by ARKit / MediaPipe / Meta OVR name, weights 0..1."""
    if not isinstance(value, dict | list) or len(value) < 5:
        return None
    scores: dict[str, object] = {}
    if isinstance(value, dict):
        scores = {_blendshape_key(str(k)): v for k, v in value.items()}
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                name = (
                    item.get("categoryName")
                    or item.get("category_name")
                    or item.get("name")
                    or item.get("expression")
                    or item.get("blendShape")
                    or item.get("shape")
                )
                score = item.get("score", item.get("value", item.get("weight")))
                if isinstance(name, str):
                    scores[_blendshape_key(name)] = score
    known = [v for k, v in scores.items() if k in BLENDSHAPE_NAMES]
    if len(known) >= 5 and all(_is_number(v) and -0.01 <= v <= 1.01 for v in known):
        return f"{len(known)} facial blendshape coefficients"
    return None


def _attribute_groups(value: dict) -> list[str]:
    """The face-analysis groups an object's keys belong to; `pose` only for a
    yaw/pitch/roll object, so a game camera's bare angles never count."""
    keys = {_norm_key(k): v for k, v in value.items()}
    found = [g for g, names in _FACE_ATTRIBUTE_GROUPS.items() if keys.keys() & names]
    for name in _POSE_KEYS & keys.keys():
        pose = keys[name]
        parts = {_norm_key(k) for k in pose} if isinstance(pose, dict) else set()
        if len(parts & _POSE_PARTS) >= 2 and "pose" not in found:
            found.append("pose")
    return found


# An avatar / character editor's sliders (round 34, set 88): a face part joined to a
# dimension (`eyeSize`, `noseWidth`, `faceShape`, `jawLength`). A face analyser reports
# landmarks, boxes and estimates, never a cartoon's chosen shape and slider positions.
_AVATAR_PARTS = (
    "face|head|eye|eyes|nose|mouth|lip|lips|jaw|chin|brow|brows|eyebrow|eyebrows"
    "|cheek|cheeks|ear|ears|forehead"
)
_AVATAR_DIMENSIONS = "size|width|height|shape|spacing|length|depth|scale|style|type|tilt|distance"
_AVATAR_SLIDER = re.compile(rf"^(?:{_AVATAR_PARTS})(?:{_AVATAR_DIMENSIONS})$")
# Output only a face analyser produces: an editor object carrying any of these is
# analysis after all and stays matched.
_ANALYSER_ONLY = frozenset(
    ["facerectangle", "facetoken", "landmark", "landmarks", "facelandmarks", "faceid",
     "agerange", "estimatedage", "apparentage", "emotions", "headpose", "eyestatus"]
)  # fmt: skip


def _avatar_editor(value: dict) -> bool:
    """True for an avatar editor's choices: 2+ face-part sliders and no analyser output."""
    keys = {_norm_key(k) for k in value}
    if keys & _ANALYSER_ONLY:
        return False
    return sum(1 for k in keys if _AVATAR_SLIDER.match(k)) >= 2


@structure("face_attributes", kind=dict, size=(3, None), keys=_ATTRIBUTE_KEYS)
def face_attributes(value: object) -> str | None:
    """An object of face-analysis output (Rekognition FaceDetail, Azure
    faceAttributes, Face++ attributes, CompreFace result): 3+ attribute groups,
    one personal (age, gender, emotion, ethnicity) and one that only a face
    analyser produces (face parts, head pose). Self-declared age and gender on
    a profile have no face group and do not match."""
    if not isinstance(value, dict) or len(value) < 3 or _avatar_editor(value):
        return None
    found = _attribute_groups(value)
    personal = [g for g in found if g in _PERSONAL_GROUPS]
    facial = [g for g in found if g in ("face", "pose")]
    if len(found) >= 3 and personal and facial:
        return "face analysis: " + ", ".join(found)
    return None


@structure("face_attributes_loose", kind=dict, size=(2, None), keys=_ATTRIBUTE_KEYS)
def face_attributes_loose(value: object) -> str | None:
    """Two attribute groups of any kind: only for rules that already know the
    object is about a face (a `faceAttributes` key, a face API host)."""
    if not isinstance(value, dict):
        return None
    found = _attribute_groups(value)
    if len(found) >= 2:
        return "face analysis: " + ", ".join(found)
    return None


_MLKIT_KEYS = frozenset(
    [
        "headeuleranglex", "headeulerangley", "headeuleranglez", "lefteyeopenprobability",
        "righteyeopenprobability", "smilingprobability", "trackingid", "boundingbox",
        "allcontours", "alllandmarks", "contours", "facecapturequality",
    ]
)  # fmt: skip


@structure("mlkit_face", kind=dict, size=(2, None), keys=_MLKIT_KEYS)
def mlkit_face(value: object) -> str | None:
    """A serialised ML Kit / Vision `Face`: 2+ of its field names, one of them a
    head Euler angle, an eye/smile probability or Apple Vision's
    `faceCaptureQuality` (names no game or map uses)."""
    if not isinstance(value, dict):
        return None
    keys = {_norm_key(k) for k in value} & _MLKIT_KEYS
    specific = {
        k
        for k in keys
        if k.startswith("head") or k.endswith("probability") or k == "facecapturequality"
    }
    if len(keys) >= 2 and specific:
        return "ML Kit face fields: " + ", ".join(sorted(keys))
    return None


_FACE_PART_RE = re.compile(
    r"eye|pupil|nose|mouth|lip|brow|jaw|chin|cheek|ear|forehead|temple|iris|philtrum|contour"
)


# Body-pose models (COCO-17, MoveNet, BlazePose, OpenPose) name a few face points
# too (nose, eyes, ears), beside these: such a set is a body pose, not a face.
_BODY_PART_RE = re.compile(r"shoulder|elbow|wrist|hip|knee|ankle|heel|foot|toe|pelvis|torso")


def _face_part_name(key: str) -> bool:
    return bool(_FACE_PART_RE.search(key.lower()))


def _named_face_points(value: object) -> int:
    """How many points are named after face parts (Rekognition `Type`, Azure keys);
    0 for a body pose."""
    names: list[str] = []
    if isinstance(value, dict):
        names = [str(k).lower() for k, v in value.items() if _point(v)]
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and _point(item):
                name = item.get("Type") or item.get("type") or item.get("name") or ""
                if isinstance(name, str):
                    names.append(name.lower())
    if any(_BODY_PART_RE.search(name) for name in names) or body_pose_points(value):
        return 0
    return sum(1 for name in names if _FACE_PART_RE.search(name))


@structure("face_points", size=(3, None), needs=(_face_part_name,))
def face_points(value: object) -> str | None:
    """Points named after face parts (eyeLeft, noseTip, mouthRight...), 3 or more."""
    count = _named_face_points(value)
    if count >= 3:
        return f"{count} facial landmark points named after face parts"
    return None


@structure("vector", kind=list)
def vector(value: object) -> str | None:
    """An embedding as a float list, base64 float32 or comma-separated text."""
    if isinstance(value, list):
        return embedding(value)
    if isinstance(value, str):
        if "," in value and len(value) < 40_000:
            try:
                floats = [float(x) for x in value.strip("[] ").split(",")]
            except ValueError:
                return None
            found = embedding(floats)
            return f"{found} (as text)" if found else None
        decoded = float32_vector(value)
        if decoded is not None and is_float32_vector(value):
            return f"{len(decoded)}-dimensional float32 vector (base64)"
    return None


_LANDMARK_SET_KEYS = frozenset(["landmarks", "landmark", "lmks", "lmk", "landmarkpoints"])


@structure("vector_beside_landmark_points", kind=dict, size=(2, 40), keys=_LANDMARK_SET_KEYS)
def vector_beside_landmark_points(value: object) -> str | None:
    """An object holding both a landmark POINT SET and an embedding vector: a face
    SDK sends the descriptor beside the points it was aligned on. `landmarks` alone
    is no face (a travel app's landmarks are monuments, listed by name; a path
    segment `/landmarks/match` holds no points), so the points must be there, in
    the same object as the vector."""
    if not isinstance(value, dict):
        return None
    point_set = next(
        (
            k
            for k, v in value.items()
            if _norm_key(k) in _LANDMARK_SET_KEYS and (landmarks(v) or points(v))
        ),
        None,
    )
    if point_set is None:
        return None
    for k, v in value.items():
        if k != point_set and isinstance(v, list | str) and (found := vector(v)):
            return f"{found} under {k!r} beside landmark points {point_set!r}"
    return None


# Speaker-recognition embedding sizes: ECAPA-TDNN 192, d-vector 256, x-vector
# 512, i-vector 400 / 600, plus the common embedding sizes.
SPEAKER_SIZES = EMBEDDING_SIZES | frozenset([192, 200, 400, 600])


def _speaker_floats(value: object) -> list[float] | None:
    """The floats of a list, comma text or base64 float32 value, else None."""
    if isinstance(value, list):
        return value if all(_is_number(x) for x in value) else None
    if not isinstance(value, str):
        return None
    if "," in value and len(value) < 40_000:
        try:
            return [float(x) for x in value.strip("[] ").split(",")]
        except ValueError:
            return None
    return float32_vector(value, SPEAKER_SIZES)


@structure("speaker_vector", kind=list)
def speaker_vector(value: object) -> str | None:
    """A speaker embedding: x-vectors, d-vectors and ECAPA embeddings are not
    length-normalised (norms of 10-300 are usual), so the size, the share of
    non-integers, some spread and both signs are checked instead of the norm.
    Only under a voiceprint key."""
    floats = _speaker_floats(value)
    if not floats or len(floats) not in SPEAKER_SIZES:
        return None
    if sum(1 for x in floats if not float(x).is_integer()) < len(floats) * 0.9:
        return None
    if not all(math.isfinite(x) and abs(x) < 1000 for x in floats) or len(set(floats)) < 16:
        return None
    negative = sum(1 for x in floats if x < 0) / len(floats)
    if not 0.15 <= negative <= 0.85:  # embeddings are zero-centred; prices, pixels are not
        return None
    form = "base64 float32" if isinstance(value, str) and "," not in value else "float"
    return f"{len(floats)}-dimensional speaker embedding ({form})"


_BLENDSHAPE_VECTOR_SIZES = frozenset([51, 52, 53])


@structure("blendshape_vector", kind=list, size=(51, 53))
def blendshape_vector(value: object) -> str | None:
    """ARKit's 52 (MediaPipe's 52 with `_neutral`) expression weights as a bare
    list of numbers in 0..1: only under a key that says blendshapes."""
    if not isinstance(value, list) or len(value) not in _BLENDSHAPE_VECTOR_SIZES:
        return None
    if all(_is_number(x) and -0.01 <= x <= 1.01 for x in value):
        return f"{len(value)} facial blendshape weights"
    return None


# 3D morphable face models fitted to a camera frame give expression coefficients
# that are zero-centred, not 0..1: FLAME 50-100 (DECA, EMOCA), BFM 29-64, and ARKit
# blendshapes re-centred by some face filters.
_EXPRESSION_COEFF_SIZES = (10, 128)


@structure("expression_coeffs", kind=list, size=_EXPRESSION_COEFF_SIZES)
def expression_coeffs(value: object) -> str | None:
    """A 3DMM expression-coefficient vector (FLAME / BFM / re-centred ARKit): 10-128
    fractional numbers within +-10, both signs present, not a handful of repeats:
    only under a key that says expression coefficients or parameters."""
    low, high = _EXPRESSION_COEFF_SIZES
    if not isinstance(value, list) or not low <= len(value) <= high:
        return None
    if not all(_is_number(x) and not isinstance(x, bool) and -10 <= x <= 10 for x in value):
        return None
    if sum(1 for x in value if not float(x).is_integer()) < len(value) * 0.8:
        return None
    negative = sum(1 for x in value if x < 0)
    if not 0 < negative < len(value) or len(set(value)) < min(8, len(value)):
        return None
    return f"{len(value)} facial expression coefficients"


# -- face-derived traits --------------------------------------------------------

_TRAIT_WORDS = frozenset(
    ["age", "gender", "sex", "emotion", "emotions", "expression", "shape", "tone", "skin",
     "wrinkle", "wrinkles", "complexion", "pore", "pores", "acne", "eye", "eyes", "brow",
     "lip", "lips", "nose", "jaw", "chin", "cheek", "smile", "beauty", "attractiveness",
     "ethnicity", "race", "symmetry", "undertone", "spot", "spots", "oiliness"]
)  # fmt: skip


# The same traits in the other languages the biometric lexicon reads (Korean `nai` age,
# `gamjeong` emotion; Spanish `edad`, `piel`), round 47.
_TRAIT_CLASSES = frozenset(["trait_age", "trait_skin", "expression"])


@lru_cache(maxsize=8192)
def _trait_key(key: str) -> bool:
    words = key_words(key)
    if _TRAIT_WORDS.intersection(words):
        return True
    lexicon = biometric_lexicon()
    return any(lexicon.word(w) in _TRAIT_CLASSES for w in words)


@structure("face_traits", kind=dict, size=(2, 80), needs=(_trait_key,))
def face_traits(value: object) -> str | None:
    """Two or more traits read off a face (skin age, face shape, skin tone, eye
    shape, emotion, apparent age): only for rules whose key already says the
    object is a face analysis (`face_analysis`, `faceScan`, `skin_analysis`)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    traits = [
        k for k, v in value.items()
        if (_numeric(v) is not None or (isinstance(v, str) and 0 < len(v) <= 64))
        and _trait_key(k if isinstance(k, str) else str(k))
    ]  # fmt: skip
    if len(traits) >= 2:
        return "face-derived traits: " + ", ".join(str(t) for t in traits[:4])
    return None
