"""Generate held-out set 287, a precision stress set: Corsican and Asturian apps
whose ordinary traffic uses the same words as viewing history and face data
(fighjà / ver = watch, sente / escuchar = listen, faccia / cara = face,
pusizione / posición, durata / duración): a ferry company's app and its own
cabin screens, a polyphonic-song archive, a cider house's shop and kiosk, a
regional TV's schedule site, a hiking app with trail photos, a football club's
fan app and stadium turnstiles; and a few sensitive flows (a streaming app's
watch progress and history with Firebase, Adjust and Piano, a bank's selfie
face match, Braze and Adjust ad ids, install ids), in every input format, with
labels.

    python -m tests.heldout287.generate OUTDIR [--seed 1841] [--flows 1500] [--no-replay]
    python tests/heldout287/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 287), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout287` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout287"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=287,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-287 test phones (generated): a Pixel 8 in Bastia and a Galaxy A55 in\n"
        "# Xixón; one advertising id per phone, one ANDROID_ID per app, and the\n"
        "# Fighjà+ app's install id from its settings screen\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1841, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
