"""Generate held-out set 70, a PRECISION STRESS set: a video creator's iPhone 16
Pro (iOS 18) in Canada and the USA, mostly running ordinary creator tools whose
traffic looks like biometric data, viewing history or device ids but is not
(channel analytics, video editor, teleprompter, thumbnail designer, camera app,
music licensing, sponsor CRM, podcast hosting, livestream studio,
transcription, the shared studio's equipment), plus a few truly sensitive apps
(a streaming app, a face-filter app, a voice-cloning app, attribution SDKs,
the creator's own Apple Watch and AirPods), in every input format, with labels.

    python -m tests.heldout70.generate OUTDIR [--seed 523] [--flows 900] [--no-replay]
    python tests/heldout70/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 70), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout70` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout70"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=70,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-70 test devices (generated): a video creator's iPhone 16 Pro (IDFA,\n"
        "# one IDFV per vendor that sends it), the creator's own Apple Watch (serial)\n"
        "# and AirPods Pro (serial, Bluetooth address). The shared studio's cameras,\n"
        "# lights, DMX nodes and the rented lens are not the creator's: not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 523, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
