"""NSS key log files (SSLKEYLOGFILE), as written by browsers, curl, Python's ssl
and Android capture apps.

Each line is `LABEL <client_random hex> <secret hex>`; comments start with #.
A malformed line costs that line only: it is counted and skipped, and the rest
of the file still decrypts its connections.
See https://firefox-source-docs.mozilla.org/security/nss/legacy/key_log_format/
"""

from __future__ import annotations

import binascii
from pathlib import Path

LABELS = frozenset(
    {
        "CLIENT_RANDOM",
        "CLIENT_EARLY_TRAFFIC_SECRET",
        "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
        "SERVER_HANDSHAKE_TRAFFIC_SECRET",
        "CLIENT_TRAFFIC_SECRET_0",
        "SERVER_TRAFFIC_SECRET_0",
        "EARLY_EXPORTER_SECRET",
        "EXPORTER_SECRET",
    }
)


class KeyLog:
    """client_random -> {label: secret}; several logs (file, pcapng blocks) merge."""

    def __init__(self) -> None:
        self.secrets: dict[bytes, dict[str, bytes]] = {}
        self.bad_lines = 0
        self.first_bad: str | None = None

    def __len__(self) -> int:
        return len(self.secrets)

    def get(self, client_random: bytes) -> dict[str, bytes] | None:
        return self.secrets.get(client_random)

    def add_text(self, text: str, origin: str) -> None:
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            try:
                label, random_hex, secret_hex = parts
                if label == "RSA":
                    continue  # RSA key exchange pre-master secrets: not supported
                if label not in LABELS:
                    raise ValueError(label)
                client_random = binascii.unhexlify(random_hex)
                secret = binascii.unhexlify(secret_hex)
                if len(client_random) != 32 or not secret:
                    raise ValueError(random_hex)
            except (ValueError, binascii.Error):
                self.bad_lines += 1
                if self.first_bad is None:
                    self.first_bad = f"{origin} line {number}"
                continue
            self.secrets.setdefault(client_random, {})[label] = secret

    def add_file(self, path: Path) -> None:
        """Raises OSError when the file cannot be read."""
        text = path.read_bytes().decode("utf-8", "replace")
        self.add_text(text, str(path))

    def warning(self) -> str | None:
        if not self.bad_lines:
            return None
        return f"key log: {self.bad_lines} malformed line(s) skipped (first: {self.first_bad})"
