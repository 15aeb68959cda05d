"""Where a server is: country and autonomous system for an address, offline.

Two sources, asked in order, each filling only what the ones before left empty:

1. the user's MaxMind-format databases (`--geoip FILE.mmdb`, several joined by
   the OS path separator), read with `maxminddb`; GeoLite2/GeoIP2 Country, City
   and ASN, DB-IP Lite and IPinfo Lite layouts are understood;
2. the embedded default, geoip2fast's own packaged Country+ASN data (GeoLite2
   derived, IPv4 and IPv6). geoip2fast stores it as a pickle, so only the file
   shipped inside that package is ever opened, never a path a user gave. It is
   loaded lazily, on the first public address, because it costs ~0.3 s and
   ~110 MB; it gives the AS organisation name but not the AS number.

Private, loopback, link-local and other special addresses never get a country:
they are labelled ("private", "loopback", ...) before any database is asked.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .names import country_code

GEOIP2FAST_DATA = "geoip2fast-asn-ipv6.dat.gz"
_SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")


@dataclass(frozen=True, slots=True)
class ServerLocation:
    country: str | None = None
    asn: str | None = None
    as_name: str | None = None

    def complete(self) -> bool:
        return bool(self.country and self.asn and self.as_name)

    def merged(self, other: ServerLocation) -> ServerLocation:
        """Self's fields, with the gaps filled from `other`."""
        return ServerLocation(
            self.country or other.country,
            self.asn or other.asn,
            self.as_name or other.as_name,
        )


class Locator(Protocol):
    def locate(self, address: str) -> ServerLocation: ...


def parse_address(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not text:
        return None
    try:
        address = ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def special_label(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """A label in place of a country for addresses that are not on the public Internet."""
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED_ADDRESS_SPACE:
        return "shared"  # carrier-grade NAT, RFC 6598
    if address.is_private:
        return "private"
    if address.is_reserved or not address.is_global:
        return "reserved"
    return None


def format_asn(number: Any) -> str | None:
    """`15169` or `"AS15169"` -> `"AS15169"`."""
    if isinstance(number, int) and number > 0:
        return f"AS{number}"
    if isinstance(number, str) and number.strip():
        text = number.strip().upper()
        return text if text.startswith("AS") else f"AS{text}"
    return None


def location_from_record(record: Any) -> ServerLocation:
    """Read the fields of the common mmdb layouts (MaxMind, DB-IP Lite, IPinfo Lite)."""
    if not isinstance(record, dict):
        return ServerLocation()
    country = None
    for key in ("country", "registered_country"):
        value = record.get(key)
        if isinstance(value, dict):
            country = country_code(value.get("iso_code"))
        if country:
            break
    country = country or country_code(record.get("country_code"))  # IPinfo Lite
    asn = format_asn(record.get("autonomous_system_number") or record.get("asn"))
    as_name = record.get("autonomous_system_organization") or record.get("as_name")
    return ServerLocation(country, asn, as_name if isinstance(as_name, str) else None)


class MmdbLocator:
    """A user's MaxMind-format database, opened once (memory-mapped by the C reader)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        if not Path(self.path).is_file():
            raise ValueError(f"{self.path}: GeoIP database not found")
        import maxminddb  # only with --geoip: 30 ms off every other start

        self._invalid = maxminddb.InvalidDatabaseError
        try:
            self._reader = maxminddb.open_database(self.path)
        except (maxminddb.InvalidDatabaseError, ValueError, OSError) as exc:
            raise ValueError(f"{self.path}: not a MaxMind-format database ({exc})") from None

    def locate(self, address: str) -> ServerLocation:
        try:
            return location_from_record(self._reader.get(address))
        except (ValueError, self._invalid):
            return ServerLocation()


class EmbeddedLocator:
    """geoip2fast's packaged data, loaded on first use (see the module docstring)."""

    def __init__(self) -> None:
        self._engine: Any = None
        self.error: str | None = None

    def _load(self) -> Any:
        if self._engine is None and self.error is None:
            try:
                import geoip2fast

                data = Path(geoip2fast.__file__).with_name(GEOIP2FAST_DATA)
                self._engine = geoip2fast.GeoIP2Fast(geoip2fast_data_file=str(data))
            except Exception as exc:  # a missing or broken optional data package
                self.error = f"embedded GeoIP data unavailable: {exc}"
        return self._engine

    def locate(self, address: str) -> ServerLocation:
        engine = self._load()
        if engine is None:
            return ServerLocation()
        try:
            result = engine.lookup(address)
        except Exception:
            return ServerLocation()
        as_name = result.asn_name if result.asn_name not in ("", "<unknown>") else None
        return ServerLocation(country_code(result.country_code), None, as_name)


class ChainLocator:
    """Ask each locator in turn until every field is known."""

    def __init__(self, locators: list[Locator]) -> None:
        self.locators = locators

    def locate(self, address: str) -> ServerLocation:
        found = ServerLocation()
        for locator in self.locators:
            found = found.merged(locator.locate(address))
            if found.complete():
                break
        return found


def build_locator(geoip: str | None, embedded: bool = True) -> ChainLocator:
    """User databases first (a path, or several joined by os.pathsep), then the embedded data."""
    locators: list[Locator] = []
    for part in (geoip or "").split(os.pathsep):
        if part.strip():
            locators.append(MmdbLocator(part.strip()))
    if embedded:
        locators.append(EmbeddedLocator())
    return ChainLocator(locators)
