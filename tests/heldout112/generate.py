"""Generate held-out set 112 (precision stress): a physiotherapist's Galaxy A54 in
Lyon. About nine tenths of the traffic is her practice's ordinary look-alikes
(connected shockwave / ultrasound / EMS / isokinetic / treadmill equipment with
the practice's serials and MACs, patients' wearables, gait and posture body
keypoints, exercise-video programmes, Doctolib teleconsultation QoS, invoicing,
anatomy meshes, a rugby club's rosters); a few dozen flows per 1,500 are truly
sensitive (her phone's ids to ad SDKs, her france.tv and Deezer podcast
history, her bank's face login, her own watch and earbuds, patients' per-person
exercise-video watch logs), with labels.

    python -m tests.heldout112.generate OUTDIR [--seed 791] [--flows 900] [--no-replay]
    python tests/heldout112/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 112), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout112` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout112"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=112,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-112 test devices (generated): the physiotherapist's own Galaxy A54\n"
        "# (advertising id, one ANDROID_ID per app), her Galaxy Watch6 and Galaxy\n"
        "# Buds2 Pro (Bluetooth MACs, serials). The practice's equipment and the\n"
        "# patients' wearables are not hers and are not listed.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 791, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
