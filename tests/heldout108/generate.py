"""Generate held-out set 108 (a precision stress set): a football referee and PE
teacher in Thessaloniki, whose traffic is mostly look-alikes from his work
(federation referee app with GPS tracks and fitness tests, match-video review
and a VAR trainer, the club's GPS vests and heart-rate belts, the school's
register, grades, timing gates and tablet cart, a sports-science app with body
pose and accreditation photos, the league's most-watched chart, stadium gates)
and only a few dozen sensitive flows per 1,500: his phone's ids in a scores
app's ad SDKs, his bank's face login, his TV and music history, his own watch.

    python -m tests.heldout108.generate OUTDIR [--seed 767] [--flows 900] [--no-replay]
    python tests/heldout108/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 108), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout108` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout108"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=108,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-108 test devices (generated): his Galaxy A54 (advertising id, one\n"
        "# ANDROID_ID per app), his LG TV (Wi-Fi MAC) and his running watch (BLE MAC,\n"
        "# serial). Club, school, federation and stadium equipment is not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 767, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
