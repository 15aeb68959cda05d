"""Per-flow cost of destination attribution, against the decode cost of an exchange.

    python bench/bench_attribution.py [--runs 5] [--hosts 2000] [--har captures/demo-shortvideo.har]

Prints medians of several runs:
- one-off start-up costs (owner database parse, public-suffix list, embedded GeoIP load);
- cold attribution: the first `destination(host, ip)` for a new host and a new public
  address (registrable domain, owner lookup over every layer, GeoIP lookup);
- memoised attribution: the same (host, ip) again, which is what almost every flow of
  a capture costs (apps talk to a few dozen hosts);
- decoding one typical exchange of the demo capture, and a whole `engine.analyse`,
  as the baseline the attribution cost is compared to.
Hosts are subdomains of domains in the embedded owner database plus unknown ones,
and addresses are public IPv4/IPv6 addresses spread over the address space.
"""

from __future__ import annotations

import argparse
import ipaddress
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from exfilwatch.attribute import Attributor, ownerdb, registrable_domain
from exfilwatch.attribute.geo import EmbeddedLocator, parse_address, special_label
from exfilwatch.decode import decode_exchange
from exfilwatch.engine import Engine
from exfilwatch.limits import DEFAULT_LIMITS
from exfilwatch.sources import read_exchanges

ROOT = Path(__file__).resolve().parents[1]


def median_time(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def public_addresses(count: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        if rng.random() < 0.3:
            address = ipaddress.IPv6Address(rng.getrandbits(128) | (0x2 << 124))
        else:
            address = ipaddress.IPv4Address(rng.getrandbits(32))
        if special_label(address) is None:
            out.append(str(address))
    return out


def sample_flows(count: int, rng: random.Random) -> list[tuple[str, str]]:
    domains = sorted(ownerdb.embedded_layer().domains)
    hosts = []
    for i in range(count):
        if i % 5 == 4:
            hosts.append(f"api{i}.unknown-{i}.example.net")
        else:
            hosts.append(f"x{i}.{rng.choice(domains)}")
    return list(zip(hosts, public_addresses(count, rng), strict=True))


def startup(runs: int) -> dict[str, float]:
    def parse_owners() -> None:
        ownerdb.embedded_layer.cache_clear()
        ownerdb.embedded_layer()

    def first_suffix_lookup() -> None:
        from exfilwatch import attribute

        attribute._suffix_list.cache_clear()
        attribute.registrable_domain.cache_clear()
        attribute.registrable_domain("a.b.example.co.uk")

    def geoip_load() -> None:
        EmbeddedLocator().locate("8.8.8.8")

    return {
        "owner database parse": median_time(parse_owners, runs),
        "public-suffix list load": median_time(first_suffix_lookup, runs),
        "embedded GeoIP load (lazy)": median_time(geoip_load, max(1, runs // 2)),
    }


def attribution(flows: list[tuple[str, str]], runs: int) -> tuple[float, float, float]:
    """(cold per flow, cold owner-only per flow, memoised per flow), in seconds."""
    locator = EmbeddedLocator()
    locator.locate("8.8.8.8")  # load once: start-up is reported apart
    registrable_domain("warm.example.co.uk")  # the suffix trie too
    colds, owner_only, warms = [], [], []
    for _ in range(runs):
        registrable_domain.cache_clear()
        a = Attributor(user_lists=False, locator=locator)
        start = time.perf_counter()
        for host, ip in flows:
            a.destination(host, ip)
        colds.append((time.perf_counter() - start) / len(flows))
        registrable_domain.cache_clear()
        b = Attributor(user_lists=False, locator=locator)
        start = time.perf_counter()
        for host, _ in flows:
            b.destination(host, None)
        owner_only.append((time.perf_counter() - start) / len(flows))
        start = time.perf_counter()
        for _ in range(10):
            for host, ip in flows:
                a.destination(host, ip)
        warms.append((time.perf_counter() - start) / (10 * len(flows)))
    return statistics.median(colds), statistics.median(owner_only), statistics.median(warms)


def decoding(har: Path, runs: int) -> tuple[float, float, int]:
    exchanges = list(read_exchanges(har))
    engine = Engine.from_options()
    engine.attributor = Attributor(user_lists=False)

    def decode_all() -> None:
        for exchange in exchanges:
            decode_exchange(exchange, DEFAULT_LIMITS)

    def analyse_all() -> None:
        for exchange in exchanges:
            exchange.warnings.clear()
            engine.analyse(exchange)

    analyse_all()  # warm caches (rules compiled, GeoIP loaded, hosts memoised)
    n = len(exchanges)
    return median_time(decode_all, runs) / n, median_time(analyse_all, runs) / n, n


def fmt(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:8.2f} ms"
    return f"{seconds * 1e6:8.2f} µs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--hosts", type=int, default=2000)
    parser.add_argument("--har", type=Path, default=ROOT / "captures" / "demo-shortvideo.har")
    args = parser.parse_args()
    rng = random.Random(4)
    flows = sample_flows(args.hosts, rng)
    assert all(parse_address(ip) for _, ip in flows)

    print(f"attribution benchmark: {args.hosts} distinct (host, address) pairs, {args.runs} runs")
    print("\none-off start-up costs (median)")
    for name, value in startup(args.runs).items():
        print(f"  {name:<30} {fmt(value)}")
    cold, owner_only, warm = attribution(flows, args.runs)
    decode, analyse, n = decoding(args.har, args.runs)
    print("\nper flow (median)")
    print(f"  {'attribution, cold (owner+geo)':<30} {fmt(cold)}")
    print(f"  {'attribution, cold (owner only)':<30} {fmt(owner_only)}")
    print(f"  {'attribution, memoised':<30} {fmt(warm)}")
    print(f"  {'decode one exchange':<30} {fmt(decode)}   (mean of {n} in {args.har.name})")
    print(f"  {'engine.analyse one exchange':<30} {fmt(analyse)}")
    print("\nratios")
    print(f"  cold attribution / decode      {cold / decode:8.3f}")
    print(f"  memoised attribution / decode  {warm / decode:8.4f}")
    print(f"  memoised attribution / analyse {warm / analyse:8.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
