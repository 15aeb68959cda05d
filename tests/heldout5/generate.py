"""Generate held-out set 5: a Xiaomi phone running eight apps (Twitch-like live
streaming, telehealth with face and voice identity checks, photo backup with
face grouping, an airline app with face boarding, a car companion app, an
ad-funded VPN/cleaner, language learning, audiobooks), a Chromecast with an
anime app, and LG and Vizio TVs with ACR, in every input format, with labels.

    python -m tests.heldout5.generate OUTDIR [--seed 53] [--flows 1500] [--no-replay]
    python tests/heldout5/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 5), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout5` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout5"

from tests.heldout.flowmodel import Flow
from tests.heldout.setwriter import (
    SetInfo,
    check_device_labels,
    write_set,
)
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone5
from .session import generate_session


# Encodings a stray identifier is looked for in, when checking that nothing
# leaks into a flow unlabelled (every encoding the generators use that a
# substring search can see; protobuf and msgpack keep the raw bytes).
def check_labels(phone: Phone5, flows: list[Flow]) -> None:
    """See `check_device_labels`."""
    check_device_labels(phone, flows, KNOWN_ATTRS)


INFO = SetInfo(
    number=5,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-5 test devices (generated): a Xiaomi Redmi Note 13 Pro, a Chromecast with\n"
        "# Google TV, a car (VIN as serial, telematics IMEI), an LG and a Vizio TV;\n"
        "# one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 53, flows: int = 1500, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    return set_main(argv, (__doc__ or "").split("\n\n")[0], 53, generate)


if __name__ == "__main__":
    sys.exit(main())
