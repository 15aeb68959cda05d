"""Attribution: who receives a destination's data, and under which country's law.

`Attributor.destination(host, server_ip)` is the only entry point the engine
uses; it is pure (reference data is loaded once, no network) and memoised per
(host, address), so attribution costs one dictionary lookup per flow after the
first. Owner facts come from `ownerdb` (embedded data plus the user's imported
lists), server location from `geo` (the user's mmdb, then the embedded default).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from publicsuffixlist import PublicSuffixList

from ..model import Destination
from . import names
from .geo import Locator, ServerLocation, build_locator, parse_address, special_label
from .ownerdb import OwnerDatabase, Ownership, embedded_layer
from .userlists import build_user_layer, default_lists_dir, load_all

__all__ = ["Attributor", "load_database", "registrable_domain"]

_MAX_MEMO = 200_000  # distinct (host, address) pairs kept before the memo starts over
_NO_COUNTRY_HOSTS = {"localhost": "loopback"}


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """`api16-normal-c-useast1a.tiktokv.com` -> `tiktokv.com`; IPs and bare names as they are."""
    host = host.strip("[]").rstrip(".").lower()
    if not host:
        return ""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    lookup = host
    if "xn--" in host:
        try:
            lookup = host.encode("ascii").decode("idna")
        except UnicodeError:
            return host
    found = _suffix_list().privatesuffix(lookup)
    if not found:
        return host
    if lookup is host:
        return found
    return ".".join(host.split(".")[-found.count(".") - 1 :])  # the punycode labels


@cache
def _suffix_list() -> PublicSuffixList:
    """The package's bundled list (ICANN section), never a download.

    publicsuffixlist rather than tldextract: tldextract imports `requests` (a
    quarter second on every start) for a download we never make. The list is
    loaded with its internationalised rules as they are written, which saves
    encoding each of them to punycode on every start; a punycode host is
    decoded for the lookup instead. Unknown TLDs (`.example`, `.lan`) give no
    registrable domain: the host stays whole.
    """
    return PublicSuffixList(only_icann=True, accept_unknown=False, accept_encoded_idn=False)


def load_database(lists_dir: Path | None) -> tuple[OwnerDatabase, list[str]]:
    """The embedded owners plus the imports cached in `lists_dir` (None: embedded only)."""
    imports, warnings = load_all(lists_dir)
    user = [build_user_layer(imports)] if imports else []
    return OwnerDatabase(embedded_layer(), user), warnings


class Attributor:
    """Fills a `Destination` for a host and server address; see the module docstring.

    `first_party` holds owner names or domains of the app under test; a
    destination whose owner (or any parent of it) is one of them, or whose host
    is under one of those domains, is `first`; any other destination with a
    known owner is `third`; without a known owner it is `unknown`.
    `watch_countries` flags destinations whose owner (legal or headquarters
    country, or a parent's) or server is in one of those countries.
    """

    def __init__(
        self,
        first_party: Sequence[str] = (),
        watch_countries: Sequence[str] = (),
        geoip: str | None = None,
        *,
        lists_dir: str | Path | None = None,
        user_lists: bool = True,
        embedded_geoip: bool = True,
        locator: Locator | None = None,
    ) -> None:
        self.first_party = [p.strip().lower() for p in first_party if p.strip()]
        self.watch_countries = {c.strip().upper() for c in watch_countries if c.strip()}
        self.geoip = geoip
        directory = Path(lists_dir) if lists_dir else default_lists_dir()
        self.database, self.warnings = load_database(directory if user_lists else None)
        self.locator: Locator = locator or build_locator(geoip, embedded=embedded_geoip)
        self._fp_domains, self._fp_names = self._first_party_sets()
        self._cache: dict[tuple[str, str | None], Destination] = {}
        self._owners: dict[str, Ownership | None] = {}
        self._places: dict[str, tuple[str | None, ServerLocation]] = {}

    # -------------------------------------------------------------- queries

    def destination(self, host: str, server_ip: str | None) -> Destination:
        key = (host, server_ip)
        cached = self._cache.get(key)
        if cached is None:
            if len(self._cache) >= _MAX_MEMO:
                self._cache.clear()
            cached = self._cache[key] = self._attribute(host, server_ip)
        return cached

    def ownership(self, host: str) -> Ownership | None:
        """Who owns `host` (memoised); None for IP literals and unknown hosts."""
        host = _clean_host(host)
        if host not in self._owners:
            known = None
            if host and parse_address(host) is None and "." in host:
                known = self.database.lookup(host)
            self._owners[host] = known
        return self._owners[host]

    def place(self, address: str | None) -> tuple[str | None, ServerLocation]:
        """(country or special label, location) for a server address (memoised)."""
        if not address:
            return None, ServerLocation()
        if address not in self._places:
            self._places[address] = self._locate(address)
        return self._places[address]

    # -------------------------------------------------------------- internals

    def _locate(self, address: str) -> tuple[str | None, ServerLocation]:
        parsed = parse_address(address)
        if parsed is None:
            return None, ServerLocation()
        label = special_label(parsed)
        if label is not None:
            return label, ServerLocation()
        found = self.locator.locate(str(parsed))
        return found.country, found

    def _attribute(self, host: str, server_ip: str | None) -> Destination:
        clean = _clean_host(host)
        domain = registrable_domain(clean)
        ownership = self.ownership(clean)
        address = server_ip or (clean if parse_address(clean) else None)
        server_country, where = self.place(address)
        if server_country is None and address is None and clean in _NO_COUNTRY_HOSTS:
            server_country = _NO_COUNTRY_HOSTS[clean]
        dest = Destination(
            host=host,
            domain=domain,
            server_ip=server_ip,
            server_country=server_country,
            asn=where.asn,
            as_name=where.as_name,
        )
        if ownership is not None:
            org = ownership.owner
            dest.owner = org.name
            dest.owner_country = org.hq_country
            dest.owner_legal_country = org.legal_country
            dest.parent = ownership.parents[0].name if ownership.parents else None
            dest.owner_categories = list(ownership.categories)
        dest.party = self._party(clean, ownership)
        dest.cross_border = _cross_border(dest.owner_country, server_country)
        dest.watched = self._watched(ownership, server_country)
        return dest

    def _first_party_sets(self) -> tuple[tuple[str, ...], set[str]]:
        """Domains and normalised owner names of the app; a domain brings its owner along."""
        domains: list[str] = []
        owner_names: set[str] = set()
        for item in self.first_party:
            if "." in item and " " not in item:
                domains.append(item.lstrip("*.").rstrip("."))
                known = self.database.lookup(domains[-1])
                if known is not None:
                    owner_names.add(names.normalise_name(known.owner.name))
            else:
                owner_names.add(names.normalise_name(item))
                org = self.database.find_org(item)
                if org is not None:
                    owner_names.add(names.normalise_name(org.name))
        owner_names.discard("")  # a name of punctuation alone names no one
        return tuple(domains), owner_names

    def _party(self, host: str, ownership: Ownership | None) -> str:
        if any(host == d or host.endswith("." + d) for d in self._fp_domains):
            return "first"
        if ownership is None:
            return "unknown"
        for org in (ownership.owner, *ownership.parents):
            labels = (org.key, org.name, *org.aliases)
            if any(names.normalise_name(label) in self._fp_names for label in labels):
                return "first"
        return "third"

    def _watched(self, ownership: Ownership | None, server_country: str | None) -> bool:
        if not self.watch_countries:
            return False
        countries = {server_country}
        if ownership is not None:
            for org in (ownership.owner, *ownership.parents):
                countries.update((org.hq_country, org.legal_country))
        return bool(self.watch_countries & countries)


def _clean_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _cross_border(owner_country: str | None, server_country: str | None) -> bool:
    """Both known, and the server's is a real country code (not "private", "loopback"...)."""
    real = names.country_code(server_country) == server_country
    return bool(owner_country and server_country and real and owner_country != server_country)
