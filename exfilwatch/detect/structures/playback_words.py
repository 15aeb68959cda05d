"""Key words read as their CLASS: each app reports playback in its own vocabulary and
language, so other languages' (and romanised Japanese / Chinese) words for a
position, progress, time unit, playback verb, event or media noun are read as the
English word of their class (`posicaoSeg` is `position seconds`, `tempoAssistido`
is `time watched`), and every detector works on the class. The words are data:
`exfilwatch/detect/lexicon/viewing.yaml` (exact words, stems, two-syllable phrases
such as Vietnamese `noi_dung`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lexicon import load
from ..lexicon.pinyin import pinyin_classes
from ._common import (
    key_word_set,
    key_words,
)
from .playback_vocab import (
    _ID_WORDS,
    _LOOSE_NOUNS,
    _MEDIA_NOUNS,
    _NAME_WORDS,
    _PLAY_VERBS,
    _TIME_UNITS,
    _WATCHED_VERBS,
)

# Lower-case compounds that no case or separator splits: `playtime`, `watchtime`,
# `playduration`, `videoid`.
_COMPOUND_RE = re.compile(
    r"(play|played|watch|watched|view|viewed|listen|listened|video|episode|drama|media|content"
    r"|song|track|movie|film|clip|series|program)"
    r"(time|duration|sec|secs|seconds|ms|position|progress|percent|id)"
)


# Time units written only as a key's last word after a word that is measured in
# time: `posicaoSeg`, `tempo_seg`, `pos_sek` (but a `seg_position` is an HLS
# segment's place and a `price_sek` is in Swedish krona). A watched / played amount
# is measured in time too (Russian `prosmotreno_sek`, "watched, seconds").
# `watching` too (round 56): a viewing-time word with its unit, German `sehdauerSek`
_TIMED_WORDS = frozenset(
    ["position", "progress", "time", "duration", "pos", "prog", "playhead", "watched", "played",
     "listened", "watching"]
)  # fmt: skip
_SUFFIX_UNITS = {
    "seg": "seconds",
    "sek": "seconds",
    "sn": "seconds",
    "dk": "minutes",
    "mp": "seconds",
    # the unit in the singular (`joyelu_second`, Gujarati "watched, second"; `played_minute`):
    # developers writing English as a second language name the unit, not the count (round 64)
    "second": "seconds",
    "minute": "minutes",
}
# Romance languages put the unit FIRST (`seg_reproducidos`, `min_vistos`,
# `min_assistidos`: "seconds played", "minutes watched"), so an abbreviated unit
# before a lexicon's watched / played / listened word is that unit. The English words
# themselves stay out: `min_watched` is also a threshold ("minimum watched").
_PREFIX_UNITS = {"seg": "seconds", "segs": "seconds", "min": "minutes"}
_AMOUNT_VERBS = frozenset(["watched", "played", "listened"])
# ... and Slavic and other developers put it LAST (`gledano_min`, Bulgarian "watched,
# minutes"; `odgledano_min`): read so after another language's WATCHED word only, as above;
# a `duration_min` or `time_min` is a filter's minimum, and Russian `slushanie_min` is a court
# hearing's minutes as often as a listening's.
_LAST_UNITS = {"min": "minutes"}
# Abbreviations of a position or progress that say so only beside a time unit
# (`pos_s`, `posMs`, `prog_sec`): a bare `pos` is a list's or a till's, `prog_id` a
# programme's.
_TIMED_ABBREVIATIONS = {"pos": "position", "prog": "progress"}
# A date or a moment shortened as a key's last word, after the word it dates (`lstnDt`,
# `playDt`, `regDttm`, `watch_ymd`): Korean, Japanese and Vietnamese back ends (and SQL
# columns everywhere) write `dt` / `dttm` / `ymd` for a date, `tm` for a time.
# "Last" and the act as a noun (`lastListen`, `last_watch`): the moment of one's
# latest listen or viewing, the act done.
_LAST_ACTS = {"listen": "listened", "watch": "watched", "watching": "watched"}
_DATE_SUFFIXES = {"dt": "date", "dtm": "date", "dttm": "date", "ymd": "date", "tm": "time"}
_ABBREVIATED_NOUNS = {"prog": "program"}
# ... and beside a watching or listening verb (`watch_pos`, `listenPos`, `playback_pos`):
# the verb says whose position it is, a playhead's. A game's `play_pos` stays a list's.
_HEARD_OR_SEEN_VERBS = _PLAY_VERBS - frozenset(["play", "played", "playing"])
# "Played up to", "watched until": how far playback went, in any of these phrasings
# (Portuguese `ouvidoAte`, Dutch `gekekenTot`, Italian `vistoFino`, French `vuJusqua`);
# read only beside a played / watched / listened verb. Irish `go dtí` and Gaelic `gu ruige`
# say "until" in their second, eclipsed or fixed word (`féachta_go_dtí`, `air fhaicinn_gu_ruige`);
# Yiddish `biz` (`gekukt_biz`, watched until), round 67 (set 283).
_UNTIL_WORDS = frozenset(
    ["until", "till", "upto", "hasta", "bis", "ate", "tot", "fino", "jusqua", "dti", "ruige", "biz"]
)
# Spanish, Portuguese, French and Italian name the id first (`id_video`, `codigo_filme`).
_ID_FIRST = frozenset(["id", "cod", "codigo", "identificador", "identifiant"])
_ALL_NOUNS = _MEDIA_NOUNS | _LOOSE_NOUNS


# Languages without inflection say a concept in a phrase (Igbo `ihe a na egwu`,
# Pidgin `wetin dey play`, Hausa `abin da ake kallo`: "what is playing / watched").
_PHRASE_SIZES = (4, 3, 2)


def _merge_phrases(words: list[str]) -> list[str]:
    """Two-syllable words (`noi_dung`, `vi_tri`) and phrases of up to four words
    (`ya_lo_vi`, Mexican "already seen"; `ihe_a_na_egwu`, Igbo "what is playing")
    read as one (the lexicon's phrases), the longest first."""
    if len(words) < 2:
        return words
    phrases = _LEXICON.phrases
    merged: list[str] = []
    i = 0
    while i < len(words):
        for size in _PHRASE_SIZES:
            phrase = phrases.get(tuple(words[i : i + size])) if i + size <= len(words) else None
            if phrase:
                merged.append(phrase)
                i += size
                break
        else:
            merged.append(words[i])
            i += 1
    return merged


# STEMS: every language inflects and compounds (Turkish izleme / izlenme / izlenen,
# Polish ogladania / ogladanie, Dutch kijkduur / kijkgeschiedenis / luisterpositie),
# so a word no exact entry names is read by the longest stem it starts with, and a
# compound's rest is read too (`kijkduur` -> watching, duration).
_LEXICON = load("viewing")
# A compound's rest is read when it is a word of a class (`duur`, `positie`, `tijd`).
_CLASS_NAMES = frozenset(_LEXICON.words.values()) | frozenset(c for _, c in _LEXICON.stems)


@lru_cache(maxsize=16384)
def _stem_words(word: str) -> tuple[str, ...]:
    """A word read by its stem (`izlenme` -> watching; `kijkduur` -> watching,
    duration); itself when no stem starts it."""
    if word in _LEXICON.words or len(word) < 4:
        return (word,)
    found = _LEXICON.stem_rest(word)
    if found is None:
        return (word,)
    cls, rest = found
    second = _linked_rest(rest)
    if second is None:
        # the stem is shorter than the compound's first word (Danish `afspil-` in
        # `afspilnings|position`): read the rest after the longest listed word
        for end in range(len(word) - 4, len(word) - len(rest), -1):
            if _LEXICON.words.get(word[:end]) == cls:
                second = _linked_rest(word[end:])
                break
    return (cls, second) if second else (cls,)


def _linked_rest(rest: str) -> str | None:
    """The class of a compound's second part, read past the linking `s` of Germanic
    compounds (Swedish `avspelnings|position`, Danish `afspilnings|position`, German
    `Wiedergabes|dauer`, Norwegian `lyttings|tid`)."""
    second = _compound_rest(rest)
    if second is None and rest[:1] == "s":
        second = _compound_rest(rest[1:])
    return second


def _compound_rest(rest: str) -> str | None:
    """The class of a compound's second part, or None."""
    second = _LEXICON.words.get(rest) or (rest if rest in _CLASS_NAMES else None)
    if second is None and len(rest) >= 4:
        second = _LEXICON.word(rest)
    return second


def _class_words(words: list[str]) -> tuple[str, ...]:
    """`words` with each word read as its class (see the `viewing` lexicon)."""
    unit_first = len(words) == 2 and words[0] in _PREFIX_UNITS and words[1] not in _AMOUNT_VERBS
    unit_last = len(words) == 2 and words[1] in _LAST_UNITS and words[0] not in _AMOUNT_VERBS
    words = _merge_phrases(words)
    words = [c for w in words for c in _stem_words(w)]
    words = [_LEXICON.words.get(w, w) for w in words]
    if unit_first and len(words) == 2 and words[1] in _AMOUNT_VERBS:
        words[0] = _PREFIX_UNITS[words[0]]
    if unit_last and len(words) == 2 and words[0] == "watched":
        words[1] = _LAST_UNITS[words[1]]
    if "tempo" in words and _WATCHED_VERBS.intersection(words):
        # Portuguese and Italian `tempoAssistido`; a music app's `playback_tempo` is BPM
        words = ["time" if w == "tempo" else w for w in words]
    if len(words) > 1 and words[-1] in _DATE_SUFFIXES:
        words[-1] = _DATE_SUFFIXES[words[-1]]
    if len(words) == 2 and words[0] == "last" and words[1] in _LAST_ACTS:
        words[1] = _LAST_ACTS[words[1]]  # `lastListen`: when it was last listened to
    if len(words) > 1 and words[-1] in _SUFFIX_UNITS and _TIMED_WORDS.intersection(words):
        words[-1] = _SUFFIX_UNITS[words[-1]]
    if _TIME_UNITS.intersection(words):
        words = [_TIMED_ABBREVIATIONS.get(w, w) for w in words]
    elif _ID_WORDS.intersection(words):
        words = [_ABBREVIATED_NOUNS.get(w, w) for w in words]
    if len(words) == 2 and words[0] in _ID_FIRST and words[1] in _ALL_NOUNS:
        words = [words[1], "id"]  # Romance word order: `id_episodio`, `codigo_video`
    elif len(words) == 2 and words[0] in _NAME_WORDS and words[1] in _ALL_NOUNS:
        words = [words[1], words[0]]  # `titre_emission`, `judul_video`, `nama_lagu`
    if "pos" in words and _HEARD_OR_SEEN_VERBS.intersection(words):
        words = ["position" if w == "pos" else w for w in words]
    if _PLAY_VERBS.intersection(words):
        for i, word in enumerate(words):
            if word in _UNTIL_WORDS or (word == "up" and words[i + 1 : i + 2] == ["to"]):
                words[i : i + (2 if word == "up" else 1)] = ["position"]
                break
    return tuple(words)


# ARABIZI: Arabic (Moroccan Darija, Egyptian, Levantine) written in Latin letters uses
# digits for the sounds Latin lacks (3 ayn, 7 ha, 9 qaf, 2 hamza, 5 kha, 8 ghain, 6 ta),
# so `l7al9a` is "lhalqa" (the episode) and `w9t` "wqt" (time). A digit between two
# letters is read as its letter only when the word then read is one the lexicon knows;
# `h264`, `utf8`, `mp4`, `s3key` and `b2b` stay as they were. A final digit is a
# letter too (`estima3`, "listening", ends in ayn), read the same way.
# A camelCase key's words are read one by one (`sawanyEtsama3`, `etsam3etFe`: round 59),
# each in lower case; an all-capital run (`ID`, `S3`) is no Arabizi word.
_ARABIZI_TOKEN_RE = re.compile(r"[0-9]*[A-Z]?[a-z0-9]+|[A-Z0-9]+")
# A word may open with its digit too (`7al2a` halqa "episode", `3adad` "count").
_ARABIZI_RE = re.compile(r"[235679]?[a-z]+(?:[235679][a-z]+)*[235679]?")
_ARABIZI_LETTERS = str.maketrans({"2": "", "3": "a", "5": "kh", "6": "t", "7": "h", "9": "q"})
# Egyptian and Levantine speech says qaf as a hamza, so their writers put `2` where
# the word has q (`wa2t` waqt "time", `maw2e3` mawqi3 "position", `ta2addom` taqaddum
# "progress"): read so when the hamza reading is no word the lexicon knows.
_ARABIZI_QAF = str.maketrans({"2": "q", "3": "a", "5": "kh", "6": "t", "7": "h", "9": "q"})


def _arabizi_key(key: str) -> str | None:
    """`key` with each Arabizi word written in letters (`l7al9a` -> `lhalqa`), or None
    when no word of it is Arabizi the lexicon reads."""
    changed = False
    parts: list[str] = []
    for token in _ARABIZI_TOKEN_RE.findall(key):
        if _ARABIZI_RE.fullmatch(token.lower()) and not token.isupper():
            letters = _arabizi_word(token.lower())
            if letters is not None:
                parts.append(letters)
                changed = True
                continue
        parts.append(token)
    return "_".join(parts) if changed else None


def _arabizi_word(token: str) -> str | None:
    """The lexicon word an Arabizi token spells, its `2` read as a hamza and then as
    a qaf; None when neither reading is a word."""
    for table in (_ARABIZI_LETTERS, _ARABIZI_QAF) if "2" in token else (_ARABIZI_LETTERS,):
        letters = token.translate(table)
        if letters in _LEXICON.words or _LEXICON.word(letters):
            return letters
    return None


# ARABIC SCRIPT: a key written in Arabic letters is transliterated with its article
# (and a joined preposition) fused to the word, `الموضع_بالثواني` -> `lmwd`,
# `blthwny`; the article is read off a word only when what remains is a word the
# lexicon knows, so `lmshhdh` is `mshhdh` (watching) and any other word stays whole.
_ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff]")
_ARABIC_ARTICLES = ("wbl", "bl", "wl", "fl", "kl", "ll", "l")


def _without_article(word: str) -> str:
    """`word` without a fused Arabic article when the rest is a lexicon word."""
    if word in _LEXICON.words:
        return word
    for article in _ARABIC_ARTICLES:
        rest = word[len(article) :]
        if word.startswith(article) and len(rest) >= 3 and rest in _LEXICON.words:
            return rest
    return word


# MARKED WORDS: folding accents makes some words another language's (Vietnamese
# `tập`, "episode", folds to English `tap`), so a word the lexicon lists WITH its
# marks is read as its class before the key is folded; unmarked it stays English.
_RAW_WORD_RE = re.compile(r"[^\W\d_]+")
_MARKED_WORDS = {w: c for w, c in _LEXICON.words.items() if not w.isascii()}


def _marked_key(key: str) -> str:
    """`key` with each word the lexicon lists with its marks written as its class
    (`tập` -> `episode`); the key itself when it has none."""
    found = False

    def read(word: re.Match[str]) -> str:
        nonlocal found
        cls = _MARKED_WORDS.get(unicodedata.normalize("NFC", word.group()).lower())
        found = found or cls is not None
        return f"_{cls}_" if cls else word.group()

    marked = _RAW_WORD_RE.sub(read, key)
    return marked if found else key


# A glottal stop or an ayin written as an apostrophe inside a romanised word (Hebrew
# `eru'a` "event", Arabic `sa'a`, Hawaiian `ʻōlelo`) belongs to the word; the key reader
# would split it in two (`eru`, `a`).
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['\u2019\u02bc\u02bb](?=[^\W\d_])")


@lru_cache(maxsize=16384)
def play_words(key: str) -> tuple[str, ...]:
    """`key_words`, with lower-case compounds split (`playtime` -> play, time) and
    each word read as its class (`posicaoSeg` -> position, seconds)."""
    if "'" in key or not key.isascii():
        key = _INNER_APOSTROPHE.sub("", key)
    if not key.isascii():
        key = _marked_key(key)
    if any(c.isdigit() for c in key):
        key = _arabizi_key(key) or key
    arabic = bool(_ARABIC_SCRIPT_RE.search(key))
    words: list[str] = []
    split = key_words(key)
    for word in split:
        if arabic:
            word = _without_article(word)
        found = _COMPOUND_RE.fullmatch(word)
        # pinyin initialisms and run-together words (`bfjd`, `shoutingjindu`): lexicon/pinyin.py
        words.extend(found.groups() if found else pinyin_classes(word, len(split) == 1) or (word,))
    return _class_words(words)


def key_and_play_words(key: str) -> frozenset[str]:
    """A key's words both as written and as their classes (`pub` and `advert`), for the
    vetoes that must see a foreign word the classes would rename."""
    return frozenset(play_words(key)) | key_word_set(key)


# -- rows of things looked at, not watched -----------------------------------------
#
# "Recently seen" is said of products, flats, cars and jobs with the same verb as of
# films (Hindi `haal_mein_dekha`, German `zuletztGesehen`, Turkish `son_izlenenler`),
# so a row's own fields tell the two apart: a price, an SKU, a brand, a quantity, a
# rent or a salary (the lexicon's `price` class, in any language it reads) is what a
# shop's or a listing's row carries. A rental's or a pay-per-view's row also names its
# film or episode (`movie_id`, `episode`), and stays a viewing record.
_PRICE_WORDS = frozenset(["price"])


def priced_row(item: dict) -> bool:
    """True when a row carries a price, SKU, brand or quantity and names no media
    noun (a film, an episode, a song): a shop's or a listing's row."""
    priced = media = False
    for key in item:
        words = play_words(key) if isinstance(key, str) else ()
        priced = priced or bool(_PRICE_WORDS.intersection(words))
        media = media or bool(_MEDIA_NOUNS.intersection(words))
    return priced and not media


# A whole beacon may carry a `cart` or a `qty` of something else beside what was
# played; only a small object (a row of a list) is read as one thing seen.
_ROW_SIZE = 16


def priced_record(item: dict) -> bool:
    """`priced_row` for a small object (16 keys or fewer): a row, not a beacon."""
    return len(item) <= _ROW_SIZE and priced_row(item)
