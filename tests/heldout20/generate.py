"""Generate held-out set 20: a family's iPhone SE in Brazil running a
Globoplay-like streaming app that casts to a Samsung Tizen TV, a football
club's fan app with stadium face entry, a Pix payments app with device
binding and FaceTec liveness, a Kwai-like short-video app, a telehealth app
with voice recordings checked by Azure speaker recognition and a kids' game
with AdMob and a kids ad network, in every input format, with labels.

    python -m tests.heldout20.generate OUTDIR [--seed 199] [--flows 900] [--no-replay]
    python tests/heldout20/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 20), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout20` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout20"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=20,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-20 test devices (generated): a family's iPhone SE (IDFA, one IDFV\n"
        "# per vendor) and the Samsung Tizen TV it casts to (DUID, Wi-Fi MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 199, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
