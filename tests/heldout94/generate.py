"""Generate held-out set 94, a PRECISION STRESS set: a licensed tour guide's
Samsung Galaxy A55 in Egypt and Jordan running ordinary apps whose traffic looks
sensitive but is not (group management with passports and rooming lists, the
company's whisper headsets, audio-guide statistics, ticket scanners, exhibit
screens, crowd counting, a coach tracker, trip photos with face blurring, a
translator with speech-to-text, currency, weather, a game), plus a few truly
sensitive flows (his streaming and podcast history, bank face liveness and
voice ID, ad SDK ids, his watch and earbuds), in every input format, labelled.

    python tests/heldout94/generate.py OUTDIR [--seed 683] [--flows 900] [--no-replay]

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 94). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout94` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout94"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=94,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-94 test devices (generated): a tour guide's Galaxy A55 (GAID, IMEI,\n"
        "# one ANDROID_ID per app that reads it), his Galaxy Watch (BLE MAC, serial)\n"
        "# and Galaxy Buds (BLE MAC). Company headsets, coach trackers are not his.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 683, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
