"""Generate held-out set 98, a precision-stress set: a film-festival programmer's
iPhone 15 Pro (iOS 17) in Busan, Seoul and Tokyo running screening-management,
ticketing / ballots, press accreditation and Q&A transcription, subtitle timing,
venue signage, translation and a game (traffic that looks sensitive and is not),
plus her own streaming and podcast apps, her bank's face / voice login, ad SDKs
and her watch and earbuds (the few truly sensitive flows), with labels.

    python -m tests.heldout98.generate OUTDIR [--seed 707] [--flows 900] [--no-replay]
    python tests/heldout98/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 98), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout98` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout98"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=98,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-98 test devices (generated): an iPhone 15 Pro (IDFA, one IDFV per\n"
        "# vendor), her smartwatch and earbuds (serials, Bluetooth addresses)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 707, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
