"""Generate held-out set 129: a family in Ulaanbaatar and Erdenet on a shared
Galaxy A54 (a Mongolian OTT app, an IPTV operator's companion and set-top box
with a channel-tuning log, a music app, a sutra and throat-singing app, a
wrestling / basketball app, an e-wallet with Sumsub face checks, the state
e-services app with face login, a taxi app) and the son's iPhone in Seoul with
a Korean streaming app, in every input format, with labels.

    python -m tests.heldout129.generate OUTDIR [--seed 893] [--flows 900] [--no-replay]
    python tests/heldout129/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 129), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout129` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout129"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=129,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-129 test devices (generated): a Galaxy A54 (advertising id, one\n"
        "# ANDROID_ID per app), the family's IPTV set-top box (Ethernet MAC, serial)\n"
        "# and the son's iPhone 13 (IDFA, IDFV)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 893, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
