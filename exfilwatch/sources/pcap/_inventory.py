"""The destination inventory: every endpoint the capture shows, decrypted or not.

Connections are folded into one row per (name, server address, port, protocol)
when they end, so memory grows with the number of destinations, not packets.
The name is the best one the capture offers: the HTTP Host, else the TLS SNI
(or, under Encrypted Client Hello, the outer SNI), else a name a DNS answer
gave for the address, else the address itself.
"""

from __future__ import annotations

from typing import Any

_MAX_ROWS = 50_000
_MAX_DNS = 100_000


class Inventory:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, int, str], dict[str, Any]] = {}
        self.dns: dict[str, list[str]] = {}
        self.asked: set[str] = set()
        self.dropped = 0

    def dns_answer(self, name: str, address: str) -> None:
        names = self.dns.get(address)
        if names is None:
            if len(self.dns) >= _MAX_DNS:
                return
            names = self.dns[address] = []
        if name not in names and len(names) < 16:
            names.append(name)
        if len(self.asked) < _MAX_DNS:
            self.asked.add(name)

    def add(
        self,
        *,
        server_ip: str,
        server_port: int,
        transport: str,
        protocol: str,
        host: str | None,
        sni: str | None,
        outer_sni: str | None,
        sent: int,
        received: int,
        first: float,
        last: float,
        decrypted: bool,
        requests: int,
        tls_version: str | None = None,
        alpn: str | None = None,
    ) -> None:
        dns_names = self.dns.get(server_ip) or []
        name = host or sni or outer_sni or (dns_names[0] if dns_names else server_ip)
        key = (name, server_ip, server_port, protocol)
        row = self.rows.get(key)
        if row is None:
            if len(self.rows) >= _MAX_ROWS:
                self.dropped += 1
                return
            row = self.rows[key] = {
                "host": name,
                "server_ip": server_ip,
                "server_port": server_port,
                "transport": transport,
                "protocol": protocol,
                "sni": sni,
                "outer_sni": outer_sni,
                "tls_version": tls_version,
                "alpn": alpn,
                "connections": 0,
                "decrypted": 0,
                "requests": 0,
                "bytes_sent": 0,
                "bytes_received": 0,
                "first_seen": first,
                "last_seen": last,
            }
        row["connections"] += 1
        row["decrypted"] += int(decrypted)
        row["requests"] += requests
        row["bytes_sent"] += sent
        row["bytes_received"] += received
        row["first_seen"] = min(row["first_seen"], first)
        row["last_seen"] = max(row["last_seen"], last)

    def result(self) -> list[dict[str, Any]]:
        """Rows sorted by bytes, DNS names attached; names looked up but never
        contacted come last with protocol "dns-only" (an app may resolve a
        tracker and then reach it over a path the capture did not see)."""
        out = []
        contacted = set()
        for row in self.rows.values():
            row = dict(row)
            row["dns_names"] = list(self.dns.get(row["server_ip"], ()))
            contacted.add(row["host"])
            contacted.update(row["dns_names"])
            out.append(row)
        out.sort(key=lambda r: (-(r["bytes_sent"] + r["bytes_received"]), r["host"]))
        by_name: dict[str, list[str]] = {}
        for ip, names in self.dns.items():
            for name in names:
                by_name.setdefault(name, []).append(ip)
        for name in sorted(self.asked - contacted):
            addresses = by_name.get(name, [])
            out.append(
                {
                    "host": name,
                    "server_ip": addresses[0] if addresses else None,
                    "server_port": None,
                    "transport": None,
                    "protocol": "dns-only",
                    "sni": None,
                    "outer_sni": None,
                    "tls_version": None,
                    "alpn": None,
                    "connections": 0,
                    "decrypted": 0,
                    "requests": 0,
                    "bytes_sent": 0,
                    "bytes_received": 0,
                    "first_seen": None,
                    "last_seen": None,
                    "dns_names": [name],
                }
            )
        return out
