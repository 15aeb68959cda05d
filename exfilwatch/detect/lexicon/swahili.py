"""Swahili verbs as keys write them, with their prefixes, generated from the lexicon's verbs.

A Swahili verb carries who, when and "which" as prefixes before its root: `ni-li-cho-tazama`
("what I watched", `nilichotazama`), `zi-li-zo-chezwa` ("which were played"), `a-me-skiza`
("has listened", Sheng), `i-na-sikilizwa` ("is being listened to"). An app names a list or
a field by such a form (`nilichotazama: [..]`, `ilichezwa_saa`, `ameskiza_sec`), and the
lexicon listed a dozen of them by hand while the language makes hundreds from each root.
So the forms are GENERATED when a lexicon is parsed (`affixes.inflected` calls here), the
way Philippine and Malay affixes are: every generated form is an exact word, a key that
merely starts with `ni` or `a` in another language is never taken apart, and a form the
lexicon lists itself keeps its listed class.

The roots come from the Swahili words the lexicon lists under its verb classes: an
infinitive (`kutazama` -> `tazama`), a prefixed form taken apart by the same prefixes
(`imechezwa` -> `chezwa`), or a bare root. From each root: a subject prefix (the persons and
the noun classes), a tense (`li` past, `me` perfect: the act done, read as the past class;
`na` present, `ta` future: the act itself), after `li` / `na` / `ta` optionally a relative
marker of any noun class (`cho`, `zo`, `yo`...), then the root, active or passive (`-wa`).
"""

from __future__ import annotations

from collections.abc import Iterator

SWAHILI = frozenset(["sw"])

_SUBJECTS = ("ni", "u", "a", "tu", "m", "mu", "wa", "i", "zi", "ki", "vi", "li", "ya", "pa", "ku")
_DONE_TENSES = ("li", "me")
_OPEN_TENSES = ("na", "ta")
_RELATIVE_TENSES = frozenset(["li", "na", "ta"])
_RELATIVES = ("", "ye", "o", "cho", "vyo", "zo", "yo", "lo", "po", "ko", "mo", "wo")
_MIN_ROOT = 5
_MIN_FORM = 7


def _prefixes() -> list[tuple[str, bool]]:
    """(subject + tense + relative, whether the tense says the act is done)."""
    out: list[tuple[str, bool]] = []
    for subject in _SUBJECTS:
        for tense in (*_DONE_TENSES, *_OPEN_TENSES):
            relatives = _RELATIVES if tense in _RELATIVE_TENSES else ("",)
            out.extend((subject + tense + rel, tense in _DONE_TENSES) for rel in relatives)
    return out


_PREFIXES = tuple(sorted(_prefixes(), key=lambda p: -len(p[0])))


def root(word: str) -> str | None:
    """The verb root of a listed Swahili word (`kutazama` -> `tazama`, `iliyochezwa` ->
    `chezwa`, `tazama` -> `tazama`), or None for a word that is no verb form."""
    if not (word.isascii() and word.isalpha() and word.endswith("a")):
        return None
    if word.startswith("ku") and len(word) - 2 >= _MIN_ROOT:
        return word[2:]
    for prefix, _ in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _MIN_ROOT and rest.endswith("wa"):
            return rest
    return word if len(word) >= _MIN_ROOT else None


def _voices(verb: str) -> tuple[str, ...]:
    """The root active and passive (`tazama`, `tazamwa`); a passive root is only passive."""
    if verb.endswith("wa"):
        return (verb,)
    return (verb, verb[:-1] + "wa")


def verb_forms(word: str) -> Iterator[tuple[str, bool]]:
    """(form, whether it says the act is done) for each prefixed form of the word's root."""
    verb = root(word)
    if verb is None:
        return
    for voice in _voices(verb):
        for prefix, done in _PREFIXES:
            form = prefix + voice
            if len(form) >= _MIN_FORM and form != word:
                yield form, done
