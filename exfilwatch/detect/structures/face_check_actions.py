"""A verification job's result: the face checks it ran, each with its verdict, beside
the confidence of the match.

Identity-verification services answer a job-status poll with a result object that
lists the steps the job took and how each ended (Smile ID's `result.Actions`:
`Liveness_Check: Passed`, `Selfie_To_Registered_Selfie_Compare: Completed`, beside
`ConfidenceValue: "97.5"`). The steps that compare the person's selfie with a stored
or document photo, or test that the face is live, make the confidence a face-match
score on that person: a biometric inference, as a similarity under a `faceMatch` key
is. Steps that verify only an ID number or a document, a confidence with no face step
beside it, or a face step with no confidence do not match.
"""

from __future__ import annotations

from functools import lru_cache

from ._common import _norm_text, _numeric, key_words, structure
from .biometric_words import lexicon, word_roles

# Confidence keys: the score the comparison ended with.
_CONFIDENCE_KEYS = frozenset(
    ["confidence", "confidencevalue", "confidencescore", "matchconfidence", "score", "similarity",
     "matchscore", "facematchscore"]
)  # fmt: skip
# Keys that hold the list of steps and their verdicts.
_STEP_MAPS = frozenset(["actions", "checks", "steps", "results", "verifications", "stages"])
# A step's verdict: what each step's value says (case folded).
_VERDICTS = frozenset(
    ["passed", "pass", "failed", "fail", "completed", "complete", "approved", "rejected",
     "verified", "notverified", "matched", "notmatched", "success", "successful", "ok", "true",
     "false", "declined", "clear", "consider"]
)  # fmt: skip
_LIVENESS_CLASS = "liveness"
_SELFIE_CLASS = "selfie"
_MATCH_CLASS = "match"


@lru_cache(maxsize=4096)
def _face_step(key: str) -> bool:
    """A step that compares a face or tests its liveness (`Selfie_To_ID_Card_Compare`,
    `Liveness_Check`, `faceMatch`), in any of the lexicon's languages."""
    lex = lexicon()
    classes = {lex.words.get(w) for w in key_words(key)}
    # a selfie is always a person's: `Selfie_To_ID_Card_Compare` names a card beside it, and
    # a card word alone vetoes a face (a card's face)
    if "face" not in word_roles(key) and not classes & {_SELFIE_CLASS, _LIVENESS_CLASS}:
        return False
    return bool(classes & {_LIVENESS_CLASS, _MATCH_CLASS}) or any(
        w.startswith(stem) for w in key_words(key) for stem, cls in lex.stems if cls == _MATCH_CLASS
    )


def _verdict(value: object) -> bool:
    if isinstance(value, bool):
        return True
    return isinstance(value, str) and _norm_text(value) in _VERDICTS


def _confidence(value: object) -> bool:
    if isinstance(value, bool):
        return False
    number = _numeric(value)
    return number is not None and 0 < number <= 100


@structure("face_check_actions", kind=dict, size=(2, 40))
def face_check_actions(value: object) -> str | None:
    """A result object with a confidence and a map of steps to verdicts, one step
    a face comparison or liveness test that ran (a verdict, not `Not Applicable`)."""
    if not isinstance(value, dict):
        return None
    keys = {_norm_text(k): k for k in value if isinstance(k, str)}
    confidence = next((k for n, k in keys.items() if n in _CONFIDENCE_KEYS), None)
    if confidence is None or not _confidence(value[confidence]):
        return None
    for norm, key in keys.items():
        steps = value[key]
        if norm not in _STEP_MAPS or not isinstance(steps, dict):
            continue
        ran = [s for s, v in steps.items() if isinstance(s, str) and _verdict(v) and _face_step(s)]
        if ran:
            return f"face checks {', '.join(ran[:3])} with {confidence}"
    return None
