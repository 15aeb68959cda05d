"""Structural detectors that signatures name in `match.structure`.

Biometric data is recognised by its shape more than by any single value: a face
embedding is a vector of embedding size with a near-unit norm; a landmark set
is a list of points of one of the counts that face models produce; blendshapes
are a map from a fixed vocabulary of expression names to 0..1 weights; a
face-analysis result is an object holding several of age, gender, emotion,
ethnicity and head pose. Each detector takes one decoded container (dict or
list) and returns a short description for the evidence, or `None`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache

from .validators import (
    EMBEDDING_SIZES,
    float32_vector,
    is_float32_vector,
    is_imei,
    is_mac_any,
    is_serial,
    is_uuid,
)

Structure = Callable[[object], str | None]
STRUCTURES: dict[str, Structure] = {}
_NON_ALNUM = re.compile(r"[^a-z0-9]")

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


@lru_cache(maxsize=8192)
def _blendshape_key(name: str) -> str:
    """`eyeBlinkLeft`, `eyeBlink_L` (ARKit raw values) and `EYE_BLINK_LEFT` are one name."""
    name = re.sub(r"_L$", "Left", re.sub(r"_R$", "Right", name))
    return re.sub(r"[^a-z]", "", name.lower())


BLENDSHAPE_NAMES = frozenset(_blendshape_key(n) for n in _BLENDSHAPES)
_FACE_ATTRIBUTE_GROUPS = {
    "age": {"age", "agerange", "estimatedage", "agelow", "agehigh", "ageestimate", "apparentage"},
    "gender": {"gender", "sex", "genderprobability", "genderscore"},
    "emotion": {
        "emotion", "emotions", "smile", "smiling", "smilingprobability", "facialexpression",
    },
    "ethnicity": {"ethnicity", "race", "skinstatus", "skintone"},
    "pose": {"headpose", "headeulerangle", "headeuleranglex", "headeulerangley", "headeuleranglez"},
    "face": {
        "facerectangle", "facetoken", "landmark", "landmarks", "facelandmarks", "facequality",
        "faceid", "beauty", "eyestatus", "mouthstatus", "glasses", "eyeglasses", "sunglasses",
        "leftcheekposition", "lefteyeopenprobability", "righteyeopenprobability", "facialhair",
        "beard", "mustache", "eyesopen", "mouthopen", "occlusion", "facemask", "mask", "blur",
        "qualityforrecognition", "eyegaze", "eyedirection", "facedetectionconfidence",
    },
}  # fmt: skip
# Keys that are face-specific only when their value has the right shape: a head
# pose object, a face box.
_POSE_KEYS = frozenset(["pose", "headpose"])
_POSE_PARTS = frozenset(["yaw", "pitch", "roll"])
_BOX_KEYS = frozenset(["boundingbox", "box", "bbox", "rect", "facebox"])
_PERSONAL_GROUPS = ("age", "gender", "emotion", "ethnicity")


def structure(name: str) -> Callable[[Structure], Structure]:
    def register(fn: Structure) -> Structure:
        STRUCTURES[name] = fn
        return fn

    return register


def _norm_key(key: object) -> str:
    return _norm_text(key if isinstance(key, str) else str(key))


@lru_cache(maxsize=16384)
def _norm_text(key: str) -> str:
    """Key names repeat across every object of a session: normalise each once."""
    return _NON_ALNUM.sub("", key.lower())


def _is_number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


@structure("embedding")
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


def _point(item: object) -> bool:
    if isinstance(item, list | tuple):
        return len(item) in (2, 3) and all(_is_number(x) for x in item)
    if isinstance(item, dict):
        keys = {_norm_key(k) for k in item}
        return {"x", "y"} <= keys and all(
            _is_number(v) for k, v in item.items() if _norm_key(k) in ("x", "y", "z")
        )
    return False


@structure("landmarks")
def landmarks(value: object) -> str | None:
    """A list of 2-D or 3-D points (or a flat coordinate list, or a map of named
    points) of a face model's landmark count."""
    if isinstance(value, dict):
        named = [v for v in value.values() if _point(v)]
        if len(named) >= 5 and len(named) >= len(value) * 0.8:
            return f"{len(named)} named landmark points"
        return None
    if not isinstance(value, list) or len(value) < 5:
        return None
    if all(_point(p) for p in value):
        if len(value) in LANDMARK_COUNTS:
            return f"{len(value)} landmark points"
        return None
    if all(_is_number(x) for x in value):
        for dims in (2, 3):
            if len(value) % dims == 0 and len(value) // dims in LANDMARK_COUNTS:
                return f"{len(value) // dims} landmark points as a flat {dims}-D list"
    return None


@structure("points")
def points(value: object) -> str | None:
    """Any list of 5 or more points: only with face context in the rule."""
    if isinstance(value, list) and len(value) >= 5 and all(_point(p) for p in value):
        return f"{len(value)} points"
    if isinstance(value, dict):
        named = [v for v in value.values() if _point(v)]
        if len(named) >= 3:
            return f"{len(named)} named points"
    return None


@structure("mesh")
def mesh(value: object) -> str | None:
    """A face mesh: vertices of a known face topology, flat or as points."""
    if not isinstance(value, list):
        return None
    if len(value) in (468, 478, 1220) and all(_point(p) for p in value):
        return f"face mesh of {len(value)} vertices"
    if len(value) in (468 * 3, 478 * 3, 1220 * 3) and all(_is_number(x) for x in value):
        return f"face mesh of {len(value) // 3} vertices (flat)"
    return None


@structure("blendshapes")
def blendshapes(value: object) -> str | None:
    """5+ facial-expression coefficients by ARKit / MediaPipe name, weights 0..1."""
    if not isinstance(value, dict | list) or len(value) < 5:
        return None
    scores: dict[str, object] = {}
    if isinstance(value, dict):
        scores = {_blendshape_key(str(k)): v for k, v in value.items()}
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                name = item.get("categoryName") or item.get("category_name") or item.get("name")
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


@structure("face_attributes")
def face_attributes(value: object) -> str | None:
    """An object of face-analysis output (Rekognition FaceDetail, Azure
    faceAttributes, Face++ attributes, CompreFace result): 3+ attribute groups,
    one personal (age, gender, emotion, ethnicity) and one that only a face
    analyser produces (face parts, head pose). Self-declared age and gender on
    a profile have no face group and do not match."""
    if not isinstance(value, dict) or len(value) < 3:
        return None
    found = _attribute_groups(value)
    personal = [g for g in found if g in _PERSONAL_GROUPS]
    facial = [g for g in found if g in ("face", "pose")]
    if len(found) >= 3 and personal and facial:
        return "face analysis: " + ", ".join(found)
    return None


@structure("face_attributes_loose")
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
        "allcontours", "alllandmarks", "contours",
    ]
)  # fmt: skip


@structure("mlkit_face")
def mlkit_face(value: object) -> str | None:
    """A serialised ML Kit / Vision `Face`: 2+ of its field names, one of them a
    head Euler angle or an eye/smile probability (names no game or map uses)."""
    if not isinstance(value, dict):
        return None
    keys = {_norm_key(k) for k in value} & _MLKIT_KEYS
    specific = {k for k in keys if k.startswith("head") or k.endswith("probability")}
    if len(keys) >= 2 and specific:
        return "ML Kit face fields: " + ", ".join(sorted(keys))
    return None


_FACE_PART_RE = re.compile(
    r"eye|pupil|nose|mouth|lip|brow|jaw|chin|cheek|ear|forehead|temple|iris|philtrum|contour"
)


def _named_face_points(value: object) -> int:
    """How many points are named after face parts (Rekognition `Type`, Azure keys)."""
    count = 0
    if isinstance(value, dict):
        for k, v in value.items():
            if _point(v) and _FACE_PART_RE.search(str(k).lower()):
                count += 1
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and _point(item):
                name = item.get("Type") or item.get("type") or item.get("name") or ""
                if isinstance(name, str) and _FACE_PART_RE.search(name.lower()):
                    count += 1
    return count


@structure("face_points")
def face_points(value: object) -> str | None:
    """Points named after face parts (eyeLeft, noseTip, mouthRight...), 3 or more."""
    count = _named_face_points(value)
    if count >= 3:
        return f"{count} facial landmark points named after face parts"
    return None


@structure("vector")
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


@structure("speaker_vector")
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


@structure("blendshape_vector")
def blendshape_vector(value: object) -> str | None:
    """ARKit's 52 (MediaPipe's 52 with `_neutral`) expression weights as a bare
    list of numbers in 0..1: only under a key that says blendshapes."""
    if not isinstance(value, list) or len(value) not in _BLENDSHAPE_VECTOR_SIZES:
        return None
    if all(_is_number(x) and -0.01 <= x <= 1.01 for x in value):
        return f"{len(value)} facial blendshape weights"
    return None


@structure("fb_extinfo")
def fb_extinfo(value: object) -> str | None:
    """Facebook SDK `extinfo`: a 16-item device profile array that starts with
    its version tag (a2 Android, i2 iOS): model, OS, carrier, screen, CPU cores,
    storage, time zone. Combined, a device fingerprint."""
    if isinstance(value, list) and len(value) >= 10 and value[0] in ("a1", "a2", "i1", "i2"):
        return f"Facebook extinfo device profile ({len(value)} fields)"
    return None


_CONTENT_ID_KEYS = frozenset(
    [
        "videoid", "contentid", "episodeid", "movieid", "assetid", "mediaid", "programid",
        "showid", "seriesid", "titleid", "itemid", "trackid", "id", "title", "name", "docid",
        "awemeid", "groupid", "contentassetid", "vid",
    ]
)  # fmt: skip
_WATCH_TIME_KEYS = frozenset(
    [
        "position", "progress", "playhead", "watchedat", "watchtime", "watchedtime",
        "lastwatched", "lastwatchedat", "viewedat", "watchedseconds", "secondswatched",
        "percentwatched", "watchedpercent", "resumeposition", "resumepoint", "bookmark",
        "offset", "playbackposition", "currenttime", "playedat", "lastplayed", "lastplayedat",
        "watchedduration", "viewduration", "playduration", "completion", "completed",
        "timestamp", "lastviewed", "msplayed", "watchdate", "positionsec", "positionms",
        "positionseconds", "positionmillis", "offsetms", "offsetsec", "lastposition",
    ]
)  # fmt: skip


def _watch_entry(item: object) -> bool:
    if not isinstance(item, dict):
        return False
    keys = {_norm_key(k) for k in item}
    return bool(keys & _CONTENT_ID_KEYS) and bool(keys & _WATCH_TIME_KEYS)


@structure("watch_history")
def watch_history(value: object) -> str | None:
    """A list of watched items: each an object with a content id or title and a
    watch time, position or progress (a history, continue-watching or resume list)."""
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not value:
        return None
    entries = sum(1 for item in value if _watch_entry(item))
    if entries and entries >= len(value) * 0.8:
        return f"{entries} watched item(s) with content id and watch time or position"
    return None


# A video-specific id says *what* was watched; an id that could name anything
# (`content_id`, `asset_id`) needs a position or progress, not a bare timestamp
# (an asset with a timestamp is a price tick); a generic `id` or `title` only
# counts beside an unambiguous watch field, because `{id, position}` is also how
# any app reorders a list.
_VIDEO_ID_KEYS = frozenset(
    [
        "videoid", "episodeid", "movieid", "programid", "programmeid", "showid", "seriesid",
        "awemeid", "vid", "imdbid", "tmdbid", "tvdbid", "traktid", "filmid",
    ]
)  # fmt: skip
_CONTENT_ID_KEYS_LOOSE = frozenset(
    ["contentid", "assetid", "mediaid", "titleid", "trackid", "contentassetid", "mediaguid"]
)
_GENERIC_ID_KEYS = frozenset(["id", "itemid", "title", "name", "docid", "groupid", "key", "guid"])
_VIDEO_OBJECT_KEYS = frozenset(["video", "episode", "movie", "show", "program", "programme"])
_LOOSE_OBJECT_KEYS = frozenset(["content", "media", "asset", "item"])
_CATALOGUE_ID_KEYS = frozenset(["imdb", "tmdb", "tvdb", "trakt", "slug"])
_STRONG_WATCH_KEYS = frozenset(
    [
        "watchedat", "watchtime", "watchedtime", "lastwatched", "lastwatchedat", "watchedseconds",
        "secondswatched", "percentwatched", "watchedpercent", "resumeposition", "resumepoint",
        "playbackposition", "playhead", "playheadposition", "playedat", "lastplayedat",
        "watchedduration", "viewduration", "playduration", "msplayed", "watchdate",
        "watchprogress", "watchedms", "viewingprogress", "playbackprogress", "resumetime",
        "resumeat", "watchedon", "lastviewedat", "viewedduration",
    ]
)  # fmt: skip
_TIME_KEYS = frozenset(["timestamp", "ts", "time", "viewedat", "lastviewed", "date"])
# `position` and `offset` also order lists and page through them: they count only
# beside a video id.
_ORDER_KEYS = frozenset(["position", "offset"])
# A position with a time unit is a playhead, never a list order.
_TIMED_POSITION_KEYS = frozenset(
    [
        "positionms", "positionseconds", "positionsec", "positionmillis", "positioninseconds",
        "positioninms", "offsetms", "offsetsec", "offsetseconds", "progresssec", "playheadms",
        "playheadsec", "lastpositionms", "lastposition", "watchedsec",
    ]
)  # fmt: skip
_PROGRESS_KEYS = frozenset(
    [
        "progress", "currenttime", "completed", "completion", "lastplayed", "bookmark",
        "progressms", "progressseconds", "progresspercent", "elapsed", "watched",
        *_TIMED_POSITION_KEYS,
    ]
)  # fmt: skip


def _media_object(item: dict) -> str:
    """The id one level down: `{"video": {"id": ...}}` ("video"), `{"content":
    {"id": ...}}` ("loose"), or Trakt's `{"ids": {"imdb": ..., "tmdb": ...}}`."""
    found = ""
    for k, v in item.items():
        if not isinstance(v, dict):
            continue
        name = _norm_key(k)
        inner = {_norm_key(x) for x in v}
        if name == "ids" and inner & _CATALOGUE_ID_KEYS:
            return "video"
        if not inner & (_VIDEO_ID_KEYS | _CONTENT_ID_KEYS_LOOSE | _GENERIC_ID_KEYS | {"ids"}):
            continue
        if name in _VIDEO_OBJECT_KEYS:
            return "video"
        if name in _LOOSE_OBJECT_KEYS:
            found = "loose"
    return found


def _watched_entry(item: object) -> bool:
    if not isinstance(item, dict) or len(item) > 40:
        return False
    keys = {_norm_key(k) for k in item}
    strong = bool(keys & _STRONG_WATCH_KEYS)
    progress = strong or bool(keys & _PROGRESS_KEYS)
    if not progress and not keys & (_ORDER_KEYS | _TIME_KEYS):
        return False
    nested = _media_object(item)
    if keys & _VIDEO_ID_KEYS or nested == "video":
        return True
    if progress and (keys & _CONTENT_ID_KEYS_LOOSE or nested):
        return True
    return strong and bool(keys & _GENERIC_ID_KEYS)


@structure("watch_list")
def watch_list(value: object) -> str | None:
    """A list the app sends whose entries each name a piece of content (a video,
    episode or movie id, or any id beside an unambiguous watch field) with when
    or how far it was watched: a history, progress or resume-point sync under any
    key. Stricter than `watch_history`, which only runs under history keys."""
    if not isinstance(value, list) or not value or not _watched_entry(value[0]):
        return None
    entries = sum(1 for item in value if _watched_entry(item))
    if entries >= len(value) * 0.8:
        return f"{entries} watched item(s): content id with watch time, position or progress"
    return None


# -- playback reports: what any player SDK sends, in any naming style ---------
#
# A domain reader recognises a viewing report by meaning, not by vendor: a key
# that names a piece of media (video, episode, song, Kaltura entry...) beside a
# key that says how much of it was played (played_seconds, playTimeSum,
# watch_time, position_ms) or beside a playback event name (play, video_view,
# heartbeat, quartile). Keys are split into words, so `playTimeSum`,
# `play_time_sum` and `play-time-sum` are one thing, and the same test runs on
# a JSON object, a query string and a form.

_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# Nouns that name something watched or listened to on their own.
_MEDIA_NOUNS = frozenset(
    ["video", "videos", "episode", "episodes", "song", "movie", "film", "clip", "programme",
     "podcast", "audiobook", "aweme", "vod", "show", "trailer"]
)  # fmt: skip
# Nouns that name media only with an id suffix and a playback key.
_LOOSE_NOUNS = frozenset(
    ["content", "media", "asset", "entry", "item", "title", "track", "book", "chapter",
     "program", "series", "channel", "stream", "lecture", "photo", "reel", "lesson", "station"]
)  # fmt: skip
_ID_WORDS = frozenset(["id", "ids", "guid", "uuid", "key", "ref", "urn", "uri", "url", "asin"])
_NAME_WORDS = frozenset(["name", "title"])
_PLAY_VERBS = frozenset(
    ["play", "played", "playing", "playback", "watch", "watched", "watching", "listen",
     "listened", "listening", "resume"]
)  # fmt: skip
_PLAY_UNITS = frozenset(
    ["time", "seconds", "secs", "sec", "ms", "millis", "duration", "position", "progress",
     "percent", "pct", "sum", "at", "date", "minutes", "mins", "head"]
)  # fmt: skip
# "played" is also what games say; only watching or listening stands without a media id.
_GAME_PLAY_VERBS = frozenset(["play", "played", "playing"])
_TIME_UNITS = frozenset(
    ["ms", "millis", "sec", "secs", "seconds", "s", "minutes", "mins", "ticks"]
)  # ticks: .NET 100 ns units (Jellyfin / Emby `PositionTicks`)
_PROGRESS_WORDS = frozenset(
    ["position", "progress", "offset", "elapsed", "playhead", "completion", "resume", "bookmark"]
)  # fmt: skip
# A resume point or a bookmark time says where playback stopped even as a bare integer.
_SURE_PROGRESS_WORDS = frozenset(["progress", "completion", "resume", "bookmark"])
# Viewing verbs count only beside a media noun's id: products and pages are "viewed" too.
_VIEW_VERBS = frozenset(["view", "viewed", "viewing"])
# `state=playing`: a player state, not a job state (`completed`, `started` are both).
# `paused` is also what downloads, jobs and chargers say.
_STATE_KEYS = frozenset(
    ["state", "status", "playstate", "playerstate", "playbackstate", "playerstatus"]
)
_PLAYER_STATES = frozenset(["playing", "buffering"])
_PLAY_EVENTS = frozenset(
    ["play", "played", "playing", "playback", "view", "viewed", "watch", "watched", "heartbeat",
     "progress", "quartile", "midpoint", "complete", "completed", "stop", "stopped", "pause",
     "paused", "resume", "resumed", "engagement", "listen", "listened", "start", "started"]
)  # fmt: skip
_EVENT_KEYS = frozenset(
    ["event", "evt", "eventname", "evtname", "eventtype", "evttype", "action", "type", "name",
     "ev", "en", "verb", "activity", "eventaction"]
)  # fmt: skip
# Words that make an object about transfers, previews, ordering or games, not watching.
_NOT_PLAYBACK = frozenset(
    ["upload", "uploaded", "uploading", "download", "downloaded", "downloading", "bytes",
     "chunk", "chunks", "transcode", "transcoding", "encoding", "render", "rendering",
     "thumbnail", "thumbnails", "thumb", "thumbs", "sprite", "sprites", "storyboard",
     "preview", "playlist", "rank", "sort", "reorder", "game", "replay", "lat", "lon", "lng"]
)  # fmt: skip
_RANGE_RE = re.compile(r"\d{1,7}(?:\.\d+)?\.\.\d{1,7}(?:\.\d+)?")


@lru_cache(maxsize=16384)
def key_words(key: str) -> tuple[str, ...]:
    """`playTimeSum`, `play_time_sum`, `PLAY-TIME-SUM` -> ("play", "time", "sum")."""
    return tuple(w.lower() for w in _WORD_RE.findall(key))


def _numeric(value: object) -> float | None:
    if _is_number(value):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, str) and 0 < len(value) <= 24:
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _scalar_id(value: object) -> bool:
    if isinstance(value, str):
        return 0 < len(value.strip()) <= 512
    return _is_number(value)


def _media_ref(words: tuple[str, ...], value: object) -> int:
    """2 for a media noun's id (`video_id`, bare `episode`), 1 for a loose noun's
    id (`entryId`, `content_id`), 0 otherwise."""
    if not words or not (_MEDIA_NOUNS.union(_LOOSE_NOUNS)).intersection(words):
        return 0
    strong = bool(_MEDIA_NOUNS.intersection(words))
    last = words[-1]
    if isinstance(value, dict):  # {"video": {"id": ...}}
        inner = {_norm_key(k) for k in value}
        return (2 if strong else 1) if len(words) == 1 and inner & _ID_WORDS else 0
    if not _scalar_id(value):
        return 0
    if last in _ID_WORDS and len(words) <= 3:
        return 2 if strong else 1
    if strong and (len(words) == 1 or (last in _NAME_WORDS and len(words) == 2)):
        return 2
    return 0


def _played_amount(words: tuple[str, ...], value: object) -> bool:
    """`played_seconds`, `playTimeSum`, `watch_time`, `last_listened_at`, `playhead`."""
    if "playhead" in words:
        return _numeric(value) is not None
    if not (_PLAY_VERBS.intersection(words) and _PLAY_UNITS.intersection(words)):
        return False
    if _numeric(value) is not None:
        return True
    return isinstance(value, str) and len(value) <= 40 and any(c.isdigit() for c in value)


def _progress(words: tuple[str, ...], value: object) -> tuple[bool, bool]:
    """(is a progress field, is unambiguous). A bare integer `position` or `offset`
    also orders and pages lists: it is unambiguous only with a time unit or a
    fraction (26.4 s); `range` only in the `160..170` seconds form."""
    if words == ("range",):
        ok = isinstance(value, str) and bool(_RANGE_RE.fullmatch(value))
        return ok, ok
    if not _PROGRESS_WORDS.intersection(words) and words[-2:] != ("current", "time"):
        return False, False
    number = _numeric(value)
    if number is None:
        return False, False
    timed = bool(_TIME_UNITS.intersection(words)) or "playhead" in words
    fraction = not number.is_integer()
    unambiguous = timed or fraction or bool(_SURE_PROGRESS_WORDS.intersection(words))
    return True, unambiguous


def _play_event(words: tuple[str, ...], value: object) -> bool:
    joined = _norm_text("".join(words))
    if joined in _STATE_KEYS:
        return isinstance(value, str) and _norm_text(value) in _PLAYER_STATES
    if joined not in _EVENT_KEYS or not isinstance(value, str):
        return False
    if len(value) > 64:
        return False
    said = key_words(value)
    return bool(_PLAY_EVENTS.intersection(said)) and not _NOT_PLAYBACK.intersection(said)


_NOT, _NOUN, _PLAY, _PROGRESS, _EVENT = 1, 2, 4, 8, 16


@lru_cache(maxsize=16384)
def _key_role(key: str) -> int:
    """What a key name could mean for a playback report, worked out once per
    name: most keys of a session mean nothing here and cost one cache lookup."""
    words = key_words(key)
    if not words:
        return 0
    found = set(words)
    role = _NOT if found & _NOT_PLAYBACK else 0
    if found & (_MEDIA_NOUNS | _LOOSE_NOUNS):
        role |= _NOUN
    if "playhead" in found or (found & _PLAY_VERBS and found & _PLAY_UNITS):
        role |= _PLAY
    if found & _PROGRESS_WORDS or words == ("range",) or words[-2:] == ("current", "time"):
        role |= _PROGRESS
    joined = _norm_text("".join(words))
    if joined in _EVENT_KEYS or joined in _STATE_KEYS:
        role |= _EVENT
    if found & _VIEW_VERBS and found & _PLAY_UNITS:
        role |= _PLAY
    return role


@structure("playback_record")
def playback_record(value: object) -> str | None:
    """An object (JSON, query string or form) that reports playing a piece of
    media: a media id with a played amount, a media id with a playhead position
    or a playback event, or a timed position beside a listened/watched field.
    Objects about uploads, downloads, previews, playlists or games never match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 60:
        return None
    roles = [(_key_role(k if isinstance(k, str) else str(k)), k, v) for k, v in value.items()]
    if not any(role & (_NOUN | _PLAY) for role, _, _ in roles):
        return None  # the cheap exit taken by almost every object
    ref = played = listened = progress = sure_progress = event = timed_position = viewed = 0
    playhead = 0
    for role, key, item in roles:
        if not role:
            continue
        if role & _NOT:
            return None
        words = key_words(key if isinstance(key, str) else str(key))
        if role & _NOUN:
            ref = max(ref, _media_ref(words, item))
        if role & _PLAY and _VIEW_VERBS.intersection(words) and not _PLAY_VERBS.intersection(words):
            viewed += _numeric(item) is not None
        elif role & _PLAY and _played_amount(words, item):
            played += 1
            # `lastPlayBackPosition`: "play back" is playback, not a game's play
            listened += not _GAME_PLAY_VERBS.intersection(words) or "back" in words
        if role & _PROGRESS:
            is_progress, sure = _progress(words, item)
            progress += is_progress
            sure_progress += sure
            timed_position += is_progress and bool(_TIME_UNITS.intersection(words))
            playhead += is_progress and _playhead(words, item)
        if role & _EVENT:
            event += _play_event(words, item)
    what = "media id" if ref == 2 else "content id"
    if ref and played:
        return f"{what} with a played amount"
    if ref == 2 and (sure_progress or event or viewed):
        return f"{what} with a playback {'position' if sure_progress else 'event'}"
    if ref == 1 and ((event and progress) or playhead):
        return f"{what} with a playback event and position"
    if listened and timed_position:
        return "playback position with a listened or watched time"
    return None


@structure("media_entries")
def media_entries(value: object) -> str | None:
    """A list whose entries each name a video, episode, programme, song or movie
    (a media noun's id or the bare noun): only under a key that says the list is
    viewing or listening events or history, which supplies the rest."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    named = 0
    for item in value:
        if not isinstance(item, dict) or len(item) > 60:
            continue
        if any(
            _media_ref(key_words(k if isinstance(k, str) else str(k)), v) == 2
            for k, v in item.items()
        ):
            named += 1
    if named and named >= len(value) * 0.8:
        return f"{named} entries naming what was watched or played"
    return None


# -- listening and "now watching" records named by title, not by id ----------
#
# A scrobble names a song by its artist and title (Last.fm `track.scrobble`,
# ListenBrainz `listened_at` + `track_metadata`), a "now watching" or player
# start beacon by a programme, channel or title with a playhead. Neither
# carries a media id, so `playback_record` does not see them.

_ARTIST_WORDS = frozenset(["artist", "artists", "performer", "band"])
_SONG_WORDS = frozenset(["track", "song", "title", "tune", "recording"])
_LISTEN_EVENTS = frozenset(
    ["scrobble", "scrobbled", "scrobbles", "play", "played", "playing", "listen", "listened",
     "listening", "nowplaying", "listens"]
)  # fmt: skip
# Events about a song that are not a play: browsing, lyrics, sharing, buying.
_NOT_LISTEN = frozenset(
    ["lyrics", "search", "share", "shared", "love", "unlove", "like", "ban", "buy", "purchase",
     "download", "info", "getinfo", "get", "similar", "tag", "tags", "playlist", "add", "remove",
     "chart", "top", "concert", "ticket", "tickets", "tour", "event", "events"]
)  # fmt: skip
# Keys of a song request, a review, a vote or a lyrics lookup: about a song, not a play.
_NOT_LISTEN_KEYS = frozenset(
    ["lyrics", "review", "rating", "comment", "message", "vote", "votes", "dedication",
     "request", "requested", "search", "query", "q", "wish", "setlist", "venue"]
)  # fmt: skip
_WHEN_KEYS = frozenset(
    ["timestamp", "ts", "playedat", "listenedat", "scrobbledat", "playedtime", "listenedtime",
     "starttime", "playedon", "utc"]
)  # fmt: skip
_METHOD_KEYS = _EVENT_KEYS | frozenset(["method", "api", "call", "op", "operation", "endpoint"])


def _listen_event(value: object) -> int:
    """1 for a play event (`track.scrobble`, `updateNowPlaying`), -1 for another
    event about a song (`track.love`, `lyrics_view`), 0 for anything else."""
    if not isinstance(value, str) or len(value) > 64:
        return 0
    said = set(key_words(value))
    if said & _NOT_LISTEN and not said & {"scrobble", "playing"}:
        return -1
    return 1 if said & _LISTEN_EVENTS or {"now", "playing"} <= said else 0


_METADATA_WORDS = frozenset(["metadata", "track", "song", "recording", "meta", "info"])


_L_ARTIST, _L_SONG, _L_WHEN, _L_METHOD, _L_NOT, _L_META = 1, 2, 4, 8, 16, 32


def _key_text(key: object) -> str:
    return key if isinstance(key, str) else str(key)


@lru_cache(maxsize=16384)
def _listen_role(key: str) -> int:
    """What a key can mean in a listen record, worked out once per key name."""
    words = tuple(w for w in key_words(key) if not w.isdigit())
    if not words:
        return 0
    found = set(words)
    role = _L_NOT if found & _NOT_PLAYBACK or found & _NOT_LISTEN_KEYS else 0
    joined = "".join(words)
    if found & _ARTIST_WORDS:
        role |= _L_ARTIST
    elif found & _SONG_WORDS and len(words) <= 2:
        role |= _L_SONG
    elif joined in _WHEN_KEYS:
        role |= _L_WHEN
    elif joined in _METHOD_KEYS:
        role |= _L_METHOD
    if found & _METADATA_WORDS:
        role |= _L_META
    return role


def _named(item: object) -> bool:
    """`{"name": "Nils Frahm"}` or `[{"name": ...}]`: an artist or a track object."""
    if isinstance(item, list) and item:
        item = item[0]
    return isinstance(item, dict) and isinstance(item.get("name") or item.get("title"), str)


def _listen_items(value: dict) -> list[tuple[object, object]]:
    """The object's pairs, plus those of a nested track description one level
    down (ListenBrainz keeps `listened_at` beside `track_metadata{artist_name}`)."""
    items = list(value.items())
    for key, item in value.items():
        if isinstance(item, dict) and len(item) <= 40 and _listen_role(_key_text(key)) & _L_META:
            items.extend(item.items())
    return items


@structure("listen_record")
def listen_record(value: object) -> str | None:
    """A song named by artist and title, with when it was played or a play
    event: a scrobble, a now-playing update, a listening-history upload. A
    catalogue entry, a lyrics lookup or a search has neither and does not match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    if not _key_set_has(_listen_role, tuple(value)):
        return None  # no key means anything to a listen record
    items = _listen_items(value)
    roles = [(_listen_role(_key_text(k)), item) for k, item in items]
    if not any(role & _L_ARTIST for role, _ in roles):
        return None  # the cheap exit taken by almost every object
    artist = song = when = event = 0
    for role, item in roles:
        if role & _L_NOT:
            return None
        text = isinstance(item, str) and bool(item.strip())
        if role & _L_ARTIST and (text or _named(item)):
            artist = 1
        elif role & _L_SONG and (text or _named(item)):
            song = 1
        elif role & _L_WHEN and (text or _numeric(item) is not None):
            when = 1
        elif role & _L_METHOD:
            said = _listen_event(item)
            if said < 0:
                return None
            event = max(event, said)
    if artist and song and (when or event):
        return "song named by artist and title with a play " + ("event" if event else "time")
    return None


_PROGRAMME_NAMES = frozenset(
    ["title", "program", "programme", "channel", "show", "episode", "series", "station",
     "stream", "movie", "film"]
)  # fmt: skip
_NAME_SUFFIXES = frozenset(["name", "title", "label"])
_NOT_TV = frozenset(
    ["page", "pages", "chapter", "location", "scroll", "level", "stage", "map", "subtitle",
     "subtitles", "caption", "captions", "lyrics", "cursor", "reminder", "alarm", "timer"]
)  # fmt: skip
# `offset` (time zones, reminders) and `elapsed` (workouts, timers) say nothing of
# a player; minutes are not a playhead's unit.
_PLAYHEAD_WORDS = frozenset(["position", "progress", "playhead"])
_PLAYHEAD_UNITS = frozenset(["ms", "millis", "sec", "secs", "seconds", "s", "ticks"])


_NAMED_THINGS = _PROGRAMME_NAMES | _MEDIA_NOUNS | {"media", "content", "video", "asset"}


@lru_cache(maxsize=16384)
def _programme_key(key: str) -> bool:
    """`title`, `program`, `channel_name`, `media_title`, `showTitle`: once per key name."""
    words = key_words(key)
    if len(words) == 1:
        return words[0] in _PROGRAMME_NAMES
    return len(words) == 2 and words[-1] in _NAME_SUFFIXES and words[0] in _NAMED_THINGS


def _programme_name(key: object, value: object) -> bool:
    if not isinstance(value, str) or not value.strip() or len(value) > 300:
        return False
    return _programme_key(_key_text(key))


def _playhead(words: tuple[str, ...], value: object) -> bool:
    """A playhead (`playhead`, `position_s`, `currentTimeMs`, `elapsed_sec`) with
    a number: the unit or the word `playhead` rules out list orders and pages."""
    if _numeric(value) is None:
        return False
    if "playhead" in words:
        return True
    if "current" in words and "time" in words:
        return True
    return bool(_PLAYHEAD_WORDS.intersection(words) and _PLAYHEAD_UNITS.intersection(words))


# Analytics SDKs put an event's fields one level down (Segment / Mixpanel
# `properties`, GA4 `params`, Braze `data`): the event name and the fields are one record.
_PROPERTY_KEYS = frozenset(
    ["properties", "props", "params", "parameters", "data", "attributes", "attrs", "payload",
     "extra", "extras", "metadata", "media", "content", "evtdata", "eventdata"]
)  # fmt: skip


@lru_cache(maxsize=16384)
def _key_set_has(test: Callable[[str], object], keys: tuple[object, ...]) -> bool:
    """Whether any key of an object passes a per-key test. Objects of one schema
    share their key tuple across a session, so most objects cost one hash lookup."""
    return any(test(_key_text(k)) for k in keys)


@lru_cache(maxsize=4096)
def _property_key(key: str) -> bool:
    return _norm_text(key) in _PROPERTY_KEYS


def _event_items(value: dict) -> list[tuple[object, object]]:
    items = list(value.items())
    for key, item in value.items():
        if isinstance(item, dict) and len(item) <= 60 and _property_key(_key_text(key)):
            items.extend(item.items())
    return items


@structure("named_playback")
def named_playback(value: object) -> str | None:
    """A programme, channel or title sent with a playhead or watched time: a
    "now watching" update, a player start beacon (NPAW `/start?title=&playhead=`).
    Rules use it on requests only: a catalogue response can list chapters with
    titles and start offsets. E-book pages and game levels never count."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    keys = tuple(value)
    if not _key_set_has(_programme_key, keys) and not _key_set_has(_property_key, keys):
        return None  # the cheap exit taken by almost every object
    items = _event_items(value)
    if not any(_programme_name(key, item) for key, item in items):
        return None
    timed = event = False
    for key, item in items:
        role = _tv_role(_key_text(key))
        if not role:
            continue
        if role & _NOT:
            return None
        words = key_words(_key_text(key))
        timed = timed or (
            bool(role & (_PLAY | _PROGRESS))
            and (_playhead(words, item) or _watched_amount(words, item))
        )
        event = event or (bool(role & _EVENT) and _watch_event(words, item))
    if timed:
        return "programme or title with a playhead or watched time"
    return "programme or title with a watching or listening event" if event else None


# Bare `watch` is also a smartwatch and `watch later` a list: past and present
# participles only.
_STREAM_CATEGORY = frozenset(["game"])


@lru_cache(maxsize=16384)
def _tv_role(key: str) -> int:
    """`_key_role` plus the words that rule a "now watching" record out."""
    role = _key_role(key)
    words = set(key_words(key))
    if role & _NOT and not words & (_NOT_PLAYBACK - _STREAM_CATEGORY):
        role &= ~_NOT  # `game` is what a live stream is about, not a game's own event
    if _NOT_TV.intersection(words):
        role |= _NOT
    if "current" in key_words(key) and "time" in key_words(key):
        role |= _PROGRESS
    return role


_WATCH_VERBS = frozenset(
    ["watched", "watching", "listened", "listening", "playback", "scrobble", "scrobbled",
     "heartbeat"]
)  # fmt: skip
_NOT_WATCHING = frozenset(
    ["later", "list", "watchlist", "wishlist", "add", "added", "remove", "removed", "save",
     "saved", "share", "shared", "rate", "rated", "review", "search", "reminder", "remind"]
)  # fmt: skip
_MEDIA_EVENT_NOUNS = frozenset(["video", "episode", "movie", "song", "podcast", "stream", "media"])
_MEDIA_EVENT_VERBS = frozenset(
    ["play", "played", "start", "started", "pause", "paused", "resume", "resumed", "complete",
     "completed", "progress", "stop", "stopped", "heartbeat", "quartile", "seek", "seeked"]
)  # fmt: skip


def _watch_event(words: tuple[str, ...], value: object) -> bool:
    """An event name that says someone watched or listened (`minute-watched`,
    `listen_started`) or that media played (`video_start`, `episode_complete`).
    `play` alone is what games say, `viewed` what shops say: neither counts."""
    if _norm_text("".join(words)) not in _EVENT_KEYS or not isinstance(value, str):
        return False
    if len(value) > 64:
        return False
    said = set(key_words(value))
    if said & _NOT_PLAYBACK or said & _NOT_WATCHING:
        return False
    return bool(said & _WATCH_VERBS or (said & _MEDIA_EVENT_NOUNS and said & _MEDIA_EVENT_VERBS))


def _watched_amount(words: tuple[str, ...], value: object) -> bool:
    """`watched_seconds`, `listened_ms`: a played amount that no game would send."""
    return not _GAME_PLAY_VERBS.intersection(words) and _played_amount(words, value)


# -- xAPI statements about media (ADL video and audio profiles) ---------------

_XAPI_MEDIA_VERBS = frozenset(
    ["played", "paused", "seeked", "completed", "watched", "listened", "viewed", "experienced",
     "initialized", "terminated", "interacted", "play", "pause", "complete", "progressed",
     "listen", "watch", "view", "seek"]
)  # fmt: skip
_XAPI_MEDIA_MARKS = (
    "/xapi/video",
    "/xapi/audio",
    "activitystrea.ms/schema/1.0/video",
    "activitystrea.ms/schema/1.0/audio",
    "/activity-type/video",
    "/activity-type/audio",
    "/activities/media",
    "/activity-type/media",
)


def _xapi_ids(value: dict) -> list[str]:
    """The verb id, the object's activity type and id, the context categories
    and the result extension keys of one statement, lower-cased."""
    found: list[str] = []
    verb, obj = value.get("verb"), value.get("object")
    if isinstance(verb, dict) and isinstance(verb.get("id"), str):
        found.append(verb["id"].lower())
    if isinstance(obj, dict):
        definition = obj.get("definition")
        if isinstance(definition, dict) and isinstance(definition.get("type"), str):
            found.append(definition["type"].lower())
    context = value.get("context")
    if isinstance(context, dict):
        activities = context.get("contextActivities")
        if isinstance(activities, dict):
            for group in activities.values():
                for act in group if isinstance(group, list) else [group]:
                    if isinstance(act, dict) and isinstance(act.get("id"), str):
                        found.append(act["id"].lower())
    result = value.get("result")
    if isinstance(result, dict) and isinstance(result.get("extensions"), dict):
        found.extend(str(k).lower() for k in result["extensions"])
    return found


@structure("xapi_media_statement")
def xapi_media_statement(value: object) -> str | None:
    """An xAPI statement (actor, verb, object) in which a person played, paused,
    seeked or completed a video or audio activity, as the ADL video profile
    records it (verbs `.../video/verbs/played`, activity type
    `.../activity-type/video`, `result.extensions[.../video/extensions/time]`).
    Quiz answers, course completions and page views carry no media vocabulary."""
    if not isinstance(value, dict) or "verb" not in value or "object" not in value:
        return None
    ids = _xapi_ids(value)
    if not ids:
        return None
    verb = ids[0].rstrip("/").rsplit("/", 1)[-1] if isinstance(value.get("verb"), dict) else ""
    media = any(mark in text for text in ids for mark in _XAPI_MEDIA_MARKS)
    if media and verb in _XAPI_MEDIA_VERBS:
        return f"xAPI statement: {verb} a video or audio activity"
    return None


# -- face-derived traits --------------------------------------------------------

_TRAIT_WORDS = frozenset(
    ["age", "gender", "sex", "emotion", "emotions", "expression", "shape", "tone", "skin",
     "wrinkle", "wrinkles", "complexion", "pore", "pores", "acne", "eye", "eyes", "brow",
     "lip", "lips", "nose", "jaw", "chin", "cheek", "smile", "beauty", "attractiveness",
     "ethnicity", "race", "symmetry", "undertone", "spot", "spots", "oiliness"]
)  # fmt: skip


@structure("face_traits")
def face_traits(value: object) -> str | None:
    """Two or more traits read off a face (skin age, face shape, skin tone, eye
    shape, emotion, apparent age): only for rules whose key already says the
    object is a face analysis (`face_analysis`, `faceScan`, `skin_analysis`)."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 80:
        return None
    traits = [
        k for k, v in value.items()
        if (_numeric(v) is not None or (isinstance(v, str) and 0 < len(v) <= 64))
        and _TRAIT_WORDS.intersection(key_words(k if isinstance(k, str) else str(k)))
    ]  # fmt: skip
    if len(traits) >= 2:
        return "face-derived traits: " + ", ".join(str(t) for t in traits[:4])
    return None


# -- a device's identity record (LAN device descriptions, device lists) ------


@lru_cache(maxsize=16384)
def _hardware_key(key: str) -> str:
    """Which hardware identifier a key name could hold, worked out once per name."""
    found = set(key_words(key))
    if "serial" in found:
        return "serial"
    if found & {"mac", "bssid"}:
        return "mac"
    if "imei" in found:
        return "imei"
    if found & {"advertising", "ifa", "idfa", "aaid", "gaid", "rida"}:
        return "advertising id"
    if ("device" in found and found & {"id", "uuid", "udid"}) or "udn" in found:
        return "device id"
    return ""


def _is_device_uuid(value: object) -> bool:
    """A device UUID, also as a UPnP UDN (`uuid:` prefix)."""
    if isinstance(value, str) and value[:5].lower() == "uuid:":
        value = value[5:]
    return is_uuid(value)


_HARDWARE_CHECKS = {
    "serial": is_serial, "mac": is_mac_any, "imei": is_imei, "advertising id": is_uuid,
    "device id": _is_device_uuid,
}  # fmt: skip


@structure("device_identity_record")
def device_identity_record(value: object) -> str | None:
    """An object that holds two or more different hardware identifiers of one
    device (serial number, MAC address, IMEI, advertising id, device UUID): what
    a Roku ECP `device-info`, a UPnP device description or a camera's device
    list gives any app that asks. A printer status page with a model and
    firmware, or a single id, does not match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 120:
        return None
    if not _key_set_has(_hardware_key, tuple(value)):
        return None
    kinds: set[str] = set()
    for key, item in value.items():
        if not isinstance(item, str) or not 6 <= len(item) <= 64:
            continue
        kind = _hardware_key(_key_text(key))
        if kind and kind not in kinds and _HARDWARE_CHECKS[kind](item):
            kinds.add(kind)
    if len(kinds) >= 2:
        return "device identity record: " + ", ".join(sorted(kinds))
    return None
