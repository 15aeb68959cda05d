"""The compiled-pattern cache (exfilwatch/regex_cache.py) and the cached lexicon
expansion (lexicon.patterns.expand_all): a cached pattern must match exactly
what `re.compile` of the same text matches, a damaged entry must cost only a
real compile, and a changed pattern must never be answered from an old entry."""

from __future__ import annotations

import marshal
import pickle
import re
from pathlib import Path

import pytest

from exfilwatch import regex_cache
from exfilwatch.detect.lexicon import patterns
from exfilwatch.detect.signatures import LazyPattern, load_signatures
from exfilwatch.regex_cache import PatternTable

PATTERNS = [
    r"(?i)^(?:x-)?(?:device|install)[-_]?id$",
    r"(?P<kind>gaid|idfa)=(?P<value>[0-9a-f-]{36})",
    r"^header\.",
    r"(?i)(?<![a-z])face[-_ ]?(?:mesh|landmarks?)(?![a-z])",
]
TEXTS = [
    "x-device-id", "Install_ID", "gaid=3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b", "header.x-a",
    "body.header", "faceMesh", "surface_mesh", "face landmarks", "idfa=zz",
]  # fmt: skip


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EXFILWATCH_PARSED_CACHE", str(tmp_path))
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    facts = (a.pattern, a.flags, a.groups, a.groupindex)
    assert facts == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        ma, mb = a.search(text), b.search(text)
        assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict()))


def test_cached_patterns_match_what_re_compiles(cache: Path, monkeypatch: pytest.MonkeyPatch):
    for pattern in PATTERNS:  # the miss: code built for all, written once
        _same(PatternTable(PATTERNS).compile(pattern), re.compile(pattern))
    assert len(list(cache.glob("regex-*.marshal"))) == 1

    def no_compiling(pattern: str) -> list:
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(regex_cache, "_code_of", no_compiling)
    table = PatternTable(PATTERNS)  # a new process: the hit
    for pattern in PATTERNS:
        _same(table.compile(pattern), re.compile(pattern))


def test_a_changed_pattern_set_is_compiled_again(cache: Path):
    PatternTable(PATTERNS).compile(PATTERNS[0])
    changed = [*PATTERNS[1:], r"(?i)^vendor[-_]?id$"]
    compiled = PatternTable(changed).compile(changed[-1])
    assert compiled.search("Vendor_ID") and not compiled.search("vendor_ids")


def test_a_damaged_entry_costs_only_a_real_compile(cache: Path):
    PatternTable(PATTERNS).compile(PATTERNS[0])
    [path] = cache.glob("regex-*.marshal")
    entries = marshal.loads(path.read_bytes())
    for entry in entries:
        entry[1] = b"AAAA"  # code the matcher refuses
    path.write_bytes(marshal.dumps(entries))
    table = PatternTable(PATTERNS)
    for pattern in PATTERNS:
        _same(table.compile(pattern), re.compile(pattern))


def test_a_truncated_table_costs_only_real_compiles(cache: Path):
    PatternTable(PATTERNS).compile(PATTERNS[0])
    [path] = cache.glob("regex-*.marshal")
    path.write_bytes(path.read_bytes()[:40])  # a write cut short by a full disk
    table = PatternTable(PATTERNS)
    for pattern in PATTERNS:
        _same(table.compile(pattern), re.compile(pattern))


def test_with_the_cache_off_patterns_are_compiled_by_re(tmp_path, monkeypatch):
    monkeypatch.setenv("EXFILWATCH_PARSED_CACHE", "off")
    _same(PatternTable(PATTERNS).compile(PATTERNS[1]), re.compile(PATTERNS[1]))


def test_an_unknown_pattern_is_compiled_by_re(cache: Path):
    other = r"^order[-_]?no$"
    _same(PatternTable(PATTERNS).compile(other), re.compile(other))


def test_the_builtin_pack_compiles_from_the_cache_to_the_same_patterns(cache: Path):
    lazy = [
        p
        for sig in load_signatures()
        for p in (sig.key_regex, sig.path_regex, sig.value_regex, sig.url_regex)
        if isinstance(p, LazyPattern)
    ]
    assert len(lazy) > 200 and all(p.table is lazy[0].table for p in lazy)
    for p in lazy[:40]:
        cached = p.table.compile(p.pattern)
        fresh = re.compile(p.pattern)
        assert (cached.flags, cached.groups, cached.groupindex) == (
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )


def test_a_lazy_pattern_pickles_with_its_table(cache: Path):
    table = PatternTable(PATTERNS)
    copy = pickle.loads(pickle.dumps(LazyPattern(PATTERNS[0], table)))
    assert copy.table is not None and copy.search("x-install-id")


def test_lexicon_expansion_is_cached_and_equal_to_expand(cache: Path, monkeypatch):
    raw = [
        r"(?i)^(?#lex:device.install)[-_]?id$",
        r"(?i)^x-(?#lex~:device.device!en)$",
        r"^no placeholder$",
    ]
    first = patterns.expand_all(raw)
    assert set(first) == set(raw[:2])  # a pattern without a placeholder is left alone
    assert all(first[p] == patterns.expand(p) for p in first)

    def no_expanding(pattern: str) -> str:
        raise AssertionError(f"expanded again: {pattern}")

    monkeypatch.setattr(patterns, "expand", no_expanding)
    assert patterns.expand_all(raw) == first


def test_lexicon_expansion_is_keyed_by_the_lexicon_this_process_read(cache: Path, monkeypatch):
    """A process that read a lexicon before it was edited must neither be answered
    from the edited lexicon's entry nor write its own under the edited text's key."""
    from exfilwatch.detect import lexicon

    raw = [r"(?i)^(?#lex:device.install)[-_]?id$"]
    patterns.expand_all(raw)
    monkeypatch.setitem(lexicon._TEXTS, "device", lexicon.raw_text("device") + "\n# edited\n")

    def expanding(pattern: str) -> str:
        raise LookupError("expanded again")

    monkeypatch.setattr(patterns, "expand", expanding)
    with pytest.raises(LookupError):
        patterns.expand_all(raw)


def test_a_placeholder_for_a_class_without_words_is_refused(monkeypatch):
    """`(?:)` matches every key name: an emptied class must fail loudly, not widen a rule."""
    monkeypatch.setattr(patterns, "_classes", lambda name: {"empty": {"en": []}})
    patterns.alternation.cache_clear()
    try:
        with pytest.raises(ValueError, match="no entries"):
            patterns.expand(r"(?i)^(?#lex:device.empty)[-_]?id$")
    finally:
        patterns.alternation.cache_clear()


# A lexicon-sized alternation (a trie of a few thousand words, as `(?#lex:...)`
# expands to) and a named group, among enough patterns that `build` uses a pool.
_WORDS = [f"w{i:04d}{chr(97 + i % 26)}" for i in range(3000)]
BUILD_PATTERNS = [
    *PATTERNS,
    r"(?i)^(?:" + "|".join(_WORDS) + r")[-_]?id$",
    *(rf"(?i)^(?P<k{i}>key{i})[-_ ]?(?:id|no)$" for i in range(80)),
]


def test_a_parallel_build_gives_the_serial_entries():
    assert len(BUILD_PATTERNS) >= regex_cache._MIN_PARALLEL
    serial = regex_cache.build(BUILD_PATTERNS, jobs=1)
    assert serial == [regex_cache._code_of(p) for p in BUILD_PATTERNS]
    assert regex_cache.build(BUILD_PATTERNS, jobs=2) == serial
    chunks = regex_cache._chunks(BUILD_PATTERNS, 6)
    assert sorted(p for chunk in chunks for p in chunk) == sorted(BUILD_PATTERNS)
    assert len(chunks[0]) == 1  # the alternation alone: it outweighs all the others
    compiled = regex_cache._from_code(BUILD_PATTERNS[-1], serial[-1])
    _same(compiled, re.compile(BUILD_PATTERNS[-1]))
    assert compiled.search("Key79_no").group("k79") == "Key79"


def test_a_cold_table_built_in_a_pool_matches_what_re_compiles(cache: Path, monkeypatch):
    monkeypatch.setenv("EXFILWATCH_REGEX_JOBS", "2")
    pools = []
    real = regex_cache.build
    monkeypatch.setattr(regex_cache, "build", lambda ps: pools.append(1) or real(ps))
    table = PatternTable(BUILD_PATTERNS)
    for pattern in (*PATTERNS, BUILD_PATTERNS[len(PATTERNS)]):
        _same(table.compile(pattern), re.compile(pattern))
    assert pools == [1] and len(list(cache.glob("regex-*.marshal"))) == 1


def _pool_size_in_child(queue) -> None:
    queue.put(regex_cache._pool_size())


@pytest.mark.parametrize("daemon", [True, False])
def test_no_pool_is_started_inside_a_pool_worker_or_daemon(daemon: bool, monkeypatch):
    """A daemon process cannot have children, and a batch worker must not start a
    pool of its own: both build serially."""
    import multiprocessing
    import threading

    monkeypatch.setenv("EXFILWATCH_REGEX_JOBS", "4")
    # under pytest-xdist the test process has helper threads; they are not the point here
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert regex_cache._pool_size() == 4  # here, a main process of one thread
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_pool_size_in_child, args=(queue,), daemon=daemon)
    child.start()
    assert queue.get(timeout=60) == 1
    child.join(60)


def test_a_pool_that_cannot_start_falls_back_to_serial(monkeypatch):
    import concurrent.futures

    class NoPool:
        def __init__(self, *args, **kwargs):
            raise OSError("fork refused")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    assert regex_cache.build(BUILD_PATTERNS, jobs=2) == regex_cache.build(BUILD_PATTERNS, jobs=1)
