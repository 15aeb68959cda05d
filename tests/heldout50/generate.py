"""Generate held-out set 50: an Apple TV 4K, an iPad and a Roku in a Canadian
(English / Québec French) household: streaming with in-house watch logs, a
public broadcaster with Comscore, live sports, podcasts / audiobooks, a kids'
app, a bank with face and voice ID, telehealth with a speaker check, a smart
doorbell with familiar faces, Roku ACR and ads, AdMob and AppLovin.

    python tests/heldout50/generate.py OUTDIR [--seed 397] [--flows 900] [--no-replay]

Writes session.har, session.flows, replay.json, known.yaml and labels.json
("set": 50). Same seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout50` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout50"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=50,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]
    owner_label=owner_label,
    known_header=(
        "# Set-50 test devices (generated): an Apple TV 4K and an iPad (IDFA each,\n"
        "# one IDFV per vendor), a Roku (RIDA, serial, Wi-Fi MAC), a doorbell (serial, MAC)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 397, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
