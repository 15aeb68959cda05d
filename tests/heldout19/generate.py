"""Generate held-out set 19: a UK commuter's Pixel 8a with wireless earbuds,
running a public-service streaming app (playback stats, resume points, Comscore
and Kantar / Barb measurement), a podcast and radio app, a rail-ticket app with
face-matched railcards, a neobank with voice ID and selfie re-verification, the
earbuds' companion app and a game with Unity Ads / AppLovin, with labels.

    python -m tests.heldout19.generate OUTDIR [--seed 191] [--flows 900] [--no-replay]
    python tests/heldout19/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 19), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout19` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout19"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=19,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-19 test devices (generated): a Pixel 8a (GAID, one ANDROID_ID per app)\n"
        "# with paired wireless earbuds (two bud serials, case serial, BLE address)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 191, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
