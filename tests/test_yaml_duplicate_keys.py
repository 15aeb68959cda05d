"""No data file of the project repeats a key in one mapping.

YAML keeps the LAST of two equal keys without a word, so a second `tr:` line under a
lexicon class silently throws away the first line's words (a round-45 engineer found
exactly that in `viewing.yaml`), and a second `match:` in a rule silently replaces the
first. The loaders use `yaml.safe_load`, which cannot see it; this test loads every
lexicon, rule and reference file with a loader that refuses a repeated key.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = sorted(
    [
        *ROOT.glob("exfilwatch/detect/lexicon/*.yaml"),
        *ROOT.glob("exfilwatch/attribute/*.yaml"),
        *ROOT.glob("signatures/**/*.yaml"),
    ]
)


class DuplicateKey(yaml.YAMLError):
    pass


class StrictLoader(yaml.SafeLoader):
    """A safe loader that raises on a key repeated in one mapping."""


def _mapping_without_repeats(loader: StrictLoader, node: yaml.MappingNode) -> dict:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise DuplicateKey(f"key {key!r} on line {line} repeats line {seen[key]}")
        seen[key] = line
    return loader.construct_mapping(node, deep=True)


StrictLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_repeats
)


def test_there_are_data_files_to_check() -> None:
    assert len(DATA_FILES) > 400


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_mapping_repeats_a_key(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=StrictLoader)


def test_the_strict_loader_refuses_a_repeated_key() -> None:
    with pytest.raises(DuplicateKey, match="'tr'"):
        yaml.load("face:\n  tr: [yuz]\n  de: [gesicht]\n  tr: [surat]\n", Loader=StrictLoader)
