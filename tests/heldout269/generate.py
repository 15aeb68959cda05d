"""Generate held-out set 269: a day in Finistère, in Breton and French, built to
stress precision (a Breton-language TV app with Conviva, NPAW, Firebase,
AppsFlyer and Meta app events; a bank's selfie face check with Onfido, FaceTec
and AWS Rekognition; a ferry company's booking app with Braze, its captive
Wi-Fi and one cabin TV's viewing; a bakery's order app with Adjust and
CleverTap; and, mostly, look-alike traffic: a hospital's bedside terminals and
staff tablets, the ferry's screens, a fest-noz festival's gates and public
stage streams, a lighthouse museum's audio guides, a fishing cooperative's
beacons, a surf school's wetsuit tags, a Breton school's video lessons), in
every input format, with labels.

    python -m tests.heldout269.generate OUTDIR [--seed 1733] [--flows 1500] [--no-replay]
    python tests/heldout269/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 269), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout269` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout269"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=269,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-269 test devices (generated): two phones (Pixel 8, Galaxy A54 with its\n"
        "# Wi-Fi MAC as the ferry's captive portal sees it); one ANDROID_ID per app.\n"
        "# The hospital's, ferry's, festival's, museum's, cooperative's and surf\n"
        "# school's own equipment is not listed: it is no person's device.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1733, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
