"""Signatures: detection rules kept as data, one YAML file per rule.

A rule says where to look (key names, a location pattern, hosts, URL, method,
direction) and what must be there (value validators, a value pattern, a
structural detector, co-occurring keys). Rules are validated against
`signature_schema.json`, and a load error names the file, the line and the
rule. Each rule carries positive and negative examples that the test suite runs.

Matching is indexed: rules with `keys` are looked up by the node's normalised
key (lower case, letters and digits only, so `gps_adid`, `gpsAdid` and
`GPS-ADID` are one key), so the cost per node does not grow with the number of
keyed rules. Only keyless rules (key patterns, structures, bare value shapes)
are tried on every node of their kind.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

import yaml

from ..decode import Decoded, Node
from ..model import Exchange, Request, Response
from ..redact import excerpt
from ..regex_cache import PatternTable
from .lexicon.patterns import expand as expand_lexicon
from .lexicon.patterns import expand_all as expand_lexicon_all
from .structures import STRUCTURES, Structure
from .structures._common import GATES, blocked_structures, key_words
from .subjects import CATEGORY_VETOES, SubjectReader
from .validators import VALIDATORS, Validator

_NORM_RE = re.compile(r"[^a-z0-9]")
_UNSPLIT_LATIN = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ð": "d",
        "þ": "th",
    }
)
"""Latin letters that Unicode does not split into a base letter and an accent."""
# Tuples, not `dict | list`: the hot path tests every value, and isinstance with a
# union is about three times slower than with a tuple on Python 3.11.
_CONTAINER = (dict, list)
_NOT_SCALAR = (dict, list, bytes)
_MAX_REGEX_INPUT = 4096
_MEMO_SIZE = 16384
_MEMO_VALUE_LENGTH = 256
# a URL's entry holds every answer for it (a few KB): fewer, shorter URLs are kept
_MEMO_URL_LENGTH = 2048
_MEMO_URLS = 1024
_UNTRIED = object()


class SignatureError(ValueError):
    """A rule file that cannot be used; the message names file, line and rule."""


@lru_cache(maxsize=16384)
def norm_key(key: str) -> str:
    """Key names repeat across a session: normalise each one once.

    Latin letters lose their accents before the rest is dropped (`posición` ->
    `posicion`, `hráč` -> `hrac`), so a key written with diacritics matches the rule's
    plain spelling, and a rule's accented name cannot shrink to another key
    (`hráč` once read as `hr`, a heart rate)."""
    if not key.isascii():
        key = unicodedata.normalize("NFKD", key.translate(_UNSPLIT_LATIN))
        key = "".join(c for c in key if not unicodedata.combining(c))
    return _NORM_RE.sub("", key.lower())


def latin_folded(key: str) -> str | None:
    """A Latin-script key without its accents and tones, for key patterns, or None
    when folding changes nothing or leaves a letter of another script.

    Key patterns spell words plainly (`thiet[-_ .]?bi`), as `norm_key` reads `keys`;
    a Vietnamese, Polish or Turkish developer writes the same word with its marks
    (`thiết_bị`, `urządzenie`), and a pattern that listed every marked spelling would
    still miss the next one. Cyrillic, kana and other scripts are not folded: their
    words are listed as written."""
    if key.isascii():
        return None
    text = unicodedata.normalize("NFKD", key.translate(_UNSPLIT_LATIN))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text if text.isascii() else None


def _host_matches(host: str, suffixes: tuple[str, ...]) -> bool:
    return any(host == s or host.endswith("." + s) for s in suffixes)


class LazyPattern:
    """A built-in rule's pattern, compiled on its first search: compiling the
    pack's ~240 patterns up front cost every command a third of a second, and a
    short scan uses few of them. With a `PatternTable` (the whole pack's), the
    compiled code comes from the cache of an earlier run (see `regex_cache`).
    The first search binds the compiled pattern's own `search` on the instance,
    so later calls cost what a compiled pattern's do."""

    def __init__(self, pattern: str, table: PatternTable | None = None) -> None:
        self.pattern = pattern
        self.table = table

    def search(self, text: str) -> re.Match[str] | None:
        compiled = self.table.compile(self.pattern) if self.table else re.compile(self.pattern)
        self.search = compiled.search  # type: ignore[method-assign]
        return compiled.search(text)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, PatternTable | None]]:
        return LazyPattern, (self.pattern, self.table)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


Pattern = re.Pattern[str] | LazyPattern


# A non-Latin letter, percent-encoded or (as a HAR may record the URL) written raw:
# `/v2/тапшырыу/v2201/урын` is read as `/v2/tapshyryu/v2201/uryn` (round 67, set 276).
_ENCODED_LETTER = re.compile(r"%[89a-fA-F][0-9a-fA-F]|[^\x00-\x7f]")
_RAW_LETTER = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=1024)
def _has_exclusion(pattern: str) -> bool:
    """Whether a rule's URL pattern excludes something (a negative lookahead): asked per
    URL with raw letters, answered once per pattern (a lexicon pattern runs to 100 KB)."""
    return "(?!" in pattern


@lru_cache(maxsize=4096)
def read_path(url: str) -> str | None:
    """The URL with each percent-encoded non-Latin path segment read as the key reader
    reads a key (`/me/%EC%8B%9C%EC%B2%AD%EA%B8%B0%EB%A1%9D/` -> `/me/sicheong-girok/`:
    Korean "viewing record"), or None when no segment is. An app names its resources in
    its own script, and a URL pattern is written in the lexicon's Latin words; the URL
    as sent is tried first, so a pattern that spells an encoded letter still matches."""
    if not _ENCODED_LETTER.search(url):
        return None
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    segments = parts.path.split("/")
    read = [_read_segment(segment) for segment in segments]
    if read == segments:
        return None
    rest = url[len(parts.scheme) + 3 + len(parts.netloc) + len(parts.path) :]
    return f"{parts.scheme}://{parts.netloc}{'/'.join(read)}{rest}"


def _read_segment(segment: str) -> str:
    if not _ENCODED_LETTER.search(segment):
        return segment
    text = unquote(segment, errors="replace")
    if text.isascii():
        return segment
    return "-".join(key_words(text)) or segment


@dataclass(slots=True)
class Context:
    scope: str = "object"
    any_keys: frozenset[str] = frozenset()
    all_keys: frozenset[str] = frozenset()
    not_keys: frozenset[str] = frozenset()
    any_values: frozenset[str] = frozenset()


@dataclass(slots=True)
class Signature:
    id: str
    title: str
    description: str
    category: str
    severity: str
    confidence: float
    references: list[str]
    file: str
    kind: str = ""
    keys: frozenset[str] = frozenset()
    key_regex: Pattern | None = None
    path_regex: Pattern | None = None
    validators: tuple[Validator, ...] = ()
    value_regex: Pattern | None = None
    structures: tuple[tuple[str, Structure], ...] = ()
    context: tuple[Context, ...] = ()
    hosts: tuple[str, ...] = ()
    not_hosts: tuple[str, ...] = ()
    url_regex: Pattern | None = None
    methods: frozenset[str] = frozenset()
    direction: str = "request"
    media: tuple[str, ...] = ()
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def fits_exchange(self, host: str, url: str, method: str) -> bool:
        if self.hosts and not _host_matches(host, self.hosts):
            return False
        if self.not_hosts and _host_matches(host, self.not_hosts):
            return False
        if self.methods and method.upper() not in self.methods:
            return False
        if not self.url_regex or self.url_regex.search(url):
            return True
        read = read_path(url)
        if read is None:
            return False
        # A path written raw in its script may hold a word an exclusion of the rule spells
        # in that script (Thai `เช่า`, rent); its reading may not (`echa`): such a rule
        # reads only the URL as sent, or its percent-encoded segments (round 67).
        if _RAW_LETTER.search(url) and _has_exclusion(self.url_regex.pattern):
            return False
        return self.url_regex.search(read) is not None

    def fits_value(self, node: Node) -> str | None:
        """Evidence if the node's value is what this rule looks for."""
        value = node.value
        if self.media:
            if not node.media.startswith(self.media):
                return None
            if not (self.validators or self.value_regex or self.structures):
                return f"{node.media} upload"
        if self.structures:
            for _, detector in self.structures:
                found = detector(value)
                if found:
                    return found
            return None
        if isinstance(value, _NOT_SCALAR):
            return None
        if self.validators:
            for check in self.validators:  # a loop, not any(): this runs per value
                if check(value):
                    break
            else:
                return None
        if self.value_regex is not None:
            text = str(value)
            if len(text) > _MAX_REGEX_INPUT or not self.value_regex.search(text):
                return None
        return ""


@cache
def _validator() -> Any:
    """The compiled rule schema (jsonschema is imported only when rules are loaded)."""
    import jsonschema

    schema = json.loads(resources.files(__package__).joinpath("signature_schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


# libyaml's loader when present: rule files with long example vectors load ~20x
# faster. The node tree (for line numbers) is only built when there is an error.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=_SafeLoader)


def _yaml_line(root: yaml.Node | None, path: Iterable[Any]) -> int:
    node = root
    for part in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), node)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part] if part < len(node.value) else node
    return node.start_mark.line + 1 if node is not None else 1


def _nested_quantifier(parsed: Any, inside: bool = False) -> bool:
    """True for patterns like `(a+)+` that backtrack catastrophically in `re`."""
    for op, arg in parsed:
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            _low, high, sub = arg
            unbounded = high == sre_constants.MAXREPEAT or high > 16
            if unbounded and inside:
                return True
            if _nested_quantifier(sub, inside or unbounded):
                return True
        elif op == sre_constants.SUBPATTERN:
            if _nested_quantifier(arg[-1], inside):
                return True
        elif op == sre_constants.BRANCH:
            if any(_nested_quantifier(b, inside) for b in arg[1]):
                return True
        elif op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
            return True
    return False


def safe_regex(pattern: str) -> re.Pattern[str]:
    """Compile a rule's pattern, refusing those that can backtrack without bound.

    User rule packs are untrusted input too: nested unbounded quantifiers and
    back-references are rejected, and matched text is capped at 4 KiB.
    """
    try:
        parsed = _parser.parse(pattern)
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    if _nested_quantifier(parsed):
        raise ValueError(
            f"regular expression {pattern!r} has nested quantifiers or back-references"
        )
    return compiled


_PATTERN_FIELDS = ("key_regex", "path_regex", "value_regex", "url_regex")


def _listify(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def compile_signature(
    data: dict[str, Any], file: str, checked: bool = True, expanded: dict[str, str] | None = None
) -> Signature:
    """`checked=False` (the built-in pack, which the tests check) skips the regex
    safety parse: it doubles the cost of compiling a pattern on every start.
    `expanded` holds patterns whose lexicon placeholders are already expanded."""
    m = data["match"]
    ctx = m.get("context")
    unknown = [v for v in _listify(m.get("value")) if v not in VALIDATORS]
    unknown += [s for s in _listify(m.get("structure")) if s not in STRUCTURES]
    if unknown:
        raise ValueError(f"unknown validator or structure: {', '.join(unknown)}")

    def rx(name: str) -> Pattern | None:
        if name not in m:
            return None
        pattern = (expanded or {}).get(m[name]) or expand_lexicon(m[name])  # `(?#lex:...)`
        return safe_regex(pattern) if checked else LazyPattern(pattern)

    def norm_set(names: Iterable[str] | None) -> frozenset[str]:
        return frozenset(norm_key(n) for n in names or ())

    return Signature(
        id=data["id"],
        title=data["title"],
        description=data["description"],
        category=data["category"],
        severity=data["severity"],
        confidence=float(data["confidence"]),
        references=list(data["references"]),
        file=file,
        kind=data.get("kind", ""),
        keys=norm_set(m.get("keys")),
        key_regex=rx("key_regex"),
        path_regex=rx("path_regex"),
        validators=tuple(VALIDATORS[v] for v in _listify(m.get("value"))),
        value_regex=rx("value_regex"),
        structures=tuple((s, STRUCTURES[s]) for s in _listify(m.get("structure"))),
        context=tuple(
            Context(
                scope=c.get("scope", "object"),
                any_keys=norm_set(c.get("any_keys")),
                all_keys=norm_set(c.get("all_keys")),
                not_keys=norm_set(c.get("not_keys")),
                any_values=norm_set(c.get("any_values")),
            )
            for c in _listify(ctx)
            if c
        ),
        hosts=tuple(h.lower() for h in m.get("hosts", ())),
        not_hosts=tuple(h.lower() for h in m.get("not_hosts", ())),
        url_regex=rx("url_regex"),
        methods=frozenset(x.upper() for x in m.get("methods", ())),
        direction=m.get("direction", "request"),
        media=tuple(m.get("media", ())),
        examples=data["examples"],
    )


def load_file(path: Path, validate: bool = True) -> Signature:
    """Load and validate one rule file; any problem becomes one `SignatureError`.

    `validate=False` is for the built-in pack only, which the test suite validates:
    it saves every command the schema check (a sixth of start-up)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SignatureError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise SignatureError(
            f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}"
        ) from None
    rule_id = data.get("id", "?") if isinstance(data, dict) else "?"
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.path)) if validate else []
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.path) or "(top)"
        line = _yaml_line(_compose(text), err.path)
        raise SignatureError(f"{path}:{line}: rule {rule_id}: {where}: {err.message}")
    try:
        return compile_signature(data, str(path), checked=validate)
    except ValueError as exc:
        line = _yaml_line(_compose(text), ["match"])
        raise SignatureError(f"{path}:{line}: rule {rule_id}: {exc}") from None


def builtin_dir() -> Path:
    """The rule pack shipped in the wheel, or `signatures/` in a source checkout."""
    packaged = Path(str(resources.files("exfilwatch"))) / "_signatures"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "signatures"


def load_dir(path: Path, validate: bool = True) -> list[Signature]:
    if path.is_file():
        return [load_file(path, validate)]
    if not path.is_dir():
        raise SignatureError(f"{path}: no such signature file or folder")
    files = sorted(p for p in path.rglob("*.y*ml") if p.suffix in (".yml", ".yaml"))
    if not validate:
        try:
            return _load_trusted(files)
        except Exception:  # the slow path below says what is wrong, file by file
            pass
    return [load_file(p, validate) for p in files]


# The built-in pack as compiled, by the files' names and texts: a process that
# builds several engines (the held-out gates build two per set, a proxy rebuilds
# on an option change) compiles it once. Engines never change a rule after it is
# compiled, so they share them; only the latest pack is kept.
_COMPILED: dict[str, list[Signature]] = {}


def _load_trusted(files: list[Path]) -> list[Signature]:
    """The built-in pack through the parsed-data cache (see `parsed_cache`)."""
    texts = [p.read_text(encoding="utf-8") for p in files]
    digest = hashlib.sha256()
    for path, text in zip(files, texts, strict=True):
        digest.update(f"{path}\0{text}\0".encode())
    key = digest.hexdigest()
    if key not in _COMPILED:
        _COMPILED.clear()
        _COMPILED[key] = _compile_trusted(files, texts)
    return list(_COMPILED[key])


def _compile_trusted(files: list[Path], texts: list[str]) -> list[Signature]:
    from ..parsed_cache import parsed

    docs = parsed("signatures", texts, lambda text: yaml.load(text, Loader=_SafeLoader))
    expanded = expand_lexicon_all(
        d["match"][name] for d in docs for name in _PATTERN_FIELDS if name in d["match"]
    )
    sigs = [
        compile_signature(d, str(p), checked=False, expanded=expanded)
        for d, p in zip(docs, files, strict=True)
    ]
    lazy = [
        pattern
        for sig in sigs
        for pattern in (sig.key_regex, sig.path_regex, sig.value_regex, sig.url_regex)
        if isinstance(pattern, LazyPattern)
    ]
    table = PatternTable(p.pattern for p in lazy)
    for pattern in lazy:
        pattern.table = table
    return sigs


def preload_patterns() -> None:
    """Read (or on a cold cache build) the built-in pack's compiled patterns now.
    A batch calls it before it forks its workers, so that they inherit them instead
    of each reading them, or each building them all on a cold cache."""
    for sigs in _COMPILED.values():
        for sig in sigs:
            for pattern in (sig.key_regex, sig.path_regex, sig.value_regex, sig.url_regex):
                if isinstance(pattern, LazyPattern) and pattern.table is not None:
                    pattern.table.load()  # one table for the whole pack
                    return


def load_signatures(extra: Iterable[str | Path] = (), builtin: bool = True) -> list[Signature]:
    """The built-in pack plus the user's; a duplicate id is an error, not an override."""
    found: list[Signature] = []
    dirs = [(builtin_dir(), False)] if builtin else []
    dirs += [(Path(p), True) for p in extra]
    seen: dict[str, str] = {}
    for folder, validate in dirs:
        for sig in load_dir(folder, validate):
            if sig.id in seen:
                raise SignatureError(
                    f"{sig.file}: rule {sig.id}: id already used by {seen[sig.id]}"
                )
            seen[sig.id] = sig.file
            found.append(sig)
    return found


@dataclass(slots=True)
class SignatureHit:
    signature: Signature
    node: int
    evidence: str


class _ExchangeView:
    """Per-exchange facts that several rules ask for, computed once on demand."""

    def __init__(self, nodes: list[Node], host: str = "") -> None:
        self.nodes = nodes
        self.host = host
        self.norm: list[str] = [norm_key(n.key) if n.key else "" for n in nodes]
        self._subtree: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._all: tuple[frozenset[str], frozenset[str]] | None = None
        self._subjects: SubjectReader | None = None

    def vetoed(self, category: str, index: int) -> bool:
        """Whether the category's veto (`subjects.CATEGORY_VETOES`) drops a finding
        at this node: every rule of the category honours it, none repeats it."""
        veto = CATEGORY_VETOES.get(category)
        if veto is None:
            return False
        if self._subjects is None:
            self._subjects = SubjectReader(self.nodes, self.host)
        return veto(self._subjects, index)

    def _facts(self, indices: Iterable[int]) -> tuple[frozenset[str], frozenset[str]]:
        keys, values = set(), set()
        for j in indices:
            if self.norm[j]:
                keys.add(self.norm[j])
            value = self.nodes[j].value
            if isinstance(value, str) and len(value) <= 64:
                values.add(norm_key(value))
            if isinstance(value, dict):
                keys.update(norm_key(str(k)) for k in value)
        return frozenset(keys), frozenset(values)

    def exchange_facts(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._all is None:
            self._all = self._facts(range(len(self.nodes)))
        return self._all

    def object_facts(self, index: int) -> tuple[frozenset[str], frozenset[str]]:
        """Keys and values of the object around a node. A list item's object is the
        one that holds the list: `{"content_ids": ["a", "b"], "type": "video"}`."""
        container = self.nodes[index].parent
        if container >= 0 and isinstance(self.nodes[container].value, list):
            container = self.nodes[container].parent
        if container < 0:
            return self.exchange_facts()
        if container not in self._subtree:
            inside = {container}
            members = []
            for j in range(container + 1, len(self.nodes)):
                if self.nodes[j].parent not in inside:
                    break
                inside.add(j)
                members.append(j)
            self._subtree[container] = self._facts(members)
        return self._subtree[container]


def _context_holds(ctx: Context, view: _ExchangeView, index: int) -> bool:
    keys, values = view.exchange_facts() if ctx.scope == "exchange" else view.object_facts(index)
    if ctx.all_keys and not ctx.all_keys <= keys:
        return False
    if ctx.any_keys and not ctx.any_keys & keys:
        return False
    if ctx.any_values and not ctx.any_values & values:
        return False
    return not (ctx.not_keys and ctx.not_keys & keys)


class SignatureSet:
    """A compiled, indexed rule set; `match` is the hot path."""

    def __init__(self, signatures: Iterable[Signature]) -> None:
        self.signatures = list(signatures)
        self.by_key: dict[str, list[Signature]] = {}
        self.unkeyed_scalar: list[Signature] = []
        self.unkeyed_container: list[Signature] = []
        self.media: list[Signature] = []
        # keyless rules whose every structure reads raw bytes (gate kind `bytes`): an
        # octet-stream body is a bytes node with no key (round 63, image_in_binary)
        self.unkeyed_bytes: list[Signature] = []
        for sig in self.signatures:
            if sig.media:
                self.media.append(sig)
            elif sig.keys:
                for key in sig.keys:
                    self.by_key.setdefault(key, []).append(sig)
            elif sig.structures and all(
                name in GATES and GATES[name].kind == (bytes,) for name, _ in sig.structures
            ):
                self.unkeyed_bytes.append(sig)
            elif sig.structures:
                self.unkeyed_container.append(sig)
            else:
                self.unkeyed_scalar.append(sig)
        self._memo: dict[tuple[int, str], tuple[list[Signature], list[Signature]]] = {}
        self._gate_memo: dict[tuple[str, bool, frozenset[str]], list[Signature]] = {}
        self._value_memo: dict[tuple[type, str | int], dict[int, str | None]] = {}
        self._exchange_memo: dict[tuple[str, str], tuple[str, dict[str, bool]]] = {}
        self._survivor_memo: dict[
            tuple[int, type, str | int],
            tuple[list[Signature], list[Signature], dict[int, str | None]],
        ] = {}

    def __len__(self) -> int:
        return len(self.signatures)

    def _candidates(self, node: Node, key: str) -> list[Signature]:
        """The rules worth trying on a node: those of its key, and the keyless
        rules for its kind of value, less those whose key pattern rejects the key
        and those that look at the other direction. This is where the index pays
        off; the answer is memoised per kind of value and key name (one list per
        direction), since key names repeat across a session."""
        value = node.value
        if isinstance(value, _CONTAINER):
            kind, extra = 0, self.unkeyed_container
        elif node.media:
            kind, extra = 1, self.media
        elif isinstance(value, bytes):
            kind, extra = 2, self.unkeyed_bytes
        else:
            kind, extra = 3, self.unkeyed_scalar
        memo_key = (kind, node.key)
        found = self._memo.get(memo_key)
        if found is None:
            keyed = self.by_key.get(key) if key else None
            pool = keyed + extra if keyed else extra
            folded = latin_folded(node.key)
            fit = [
                s
                for s in pool
                if s.key_regex is None
                or s.key_regex.search(node.key)
                or (folded and s.key_regex.search(folded))
            ]
            found = (
                [s for s in fit if s.direction != "response"],
                [s for s in fit if s.direction != "request"],
            )
            if len(node.key) <= 256:  # hostile key names must not grow the memo
                if len(self._memo) >= _MEMO_SIZE:
                    self._memo.clear()
                self._memo[memo_key] = found
        return found[1] if node.direction == "response" else found[0]

    def _gated(self, node: Node, candidates: list[Signature]) -> list[Signature]:
        """A container's candidates less the structure rules whose every detector
        is ruled out by its gate (see `structures._common.Gate`): the gates are
        checked once per container and shared by all rules, and the answer is
        memoised per key name, direction and set of ruled-out detectors, since
        objects of one schema under one key repeat across a session."""
        blocked = blocked_structures(node.value)  # type: ignore[arg-type]
        if not blocked:
            return candidates
        memo_key = (node.key, node.direction == "response", blocked)
        found = self._gate_memo.get(memo_key)
        if found is None:
            found = [
                s
                for s in candidates
                if not s.structures or any(name not in blocked for name, _ in s.structures)
            ]
            if len(node.key) <= 256:
                if len(self._gate_memo) >= _MEMO_SIZE:
                    self._gate_memo.clear()
                self._gate_memo[memo_key] = found
        return found

    def _verdicts(self, kind: type, value: str | int) -> dict[int, str | None]:
        """The value's remembered answers from the rules that look only at the value
        (no media type, no structure): such a rule's `fits_value` is a pure function
        of the value, and one value often turns up under several keys. Kept by rule
        object, since a set built in code may repeat an id."""
        memo_key = (kind, value)
        verdicts = self._value_memo.get(memo_key)
        if verdicts is None:
            if len(self._value_memo) >= _MEMO_SIZE:
                self._value_memo.clear()
            verdicts = self._value_memo[memo_key] = {}
        return verdicts

    def _value_fits(
        self, node: Node, candidates: list[Signature]
    ) -> tuple[list[Signature], dict[int, str | None]] | None:
        """A scalar's candidates less the value-only rules that reject its value, and
        those rules' evidence by rule object. The keyless rules try every scalar and
        nearly all say no, and values recur across a session (a server banner, a
        date, a device's ids in every beacon): the survivors are memoised per
        candidate list and value, so `match` loops over a few rules, not all.
        Only short strings and ints are remembered, keyed by their exact type
        (`True == 1`, and a float's text is not a function of its equality);
        None means the value is not remembered."""
        value = node.value
        kind = type(value)
        short_text = kind is str and len(value) <= _MEMO_VALUE_LENGTH  # type: ignore[arg-type]
        if not (short_text or kind is int):
            return None
        memo_key = (id(candidates), kind, value)
        found = self._survivor_memo.get(memo_key)  # type: ignore[arg-type]
        # the entry holds its candidate list, so that list's id cannot be reused
        if found is not None and found[0] is candidates:
            return found[1], found[2]
        verdicts = self._verdicts(kind, value)  # type: ignore[arg-type]
        kept = []
        for sig in candidates:
            if not (sig.structures or sig.media):
                evidence = verdicts.get(id(sig), _UNTRIED)
                if evidence is _UNTRIED:
                    evidence = verdicts[id(sig)] = sig.fits_value(node)
                if evidence is None:
                    continue
            kept.append(sig)
        if len(self._survivor_memo) >= _MEMO_SIZE:
            self._survivor_memo.clear()
        self._survivor_memo[memo_key] = (candidates, kept, verdicts)  # type: ignore[index]
        return kept, verdicts

    def _exchange_fits(self, url: str, method: str) -> tuple[str, dict[str, bool]]:
        """The request's host, and the rules' `fits_exchange` answers so far. Those
        answers depend on the URL and method alone, and a session repeats its
        URLs (a beacon endpoint, a polled status): the answers are shared by the
        exchanges that repeat them, so each URL pattern runs once per URL."""
        memo_key = (url, method)
        found = self._exchange_memo.get(memo_key)
        if found is None:
            found = ((urlsplit(url).hostname or "").lower(), {})
            if len(url) <= _MEMO_URL_LENGTH:  # hostile URLs must not grow the memo
                if len(self._exchange_memo) >= _MEMO_URLS:
                    self._exchange_memo.clear()
                self._exchange_memo[memo_key] = found
        return found

    def match(
        self, exchange: Exchange, decoded: Decoded, reveal: bool = False
    ) -> list[SignatureHit]:
        url = exchange.request.url
        method = exchange.request.method
        host, fits = self._exchange_fits(url, method)
        view = _ExchangeView(decoded.nodes, host)
        hits: list[SignatureHit] = []
        seen: set[tuple[str, str]] = set()
        norm = view.norm
        for i, node in enumerate(decoded.nodes):
            candidates = self._candidates(node, norm[i])
            if not candidates:
                continue
            verdicts = None
            if isinstance(node.value, _CONTAINER):
                candidates = self._gated(node, candidates)
            elif (fitted := self._value_fits(node, candidates)) is not None:
                candidates, verdicts = fitted
            for sig in candidates:
                # Cheapest test first: a rule for other hosts (a suffix test,
                # once per exchange); a scalar rule's value check (a shape, a
                # short regex) rejects most values before its URL and path
                # patterns run; a structure is dearer than the patterns.
                ok = fits.get(sig.id)
                if ok is None and sig.hosts:
                    ok = fits[sig.id] = sig.fits_exchange(host, url, method)
                if ok is False:
                    continue
                scalar = not sig.structures
                if not scalar:
                    evidence = ""
                elif verdicts is None or sig.media:  # a media rule reads the node's type
                    evidence = sig.fits_value(node)
                else:  # a value-only rule that `_value_fits` kept: its value fits
                    evidence = verdicts[id(sig)]
                if evidence is None:
                    continue
                if ok is None:
                    ok = fits[sig.id] = sig.fits_exchange(host, url, method)
                if not ok:
                    continue
                if sig.path_regex is not None and not sig.path_regex.search(node.path):
                    continue
                if not scalar:
                    evidence = sig.fits_value(node)
                    if evidence is None:
                        continue
                if sig.context and not all(_context_holds(c, view, i) for c in sig.context):
                    continue
                if sig.category in CATEGORY_VETOES and view.vetoed(sig.category, i):
                    continue
                if (sig.id, node.path) in seen:
                    continue
                seen.add((sig.id, node.path))
                hits.append(SignatureHit(sig, i, evidence or excerpt(node.key, node.value, reveal)))
        return hits


def example_exchange(example: dict[str, Any], source: str = "example") -> Exchange:
    """Turn a rule example (url, method, headers, body/json/form) into an Exchange."""
    headers = dict(example.get("headers", {}))
    body = b""
    if "json" in example:
        body = json.dumps(example["json"]).encode()
        headers.setdefault("content-type", "application/json")
    elif "form" in example:
        body = urlencode(example["form"], doseq=True).encode()
        headers.setdefault("content-type", "application/x-www-form-urlencoded")
    elif "body_base64" in example:
        body = base64.b64decode(example["body_base64"])
    elif "body" in example:
        body = example["body"].encode()
    method = example.get("method", "POST" if body else "GET")
    response = None
    if "response" in example:
        r = example["response"]
        rheaders = dict(r.get("headers", {}))
        rbody = r.get("body", "").encode()
        if "json" in r:
            rbody = json.dumps(r["json"]).encode()
            rheaders.setdefault("content-type", "application/json")
        response = Response(r.get("status", 200), list(rheaders.items()), rbody)
    request = Request(method, example["url"], list(headers.items()), body)
    return Exchange(source, "example", request, response)
