"""Generate held-out set 88, a precision-stress set: a Dubai real-estate agent's
Samsung Galaxy S23 (Android 14) running a property portal's agent dashboard,
3D tours / drone / lockbox tools, a show-home and open-house app, a tenancy
(Ejari-like) app with ID OCR and a CRM with call recordings, a recitation /
podcast app, her own streaming app, her bank (face and voice checks), her
watch / buds companion and games, in every input format, with labels. Most
flows are hard decoys; a few are truly sensitive in each category.

    python -m tests.heldout88.generate OUTDIR [--seed 647] [--flows 900] [--no-replay]
    python tests/heldout88/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 88), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout88` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout88"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=88,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-88 test devices (generated): a Samsung Galaxy S23 (GAID, one ANDROID_ID\n"
        "# per app that reads it), her Galaxy Watch (BLE MAC, serial) and Galaxy Buds\n"
        "# (BLE MAC). Lockboxes, sellers' devices and the agency drone are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 647, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
