"""How far a member got into a streamed class or lesson video: the class's id, the
time into it and how much of it is done.

A fitness, cooking or course app plays an instructor's class as a video and syncs
the member's place in it (`{classId, elapsedSeconds, percentComplete}`, `{claseId,
segundosTranscurridos, duracionSeg}`, `{lessonId, positionSec, progressPct}`). The
class is named only by its own id, never by a media noun (`video`, `episode`), so the
playback detectors do not read it; the pair a playhead has (a time into the piece
with a share done or the piece's duration) is what says it is watched. A run, a ride
or a hike logs time over ground (distance, pace, coordinates): the workout's, not a
video's, and a timed exam or quiz in a class is time into a test. A school class's
attendance or time spent names no position in anything."""

from __future__ import annotations

from functools import lru_cache

from ._common import _key_text, _numeric, structure
from .aggregates import aggregate_key
from .endpoints import _GROUND_WORDS, _duration_key, _has_time_unit, _position_key, viewing_classes
from .playback_words import play_words

# A class or a lesson in the languages apps name them (`classe`, `Klasse`, `kelas`,
# `urok`, Vietnamese `lop`); `lecture` is the lexicon's class for lesson words
# (`leccion`, `aula`, `ders`, `lekcja`).
_CLASS_WORDS = frozenset(
    ["class", "clase", "classe", "klasse", "kelas", "lesson", "lecture", "urok", "lop"]
)  # fmt: skip
# Time elapsed into the piece, beside the playhead words endpoints reads.
_ELAPSED_WORDS = frozenset(
    ["elapsed", "transcurrido", "transcurridos", "decorrido", "decorridos", "ecoule", "trascorso"]
)  # fmt: skip
_SHARE_WORDS = frozenset(["percent", "pct", "percentage"])
# A timed exam, quiz or assignment in a class: time into a test, not into a video.
_TEST_WORDS = frozenset(
    ["exam", "examen", "quiz", "test", "assignment", "homework", "tarea", "question", "questions",
     "answer", "answers", "score", "grade", "prufung", "pruefung", "ujian", "sinav"]
)  # fmt: skip
_MAX_SECONDS = 6 * 3600 * 1000  # six hours in milliseconds: no class runs longer


@lru_cache(maxsize=16384)
def _class_id_key(key: str) -> bool:
    """`classId`, `id_clase`, `lessonId`: a class's or lesson's own id."""
    words = play_words(_key_text(key))
    return 2 <= len(words) <= 3 and "id" in words and bool(_CLASS_WORDS.intersection(words))


@lru_cache(maxsize=16384)
def _time_into_key(key: str) -> bool:
    """`elapsedSeconds`, `positionSec`, `segundosTranscurridos`: a time into the
    piece, with its unit."""
    text = _key_text(key)
    if aggregate_key(text) or not _has_time_unit(text):
        return False
    return _position_key(text) or bool(_ELAPSED_WORDS.intersection(play_words(text)))


@lru_cache(maxsize=16384)
def _share_key(key: str) -> bool:
    """`percentComplete`, `progressPct`, `porcentaje`: how much of the piece is done."""
    return bool(_SHARE_WORDS.intersection(play_words(_key_text(key))))


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    return _numeric(value)


def _not_a_video(keys: list[str]) -> bool:
    """Time over ground (a run, a ride) or into a test (an exam, a quiz)."""
    return any(
        _GROUND_WORDS.intersection(viewing_classes(k)[1]) or _TEST_WORDS.intersection(play_words(k))
        for k in keys
    )


@structure("class_video_progress", kind=dict, size=(3, 40), needs=(_class_id_key,))
def class_video_progress(value: object) -> str | None:
    """A class's or lesson's id with a time into it and a share done or its duration."""
    if not isinstance(value, dict):
        return None
    keys = [_key_text(k) for k in value]
    if _not_a_video(keys):
        return None
    named = any(
        _class_id_key(k) and isinstance(v, str | int) and v not in ("", 0)
        for k, v in zip(keys, value.values(), strict=True)
    )
    into = share = duration = False
    for key, member in zip(keys, value.values(), strict=True):
        number = _number(member)
        if number is None:
            continue
        if _time_into_key(key) and 0 < number <= _MAX_SECONDS:
            into = True
        elif _share_key(key) and 0 <= number <= 100:
            share = True
        elif _duration_key(key) and number > 0:
            duration = True
    if named and into and (share or duration):
        return "a class or lesson's id with the time into it and how much is done"
    return None
