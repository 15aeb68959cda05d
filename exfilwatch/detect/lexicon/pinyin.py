"""Pinyin as Chinese developers write it in keys: words run together and initialisms.

A Chinese app names its keys in pinyin, and two habits put them out of reach of a
word list:

- words written together without a separator (`shoutingjindu`, 收听进度 "listening
  progress"; `guankanshichang`, 观看时长 "watching time"): each part is a listed word, but
  the whole is not, and only a word listed as a stem (`bofang-`) let its rest be read;
- INITIALISMS, the first letter of each syllable (`bfjd` 播放进度 "playback progress",
  `gksc` 观看时长 "watching time", `tssc` 听书时长 "audiobook listening time"), the way
  `sj` is 时间 and `zh` 账号 in countless Chinese APIs.

Both are read from the words the lexicon lists under `zh`, so they follow the lexicon: a
new pinyin word is readable whole, inside a compound and as its initials with no other
edit. A word is split into syllables by the pinyin syllable inventory (longest syllable
first, backtracking so `yingui` is yin|gui, not ying|ui); its initialism is the first
letter of each. Only a key word of consonants alone is read as initials (pinyin
initials are consonants; English words have vowels), only as the whole key, only as two
pieces or more (a lone `sc` or `ts` is any language's abbreviation), an act and the
measure it heads (`ACTS`, `HEADS`), and only where every piece is the initialism of one
class: an initialism two classes share (`zj`: 足迹 history, 最近 recently, 章节 chapter)
reads as nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

# Finals each initial takes (Hanyu Pinyin; `v` for u-umlaut as keyboards type it).
_SYLLABLES_BY_INITIAL = {
    "": "a o e ai ei ao ou an en ang eng er",
    "y": "yi ya yo ye yao you yan yin yang ying yong yu yue yuan yun",
    "w": "wu wa wo wai wei wan wen wang weng",
    "b": "ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu",
    "p": "pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu",
    "m": "ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu",
    "f": "fa fo fei fou fan fen fang feng fu",
    "d": "da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui "
    "duan dun",
    "t": "ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun",
    "n": "na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu "
    "nuo nuan nv nve",
    "l": "la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu "
    "luo luan lun lv lve",
    "g": "ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang",
    "k": "ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang",
    "h": "ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang",
    "j": "ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun",
    "q": "qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun",
    "x": "xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun",
    "zh": "zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai "
    "zhui zhuan zhun zhuang",
    "ch": "cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui "
    "chuan chun chuang",
    "sh": "sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui "
    "shuan shun shuang",
    "r": "re ri rao rou ran ren rang reng rong ru ruo rui ruan run",
    "z": "za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun",
    "c": "ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun",
    "s": "sa se si sai sao sou san sen sang seng song su suo sui suan sun",
}
SYLLABLES = frozenset(s for group in _SYLLABLES_BY_INITIAL.values() for s in group.split())
_LONGEST = max(len(s) for s in SYLLABLES)
_VOWELS = frozenset("aeiou")
# An initialism is read in keys of this many letters: two two-syllable words at least,
# three three-syllable words at most.
_INITIALS_LENGTH = (4, 9)
_LANGUAGE = "zh"
# A Chinese compound puts its head last (播放|进度, "playback | progress"; 观看|时长): an
# initialism is read only as an ACT and the measure it heads, the way player logs name
# their fields (播放进度 `bfjd`, 观看时长 `gksc`, 收听时长 `stsc`, 听书进度 `tsjd`). Two letters
# are the initials of many words (`dy` is 电影 film and 订阅 subscribe, 打印 print; `jm` 节目
# programme and 界面 screen, 加密 encrypt), so a media noun's initials say too little to
# qualify a measure; an act's beside a measure do. English consonant abbreviations (`msgs`,
# `pkgs`, `txns`) read as no act and a measure.
ACTS = frozenset(["playback", "played", "watched", "watching", "listen", "listened", "audiobook"])
HEADS = frozenset(
    ["progress", "duration", "position", "time", "seconds", "minutes", "percent", "history",
     "playhead"]
)  # fmt: skip


@cache
def syllables(word: str) -> tuple[str, ...] | None:
    """`guankan` -> (guan, kan); None when the word is no run of pinyin syllables."""
    if not word:
        return ()
    for end in range(min(_LONGEST, len(word)), 0, -1):
        if word[:end] in SYLLABLES:
            rest = syllables(word[end:])
            if rest is not None:
                return (word[:end], *rest)
    return None


def initials(word: str) -> str | None:
    """`bofang` -> `bf`; None for a word that is no pinyin or of one syllable."""
    parts = syllables(word)
    if not parts or len(parts) < 2:
        return None
    return "".join(part[0] for part in parts)


def initialisms(words: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Initialism -> class, for (pinyin word, class) pairs; one two classes share and
    one with a vowel (a syllable with no initial) are left out."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for word, cls in words:
        letters = initials(word)
        if letters is None or _VOWELS.intersection(letters):
            continue
        if found.setdefault(letters, cls) != cls:
            clashes.add(letters)
    return {letters: cls for letters, cls in found.items() if letters not in clashes}


def listed_words(data: dict) -> list[str]:
    """The single words (stems without their `-`) a lexicon's YAML lists under `zh`."""
    out: list[str] = []
    for by_language in (data.get("classes") or {}).values():
        for entry in (by_language or {}).get(_LANGUAGE) or []:
            text = str(entry).lower().strip().removesuffix("-")
            if text.isalpha() and text.isascii():
                out.append(text)
    return out


def read_initials(key_word: str, table: dict[str, str]) -> tuple[str, ...] | None:
    """The classes a consonant-only key word spells as initialisms (`bfjd` ->
    playback, progress), when it splits into two or more known initialisms in exactly
    one way of one reading; None otherwise."""
    low, high = _INITIALS_LENGTH
    if not (low <= len(key_word) <= high and key_word.isascii() and key_word.isalpha()):
        return None
    if _VOWELS.intersection(key_word):
        return None
    readings = {r for r in _splits(key_word, table) if _act_and_measure(r)}
    if len(readings) != 1:
        return None
    (reading,) = readings
    return reading


def _act_and_measure(reading: tuple[str, ...]) -> bool:
    """(act, ..., measure): `playback, progress`; `watched, duration`."""
    return len(reading) >= 2 and reading[0] in ACTS and reading[-1] in HEADS


def _splits(word: str, table: dict[str, str]) -> set[tuple[str, ...]]:
    """Every reading of `word` as a run of initialisms in `table`."""
    if not word:
        return {()}
    found: set[tuple[str, ...]] = set()
    for end in range(2, len(word) + 1):
        cls = table.get(word[:end])
        if cls is not None:
            found.update((cls, *rest) for rest in _splits(word[end:], table))
    return found


def read_compound(word: str, words: dict[str, str], parts: int = 3) -> tuple[str, ...] | None:
    """The classes of a run-together pinyin compound (`shoutingjindu` -> listen,
    progress): two or three listed words and nothing else, read one way only."""
    readings = _compound_splits(word, words, parts)
    multi = {r for r in readings if len(r) >= 2}
    return next(iter(multi)) if len(multi) == 1 else None


def _compound_splits(word: str, words: dict[str, str], parts: int) -> set[tuple[str, ...]]:
    if not word:
        return {()}
    if parts == 0:
        return set()
    found: set[tuple[str, ...]] = set()
    for end in range(2, len(word) + 1):
        cls = words.get(word[:end])
        if cls is not None:
            found.update((cls, *rest) for rest in _compound_splits(word[end:], words, parts - 1))
    return found


# Longer key words are no pinyin compound of two or three listed words.
_LONGEST_COMPOUND = 24


@cache
def _tables(name: str) -> tuple[dict[str, str], dict[str, str]]:
    """(listed pinyin word -> class, initialism -> class) of the lexicon `name`, each
    word read as the lexicon reads it (an exact entry first, then a whole stem)."""
    from . import load, raw  # the package imports nothing of this module

    lexicon = load(name)
    words: dict[str, str] = {}
    for word in listed_words(raw(name)):
        cls = lexicon.words.get(word)
        if cls is None and (split := lexicon.stem_rest(word)) is not None and not split[1]:
            cls = split[0]
        if cls is not None:
            words.setdefault(word, cls)
    return words, initialisms(words.items())


@lru_cache(maxsize=16384)
def pinyin_classes(
    word: str, whole_key: bool = True, name: str = "viewing"
) -> tuple[str, ...] | None:
    """The classes a key word spells as a pinyin initialism (`bfjd`, read only when
    it is the whole key: a fragment of consonants inside a longer key is a token's, not
    a word's) or a run-together compound (`shoutingjindu`), or None for a word the
    lexicon reads otherwise (listed, or by a stem) or not at all."""
    from . import load

    lexicon = load(name)
    if word in lexicon.words or len(word) > _LONGEST_COMPOUND:
        return None
    words, table = _tables(name)
    found = read_initials(word, table) if whole_key else None
    if found is None and lexicon.stem_rest(word) is None:
        found = read_compound(word, words)
    return found
