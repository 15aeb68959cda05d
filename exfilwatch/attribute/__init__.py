"""Attribution: who receives a destination's data, and under which country's law.

`Attributor.destination(host, server_ip)` is the only entry point the engine
uses; it is pure (reference data is loaded once, no network) and memoised per
(host, address), so attribution costs one dictionary lookup per flow.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from functools import lru_cache

import tldextract

from ..model import Destination

# The bundled public-suffix snapshot, never a download and never a cache write.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


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
    ext = _EXTRACT(host)
    if ext.domain and ext.suffix:
        return f"{ext.domain}.{ext.suffix}"
    return host


class Attributor:
    def __init__(
        self,
        first_party: Sequence[str] = (),
        watch_countries: Sequence[str] = (),
        geoip: str | None = None,
    ) -> None:
        self.first_party = [p.lower() for p in first_party]
        self.watch_countries = {c.upper() for c in watch_countries}
        self.geoip = geoip
        self._cache: dict[tuple[str, str | None], Destination] = {}

    def destination(self, host: str, server_ip: str | None) -> Destination:
        key = (host, server_ip)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._attribute(host, server_ip)
        return cached

    def _attribute(self, host: str, server_ip: str | None) -> Destination:
        domain = registrable_domain(host)
        party = "unknown"
        if self.first_party:
            party = "first" if domain in self.first_party else "unknown"
        return Destination(host=host, domain=domain, server_ip=server_ip, party=party)
