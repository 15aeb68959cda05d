"""Generate held-out set 8: an iPhone 15 (iOS 17) running a casual game with ad
mediation (Unity Ads, ironSource, AppLovin MAX, Mintegral, Vungle, InMobi,
OpenRTB), a music app (Braze, Amplitude, mParticle, Last.fm), an exam proctor
(face tracking, AWS Rekognition, Azure Face), a language app with speaker
enrolment, a betting app with selfie KYC (Veriff, Onfido), a kids' video app
(Conviva, Nielsen), a smart-glasses companion and a live-shopping app
(RangersAppLog), in every input format, with labels.

    python -m tests.heldout8.generate OUTDIR [--seed 83] [--flows 900] [--no-replay]
    python tests/heldout8/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 8), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout8` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout8"

from tests.heldout.flowmodel import Flow
from tests.heldout.setwriter import SetInfo, check_device_labels, write_set
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone8
from .session import generate_session

DEFAULT_SEED = 83
DEFAULT_FLOWS = 900


def check_labels(phone: Phone8, flows: list[Flow]) -> None:
    """Refuse a set where a device identifier sits in a flow unlabelled (see
    `check_device_labels`)."""
    check_device_labels(phone, flows, KNOWN_ATTRS)


INFO = SetInfo(
    number=8,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-8 test devices (generated): an iPhone 15 on iOS 17.4.1 (IDFA with\n"
        "# tracking allowed; one IDFV per app vendor) and the paired smart glasses\n"
        "# (serial, Bluetooth and Wi-Fi MAC, charging-case serial)\n"
    ),
)


def generate(
    outdir: Path, seed: int = DEFAULT_SEED, flows: int = DEFAULT_FLOWS, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a == "--flows" or a.startswith("--flows=") for a in args):
        args += ["--flows", str(DEFAULT_FLOWS)]  # this set's size (the shared CLI says 1500)
    return set_main(args, (__doc__ or "").split("\n\n")[0], DEFAULT_SEED, generate)


if __name__ == "__main__":
    sys.exit(main())
