"""Generate held-out set 125 (a precision stress set): the work phone of a
broadcast engineer at a regional TV and radio station in Lisbon and Porto. Most
of its traffic is her job (playout as-run logs, off-air compliance logging,
audience dashboards, the station's encoders, transmitters, IRDs and cameras,
a newsroom face-blurring tool, interview transcription with diarisation, music
rights returns, colleagues' phones on the MDM); a few dozen flows per 1,500
are her own: a streaming app's watch progress, the advertising id in its SDKs,
her bank's face check and the MDM check-in of the phone itself.

    python -m tests.heldout125.generate OUTDIR [--seed 869] [--flows 900] [--no-replay]
    python tests/heldout125/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows, replay.json, known.yaml and
labels.json ("set": 125) so that bench/evaluate.py scores it unchanged. Same
seed and size give byte-identical files.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout125` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout125"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=125,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-125 test device (generated): the engineer's work phone, a Galaxy A54\n"
        "# (advertising id, IMEI, serial, Wi-Fi MAC; one ANDROID_ID per app that reads\n"
        "# it). The station's encoders, transmitters and colleagues' phones are not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 869, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
