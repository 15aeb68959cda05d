"""Generate held-out set 102 (a precision stress set): a veterinarian's Pixel 8 in
Ireland running a practice-management app, lab analysers, a farm herd app with
collars, kennel cameras, lost-pet face search, bark analysis, and a few of her own
truly sensitive apps (streaming, podcasts, bank liveness, voice login, ads, earbuds).

    python tests/heldout102/generate.py OUTDIR [--seed 731] [--flows 900] [--no-replay]

Writes session.har, session.flows, replay.json, known.yaml, labels.json via write_set.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout102` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout102"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=102,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-102 test devices (generated): a vet's Pixel 8 (GAID, per-app ANDROID_IDs),\n"
        "# her earbuds and watch (BLE MACs, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 731, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
