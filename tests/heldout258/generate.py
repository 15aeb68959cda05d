"""Generate held-out set 258: a Paraguayan family's devices in Asunción and
Encarnación, apps in Spanish and Guaraní (jopara key names): a telco's TV and
football streaming app with its own player telemetry, Firebase and GA4 and
AppsFlyer, a polka / harp radio app with AppsFlyer, a bank with FaceTec 3D
liveness, a cédula scan and Adjust, a kids' cartoon app with Adjust, an IPTV
box with a voice remote, and a smart TV with ACR and an audience camera, in
every input format, with labels.

    python -m tests.heldout258.generate OUTDIR [--seed 1667] [--flows 1500] [--no-replay]
    python tests/heldout258/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 258), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout258` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout258"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=258,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-258 test devices (generated): four family phones / tablets (Galaxy\n"
        "# A55, moto g54, Redmi Note 13, Galaxy Tab A9), an IPTV box (Ethernet MAC,\n"
        "# serial), a smart TV (Wi-Fi MAC, serial); one ANDROID_ID per app\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1667, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
