"""Making media is not watching it: a video editor's project autosave carries a
playhead, a duration and clips with their own starts and lengths, an export or a
render reports elapsed time against the length of what it writes, a music app's
arrangement has a playhead over its tracks, a slideshow a position in its deck, a
screen recorder an elapsed time against its limit. Every playback shape matches
them, so the words of editing (in the `editing` class of the `viewing` lexicon for
other languages) veto a record, read in its own keys and in its rows' keys (a
timeline's `clips[].trimInMs`)."""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text
from .playback_words import play_words

# English key words of editing, exporting, rendering, arranging, presenting and
# recording a screen; other languages' words reach `editing` through the lexicon.
_EDITING_WORDS = frozenset(
    ["editing", "editor", "edit", "edits", "edited", "export", "exports", "exporting",
     "exported", "render", "renders", "rendering", "rendered", "transcode", "transcoding",
     "transcoded", "timeline", "timelines", "trim", "trimmed", "trimming", "transition",
     "transitions", "keyframe", "keyframes", "project", "projects", "draft", "drafts",
     "preset", "bpm", "daw", "arrangement", "presentation", "presentations", "slideshow",
     "deck", "presenter", "recorder", "screencast", "capture", "upload", "uploaded",
     "uploading", "composition", "storyboard",
     # a podcast host's or a creator's processing job: transcribing, ingesting
     "transcription", "transcriptions", "transcribe", "transcribing", "ingest", "ingesting",
     # time-lapse, stop-motion and speed-paint replays of a drawing: a canvas's
     # strokes played back, made by the app, not watched by the user
     "timelapse", "timelapses", "lapse", "stopmotion", "speedpaint", "speedpainting",
     "canvas", "canvases", "brush", "strokes", "onion", "animator", "flipbook"]
)  # fmt: skip
# A frame count beside a frame rate: an animation or time-lapse being assembled
# frame by frame. Players report frames dropped or decoded, never a bare count.
_FRAME_RATE_KEYS = frozenset(
    [("fps",), ("frame", "rate"), ("framerate",), ("frames", "per", "second")]
)
_FRAME_COUNT_KEYS = frozenset(
    [("frames",), ("frame", "count"), ("frames", "count"), ("num", "frames"), ("frame", "total")]
)
_MAX_ROWS = 8


@lru_cache(maxsize=16384)
def _editing_key(key: str) -> bool:
    """`trimInMs`, `exportId`, `tijdlijn`, `recorteMs`: a key of making media."""
    return bool(_EDITING_WORDS.intersection(play_words(key)))


def _frames_assembled(value: dict) -> bool:
    """`{frames: 47, fps: 24, playheadSec: ...}`: a time-lapse or an animation's
    frames at their rate, nested under the export that names it."""
    words = {play_words(_key_text(k)) for k in value}
    return bool(words & _FRAME_RATE_KEYS) and bool(words & _FRAME_COUNT_KEYS)


# An editor's clip sits on its timeline between an in point and an out point of its
# source (`in_point_ms` / `out_point_ms`, `markIn` / `markOut`, `sourceIn` /
# `sourceOut`): a player reports where it is, never a pair of marks.
_MARK_QUALIFIERS = frozenset(["point", "mark", "source", "src", "clip"])


def _mark(words: tuple[str, ...], side: str) -> bool:
    if f"{side}point" in words:
        return True
    return side in words and bool(_MARK_QUALIFIERS.intersection(words))


def _in_and_out_marks(value: dict) -> bool:
    """`{in_point_ms: 1200, out_point_ms: 8400}`: a clip trimmed on a timeline."""
    words = [play_words(_key_text(k)) for k in value]
    return any(_mark(w, "in") for w in words) and any(_mark(w, "out") for w in words)


def _keys_edit(value: dict) -> bool:
    return (
        any(_editing_key(_key_text(k)) for k in value)
        or _frames_assembled(value)
        or _in_and_out_marks(value)
    )


# A processing job's step, named in a short value under a step key (`stage: "upload"`,
# `status: "transcoding"`): the job's progress, not a playhead. A player's state
# (`state: "playing"`, `source: "download"`) names no such step.
_STEP_KEYS = frozenset(["stage", "step", "phase", "job", "task", "status", "state"])
_JOB_STEPS = frozenset(
    ["upload", "uploading", "transcode", "transcoding", "transcription", "transcribing",
     "render", "rendering", "export", "exporting", "ingest", "ingesting", "encode"]
)  # fmt: skip


def _job_step(value: dict) -> bool:
    """`{episode, progress: 0.4, stage: "upload"}`: a job at a step."""
    for key, item in value.items():
        if not isinstance(item, str) or len(item) > 32:
            continue
        if _STEP_KEYS.intersection(play_words(_key_text(key))) and _JOB_STEPS.intersection(
            play_words(item)
        ):
            return True
    return False


def edits_media(value: object) -> bool:
    """Whether an object is an editor's, an export's, a recorder's or a processing
    job's: an editing word among its keys, or among the keys of the rows it lists or
    nests, or a job's step in a short value (`stage: "upload"`)."""
    if not isinstance(value, dict):
        return False
    if _keys_edit(value) or _job_step(value):
        return True
    for item in value.values():
        if isinstance(item, dict) and _keys_edit(item):
            return True
        if isinstance(item, list):
            rows = [row for row in item[:_MAX_ROWS] if isinstance(row, dict)]
            if any(_keys_edit(row) for row in rows):
                return True
    return False
