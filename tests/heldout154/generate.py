"""Generate held-out set 154 (a precision stress set): a radio producer and podcast
studio engineer in Dublin. The station's playout and logging system, audience
measurement aggregates, network-attached mixing consoles, codecs and microphones,
guests' recordings for broadcast, transcription services and a presenter voice-tag
service, plus the producer's own Pixel with a podcast player, a radio tuner app, a
scrobbler and an earbuds companion. About nine tenths of the flows are ordinary
look-alikes.

    python -m tests.heldout154.generate OUTDIR [--seed 1043] [--flows 900] [--no-replay]
    python tests/heldout154/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 154), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout154` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout154"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=154,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-154 test devices (generated): the producer's own Pixel 8 (advertising\n"
        "# id, one ANDROID_ID per app) and own earbuds (BLE MAC, serial). The station's\n"
        "# consoles, codecs, microphones and field recorders are not the tester's.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1043, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
