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

from .validators import EMBEDDING_SIZES, float32_vector, is_float32_vector

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
     "program", "series", "channel", "stream", "lecture"]
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
_TIME_UNITS = frozenset(["ms", "millis", "sec", "secs", "seconds", "s", "minutes", "mins"])
_PROGRESS_WORDS = frozenset(["position", "progress", "offset", "elapsed", "playhead", "completion"])
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
    unambiguous = timed or fraction or bool({"progress", "completion"} & set(words))
    return True, unambiguous


def _play_event(words: tuple[str, ...], value: object) -> bool:
    if _norm_text("".join(words)) not in _EVENT_KEYS or not isinstance(value, str):
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
    if _norm_text("".join(words)) in _EVENT_KEYS:
        role |= _EVENT
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
    ref = played = listened = progress = sure_progress = event = timed_position = 0
    for role, key, item in roles:
        if not role:
            continue
        if role & _NOT:
            return None
        words = key_words(key if isinstance(key, str) else str(key))
        if role & _NOUN:
            ref = max(ref, _media_ref(words, item))
        if role & _PLAY and _played_amount(words, item):
            played += 1
            listened += not _GAME_PLAY_VERBS.intersection(words)
        if role & _PROGRESS:
            is_progress, sure = _progress(words, item)
            progress += is_progress
            sure_progress += sure
            timed_position += is_progress and bool(_TIME_UNITS.intersection(words))
        if role & _EVENT:
            event += _play_event(words, item)
    what = "media id" if ref == 2 else "content id"
    if ref and played:
        return f"{what} with a played amount"
    if ref == 2 and (sure_progress or event):
        return f"{what} with a playback {'position' if sure_progress else 'event'}"
    if ref == 1 and event and progress:
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
