"""Generate held-out set 278 (precision stress): Uyghur diaspora apps in Almaty and
Istanbul (a muqam music archive, a restaurant chain's kiosks and menu screens,
a community radio player, a language-learning app with pronunciation scoring,
a marketplace with product photo uploads, a cinema's lobby displays, a dating
app with face verification and AWS Rekognition, a film streaming app with
watch history in UEY, ULY and USY keys; Firebase, AppsFlyer, Adjust and Meta),
in every input format, with labels.

    python -m tests.heldout278.generate OUTDIR [--seed 1787] [--flows 1500] [--no-replay]
    python tests/heldout278/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 278), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout278` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout278"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=278,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-278 test phones (generated): a Samsung Galaxy A34 in Almaty and a Redmi\n"
        "# Note 13 in Istanbul (advertising ids); one ANDROID_ID per app. The restaurant's\n"
        "# kiosks and screens and the cinema's lobby displays are not the family's devices.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1787, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
