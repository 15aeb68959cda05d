"""A verification workflow's results by capability: the selfie compared, the face found live.

Identity-verification platforms that run a workflow of checks answer its retrieval with
the results grouped by CAPABILITY, each a list of runs naming the credentials it read
and its decision (Jumio's KYX platform: `capabilities: {similarity: [{credentials:
[{category: ID}, {category: SELFIE}], decision: {type: PASSED}, data: {similarity:
MATCH}}], liveness: [{decision: .., data: {type: .., predictedAge: 54}}]}`). A similarity
run over a SELFIE (or a face map) says whether the person's face matches the document's
photo; a liveness run's predicted age is read off the face. Both are inferences from the
person's face.

What is not read: a document-only run (usability, extraction, data checks: no selfie);
a capabilities object that describes a product (`similarity: ["cosine"]`, `liveness:
true`: no runs); a similarity run without a verdict or a score; a liveness run without
a predicted age and without a selfie credential.
"""

from __future__ import annotations

from ._common import _norm_text, _numeric, structure

_FACE_CATEGORIES = frozenset(["selfie", "facemap", "face", "face_map", "portrait", "liveness"])
_MATCH_VERDICTS = frozenset(
    ["match", "no_match", "nomatch", "not_match", "not_possible", "matched", "not_matched"]
)  # fmt: skip
_AGE_KEYS = frozenset(["predictedage", "estimatedage", "apparentage", "ageestimate"])


def _norm(key: object) -> str:
    return _norm_text(str(key))


def _member(value: dict, name: str) -> object:
    return next((m for k, m in value.items() if _norm(k) == name), None)


def _face_credential(run: dict) -> bool:
    credentials = _member(run, "credentials")
    if not isinstance(credentials, list):
        return False
    for credential in credentials[:10]:
        if isinstance(credential, dict):
            category = _member(credential, "category")
            if isinstance(category, str) and category.strip().lower() in _FACE_CATEGORIES:
                return True
    return False


def _similarity_run(run: object) -> bool:
    """A run over a selfie with a match verdict or a score in its data."""
    if not isinstance(run, dict) or not _face_credential(run):
        return False
    data = _member(run, "data")
    if not isinstance(data, dict):
        return False
    verdict = _member(data, "similarity")
    if isinstance(verdict, str) and verdict.strip().lower() in _MATCH_VERDICTS:
        return True
    score = _member(data, "score")
    number = None if isinstance(score, bool) else _numeric(score)
    return number is not None and 0 <= number <= 100


def _liveness_run(run: object) -> bool:
    """A liveness run with an age predicted from the face, or over a selfie with a verdict."""
    if not isinstance(run, dict):
        return False
    data = _member(run, "data")
    if isinstance(data, dict):
        for key, member in data.items():
            number = None if isinstance(member, bool) else _numeric(member)
            if _norm(key) in _AGE_KEYS and number is not None and 1 <= number <= 120:
                return True
    return _face_credential(run) and isinstance(_member(run, "decision"), dict)


def _runs(value: dict, name: str) -> list[object]:
    runs = _member(value, name)
    return runs[:20] if isinstance(runs, list) else []


def _capability_key(key: str) -> bool:
    return _norm_text(key) in ("similarity", "liveness")


@structure("face_capability_results", kind=dict, size=(1, 40), needs=(_capability_key,))
def face_capability_results(value: object) -> str | None:
    """Capability results: a similarity run over a selfie with its verdict, or a liveness
    run with the age it predicted from the face."""
    if not isinstance(value, dict):
        return None
    if any(_similarity_run(run) for run in _runs(value, "similarity")):
        return "a similarity run over a selfie, with its verdict"
    if any(_liveness_run(run) for run in _runs(value, "liveness")):
        return "a liveness run on the face, with its result"
    return None
