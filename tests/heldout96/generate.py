"""Generate held-out set 96 (a precision stress set): an electrician / smart-home
installer's iPhone 14 (iOS 17) in Poland and Czechia. Mostly ordinary work apps
whose traffic looks sensitive but is not (clients' hubs, inverters and doorbells;
the employer's van, tool tags, multimeter and thermal camera; job-sheet photos;
a wholesaler's tutorial-video statistics; an e-learning course; a Wi-Fi survey),
plus a few truly sensitive flows of his own (streaming watch log, podcast
listening, bank face liveness and voice ID, ad SDKs with IDFA/IDFV, his watch
and earbuds), in every input format, with labels.

    python -m tests.heldout96.generate OUTDIR [--seed 695] [--flows 900] [--no-replay]
    python tests/heldout96/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 96), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout96` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout96"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=96,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-96 test devices (generated): an iPhone 14 (IDFA, one IDFV per app\n"
        "# vendor), the tester's own smartwatch (serial, BLE MAC) and earbuds (serial,\n"
        "# BT MAC). Clients' and the employer's devices are NOT listed: not his.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 695, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
