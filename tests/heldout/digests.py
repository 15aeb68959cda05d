"""Print the SHA-256 of each held-out set's session.har and labels.json, built
in this process: `python -m tests.heldout.digests OUTDIR N...` ("" is set 1).

Python seeds `hash()` per process, so a set whose output hangs on `set` order
or `hash()` differs between two processes started with other PYTHONHASHSEEDs
(set 2 once did). One process builds every set, so the check costs two
interpreter starts, not two per set.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from pathlib import Path

_COMPARED = ("session.har", "labels.json")


def digests(outdir: Path, numbers: list[str], seed: int = 5, flows: int = 120) -> dict[str, str]:
    found: dict[str, str] = {}
    for number in numbers:
        out = outdir / f"set{number or 1}"
        generate = importlib.import_module(f"tests.heldout{number}.generate").generate
        generate(out, seed=seed, flows=flows, replay=False)
        sha = hashlib.sha256()
        for name in _COMPARED:
            sha.update((out / name).read_bytes())
        found[number] = sha.hexdigest()
    return found


def main(argv: list[str]) -> int:
    print(json.dumps(digests(Path(argv[0]), argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
