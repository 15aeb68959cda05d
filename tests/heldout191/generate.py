"""Generate held-out set 191 (a precision stress set): a day at an esports PC-bang
in Busan, seen from its network. The café's 40 gaming PCs (seat agents and
anti-cheat), seat booking and time billing, tournament stream rigs (CHZZK,
Twitch), signage with a highlight reel and a lobby IPTV, webcams driving
customers' VTuber avatars, vending and POS, and the manager's own phone (the
PC-bang manager app, a webtoon-drama app, a music app with her Galaxy Buds, her
bank's face login), in every input format, with labels.

    python -m tests.heldout191.generate OUTDIR [--seed 1265] [--flows 900] [--no-replay]
    python tests/heldout191/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 191), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout191` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout191"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=191,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-191 test devices (generated): the café manager's own Galaxy S24 (one\n"
        "# ANDROID_ID per app) and her Galaxy Buds (Bluetooth MAC, serial). The café's\n"
        "# PCs, consoles, webcams, signage and POS are the business's, not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1265, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
