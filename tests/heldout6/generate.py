"""Generate held-out set 6: a Samsung Galaxy A54 running a period tracker with ad
SDKs, a ride-hailing driver app with selfie re-checks, a casino app with KYC and
device fingerprinting, a VR-headset / smart-glasses companion, an IPTV player on
Xtream and Stalker portals, a children's education video app, a social-audio
app and a gym face-entry app, in every input format, with labels.

    python -m tests.heldout6.generate OUTDIR [--seed 61] [--flows 1100] [--no-replay]
    python tests/heldout6/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 6), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout6` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout6"

from tests.heldout.flowmodel import Flow
from tests.heldout.setwriter import (
    SetInfo,
    check_device_labels,
    write_set,
)
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone6
from .session import generate_session


# Encodings a stray identifier is looked for in, when checking that nothing
# leaks into a flow unlabelled (every encoding the generators use that a
# substring search can see; protobuf and msgpack keep the raw bytes).
def check_labels(phone: Phone6, flows: list[Flow]) -> None:
    """See `check_device_labels`."""
    check_device_labels(phone, flows, KNOWN_ATTRS)


INFO = SetInfo(
    number=6,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-6 test devices (generated): a Samsung Galaxy A54, a VR headset and camera\n"
        "# glasses (serials, glasses BT address), the IPTV portal's emulated MAG MAC;\n"
        "# one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 61, flows: int = 1100, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a == "--flows" or a.startswith("--flows=") for a in args):
        args += ["--flows", "1100"]  # this set's size (the shared CLI defaults to 1500)
    return set_main(args, (__doc__ or "").split("\n\n")[0], 61, generate)


if __name__ == "__main__":
    sys.exit(main())
