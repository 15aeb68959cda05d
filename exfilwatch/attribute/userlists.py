"""The local cache of imported tracker lists, and the user layer built from it.

`exfilwatch lists import` turns a list into one JSON file here (a neutral,
never-executable format), so a scan reads plain data only. Where the cache is:
`--lists-cache DIR` on the command line, else `$EXFILWATCH_LISTS_CACHE`, else
`$XDG_CACHE_HOME/exfilwatch/lists`, else `~/.cache/exfilwatch/lists`.

Precedence, from the top: the longest matching domain wins whichever list it is
in; on the same domain, a newer import wins over an older one, and every import
wins over the embedded data.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import names
from .ownerdb import Layer, Listing, Organisation

FORMAT_VERSION = 1
USER_LAYER = "user"
_MAX_ALIAS_HOPS = 4
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(slots=True)
class OrgRecord:
    """An organisation as a list describes it; `placeholder` when only its id is known."""

    name: str
    parent: str | None = None
    hq_country: str | None = None
    legal_country: str | None = None
    categories: tuple[str, ...] = ()
    placeholder: bool = False
    alias_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name}
        for key in ("parent", "hq_country", "legal_country", "alias_of"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.categories:
            data["categories"] = list(self.categories)
        if self.placeholder:
            data["placeholder"] = True
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrgRecord:
        return cls(
            name=str(data.get("name") or "?"),
            parent=data.get("parent") or None,
            hq_country=names.country_code(data.get("hq_country")),
            legal_country=names.country_code(data.get("legal_country")),
            categories=names.categories(data.get("categories") or ()),
            placeholder=bool(data.get("placeholder")),
            alias_of=data.get("alias_of") or None,
        )


@dataclass(slots=True)
class ImportedList:
    """What an importer produces: organisations by id and domains pointing at them."""

    name: str
    format: str
    source: str = ""
    orgs: dict[str, OrgRecord] = field(default_factory=dict)
    domains: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    skipped: int = 0
    imported: str = ""

    def add_org(self, key: str, record: OrgRecord) -> None:
        """A real record replaces a placeholder; a placeholder never replaces anything."""
        current = self.orgs.get(key)
        if current is None or (current.placeholder and not record.placeholder):
            self.orgs[key] = record

    def add_domain(self, domain: str, org_key: str, categories: tuple[str, ...] = ()) -> None:
        domain = domain.strip().lower().rstrip(".")
        if domain.startswith("*."):
            domain = domain[2:]
        if not is_domain(domain):
            self.skipped += 1
            return
        old = self.domains.get(domain)
        if old and old[0] == org_key:
            categories = names.categories((*old[1], *categories))
        self.domains[domain] = (org_key, categories)

    def merge(self, other: ImportedList) -> None:
        for key, record in other.orgs.items():
            self.add_org(key, record)
        self.domains.update(other.domains)
        self.skipped += other.skipped

    def to_json(self) -> dict[str, Any]:
        return {
            "exfilwatch_lists": FORMAT_VERSION,
            "name": self.name,
            "format": self.format,
            "source": self.source,
            "imported": self.imported,
            "orgs": {k: v.to_json() for k, v in self.orgs.items()},
            "domains": {d: [o, list(c)] if c else [o] for d, (o, c) in self.domains.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImportedList:
        if not isinstance(data, dict) or data.get("exfilwatch_lists") != FORMAT_VERSION:
            raise ValueError("not an exfilwatch lists cache file (or a different version)")
        out = cls(str(data["name"]), str(data["format"]), str(data.get("source", "")))
        out.imported = str(data.get("imported", ""))
        out.orgs = {str(k): OrgRecord.from_json(v) for k, v in data["orgs"].items()}
        for domain, entry in data["domains"].items():
            cats = names.categories(entry[1]) if len(entry) > 1 else ()
            out.domains[str(domain)] = (str(entry[0]), cats)
        return out


_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")
_GLOB_DOMAIN = re.compile(r"^[a-z0-9*-]+(?:\.[a-z0-9*-]+)+$")


def is_domain(text: str) -> bool:
    """A hostname with at least two labels, or a host pattern with `*` inside it."""
    if "*" in text:
        return bool(_GLOB_DOMAIN.match(text)) and not text.startswith("*")
    return bool(_DOMAIN.match(text))


# ------------------------------------------------------------------ the cache


def default_lists_dir() -> Path:
    explicit = os.environ.get("EXFILWATCH_LISTS_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "exfilwatch" / "lists"


def cache_file(directory: Path, name: str) -> Path:
    return directory / f"{_SAFE_NAME.sub('_', name.replace('.', '_')) or 'list'}.json"


def save(directory: Path, imported: ImportedList) -> Path:
    """Write one import (replacing an earlier import of the same name), owner-only."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    imported.imported = datetime.now(UTC).isoformat(timespec="microseconds")
    path = cache_file(directory, imported.name)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(imported.to_json(), out, separators=(",", ":"))
    tmp.replace(path)
    return path


def load_all(directory: Path | None) -> tuple[list[ImportedList], list[str]]:
    """Every import in the cache, oldest first; broken files give a warning, not an error."""
    if directory is None or not directory.is_dir():
        return [], []
    imports: list[ImportedList] = []
    warnings: list[str] = []
    for path in sorted(directory.glob("*.json")):
        try:
            imports.append(ImportedList.from_json(json.loads(path.read_text("utf-8"))))
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
            warnings.append(f"{path}: skipped ({exc})")
    imports.sort(key=lambda i: i.imported)
    return imports, warnings


def remove(directory: Path, name: str) -> bool:
    path = cache_file(directory, name)
    if path.is_file():
        path.unlink()
        return True
    return False


# ------------------------------------------------------------- the user layer


def _resolve_alias(key: str, orgs: dict[str, OrgRecord]) -> str:
    for _ in range(_MAX_ALIAS_HOPS):
        target = orgs.get(key)
        if target is None or not target.alias_of or target.alias_of not in orgs:
            break
        key = target.alias_of
    return key


def build_user_layer(imports: list[ImportedList]) -> Layer:
    """One layer from all imports, applied oldest first so newer ones override."""
    records: dict[str, OrgRecord] = {}
    layer = Layer(USER_LAYER)
    for imported in imports:
        for key, record in imported.orgs.items():
            current = records.get(key)
            if current is None or not record.placeholder or current.placeholder:
                records[key] = record
        for domain, (org, cats) in imported.domains.items():
            listing = Listing(org, cats)
            if "*" in domain:
                layer.patterns.append((domain, listing))
            else:
                layer.domains[domain] = listing
            layer.origins[domain] = imported.name
    for key in records:
        record = records[_resolve_alias(key, records)]
        layer.orgs[key] = Organisation(
            key=key,
            name=record.name,
            parent=record.parent,
            legal_country=record.legal_country,
            hq_country=record.hq_country,
            categories=record.categories,
            layer=USER_LAYER,
        )
    return layer
