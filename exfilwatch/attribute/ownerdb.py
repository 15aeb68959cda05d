"""Who owns a domain: the embedded owner database and the user's imported lists.

Data is organised in layers. The embedded layer is `owners.yaml` beside this
module (curated, with public sources per organisation); user layers come from
`exfilwatch lists import`. A lookup walks the host's labels from the most
specific (`api16-normal.tiktokv.com`) to the registrable domain in every layer;
the longest matching key wins, and on a tie the higher layer wins (user imports,
newest first, above the embedded data). An imported owner that names an
organisation the embedded data knows ("ByteDance Ltd.", "bytedance_inc") is
resolved to that organisation, so it keeps its countries and parent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from . import names

EMBEDDED = "embedded"
_MAX_PARENT_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Organisation:
    """An owner. `parent` is the key (or, for imported data, the name) of its parent."""

    key: str
    name: str
    parent: str | None = None
    legal_country: str | None = None
    hq_country: str | None = None
    categories: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    layer: str = EMBEDDED


@dataclass(frozen=True, slots=True)
class Listing:
    """One domain (or host pattern) of an organisation, with categories of its own if known."""

    org: str
    categories: tuple[str, ...] = ()


@dataclass(slots=True)
class Layer:
    """One source of ownership data: domains and host patterns pointing at organisations."""

    name: str
    orgs: dict[str, Organisation] = field(default_factory=dict)
    domains: dict[str, Listing] = field(default_factory=dict)
    patterns: list[tuple[str, Listing]] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)  # key -> the import it came from

    def match(self, host: str) -> tuple[str, Listing] | None:
        """The most specific key covering `host`: a host pattern, the host, or a parent domain."""
        best: tuple[str, Listing] | None = None
        best_labels = 0
        for pattern, listing in self.patterns:
            if fnmatchcase(host, pattern):
                labels = pattern.count(".") + 1
                if labels > best_labels:
                    best, best_labels = (pattern, listing), labels
        labels = host.split(".")
        for start in range(len(labels) - 1):
            if len(labels) - start <= best_labels:
                break
            key = ".".join(labels[start:])
            listing = self.domains.get(key)
            if listing is not None:
                return key, listing
        return best


@dataclass(frozen=True, slots=True)
class Ownership:
    """The answer to "who owns this host": the owner, its parents, and where that came from."""

    owner: Organisation
    parents: tuple[Organisation, ...]
    categories: tuple[str, ...]
    matched: str
    layer: str


class OwnerDatabase:
    """Embedded data plus user layers; `lookup` is the only query the attributor needs."""

    def __init__(self, embedded: Layer, user_layers: Sequence[Layer] = ()) -> None:
        self.embedded = embedded
        self.layers: list[Layer] = [*user_layers, embedded]
        self._by_name: dict[str, Organisation] = {}
        for org in embedded.orgs.values():
            for label in (org.key, org.name, *org.aliases):
                if normalised := names.normalise_name(label):
                    self._by_name.setdefault(normalised, org)

    def find_org(self, name_or_key: str) -> Organisation | None:
        """The embedded organisation a name, alias or key refers to."""
        org = self.embedded.orgs.get(name_or_key)
        normalised = names.normalise_name(name_or_key)
        return org or (self._by_name.get(normalised) if normalised else None)

    def lookup(self, host: str) -> Ownership | None:
        best: tuple[int, Layer, str, Listing] | None = None
        for layer in self.layers:
            hit = layer.match(host)
            if hit is None:
                continue
            specificity = hit[0].count(".") + 1
            if best is None or specificity > best[0]:
                best = (specificity, layer, hit[0], hit[1])
        if best is None:
            return None
        _, layer, key, listing = best
        owner = self._canonical(layer, listing.org)
        categories = listing.categories or owner.categories
        if layer is not self.embedded:
            categories = self._with_embedded_categories(host, owner, categories)
        origin = layer.origins.get(key, layer.name)
        return Ownership(owner, self.parents(owner), categories, key, origin)

    def _with_embedded_categories(
        self, host: str, owner: Organisation, categories: tuple[str, ...]
    ) -> tuple[str, ...]:
        """An import that agrees with the embedded owner adds its categories, never drops ours."""
        hit = self.embedded.match(host)
        if hit is None or hit[1].org != owner.key:
            return categories
        embedded = hit[1].categories or owner.categories
        return names.categories((*embedded, *categories))

    def parents(self, org: Organisation) -> tuple[Organisation, ...]:
        """Parent, grandparent, ... up to the ultimate owner (cycles cut)."""
        chain: list[Organisation] = []
        seen = {org.key}
        current = org
        while current.parent and len(chain) < _MAX_PARENT_DEPTH:
            parent = self.find_org(current.parent) or Organisation(
                key=current.parent, name=current.parent, layer=current.layer
            )
            if parent.key in seen:
                break
            seen.add(parent.key)
            chain.append(parent)
            current = parent
        return tuple(chain)

    def _canonical(self, layer: Layer, org_key: str) -> Organisation:
        org = layer.orgs.get(org_key) or Organisation(key=org_key, name=org_key, layer=layer.name)
        if layer is self.embedded:
            return org
        known = self.find_org(org.name)
        return known if known is not None else org


# ---------------------------------------------------------------- embedded data


def _domain_listing(entry: Any, org_key: str) -> tuple[str, Listing]:
    if isinstance(entry, str):
        return entry.lower(), Listing(org_key)
    if isinstance(entry, Mapping) and isinstance(entry.get("domain"), str):
        cats = names.categories(entry.get("categories") or ())
        return entry["domain"].lower(), Listing(org_key, cats)
    raise ValueError(f"owners data: bad domain entry under {org_key!r}: {entry!r}")


def _organisation(key: str, data: Mapping[str, Any], layer: str) -> Organisation:
    return Organisation(
        key=key,
        name=str(data["name"]),
        parent=data.get("parent"),
        legal_country=names.country_code(data.get("legal_country")),
        hq_country=names.country_code(data.get("hq_country")),
        categories=names.categories(data.get("categories") or ()),
        aliases=tuple(str(a) for a in data.get("aliases") or ()),
        sources=tuple(str(s) for s in data.get("sources") or ()),
        layer=layer,
    )


def build_layer(name: str, organisations: Mapping[str, Mapping[str, Any]]) -> Layer:
    """A layer from the owners-file shape: {key: {name, ..., domains: [...]}}."""
    layer = Layer(name)
    for key, data in organisations.items():
        layer.orgs[key] = _organisation(key, data, name)
        for entry in data.get("domains") or ():
            domain, listing = _domain_listing(entry, key)
            if "*" in domain or "?" in domain:
                layer.patterns.append((domain, listing))
            else:
                layer.domains.setdefault(domain, listing)
    return layer


def read_owners_text(text: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # a safe loader, never the full one
    if not isinstance(data, dict) or not isinstance(data.get("organisations"), dict):
        raise ValueError("owners data: expected a mapping with an 'organisations' mapping")
    return data


@lru_cache(maxsize=1)
def embedded_layer() -> Layer:
    """The packaged owners database, parsed once per process."""
    from ..parsed_cache import parsed

    text = resources.files(__package__).joinpath("owners.yaml").read_text("utf-8")
    return build_layer(EMBEDDED, parsed("owners", [text], read_owners_text)[0]["organisations"])
