"""Generate held-out set 274: a household in Grozny and an Ingush relative's
phone (the father's regional bank app with FaceTec-style face sign-in and a
Russian-keyed face template, MyTracker inside; the mother's Chechen-language
film app with Cyrillic Chechen key names, AppMetrica and Firebase, and a photo
app that uploads face landmarks and face embeddings; the children's cartoon
app with romanised Chechen keys, AppsFlyer and MyTracker; the Ingush cousin's
radio app with Ingush keys and AppsFlyer and a taxi app with AppMetrica; a
Russian-market smart TV on an operator's Smart TV middleware with IPTV channel
logs), in every input format, with labels.

    python -m tests.heldout274.generate OUTDIR [--seed 1763] [--flows 1500] [--no-replay]
    python tests/heldout274/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 274), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout274` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout274"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=274,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-274 test devices (generated): three Grozny household devices (Galaxy\n"
        "# A34, Redmi Note 13, Galaxy Tab A8), the Ingush cousin's Honor X8 in\n"
        "# Nazran, and the living-room smart TV (Wi-Fi MAC, serial); one ANDROID_ID\n"
        "# per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1763, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
