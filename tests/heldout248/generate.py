"""Generate held-out set 248 (precision stress): the company phone of a
guest-services and IT officer on a Mediterranean cruise ship (Genoa,
Barcelona, Marseille). Most of it is the ship's traffic: gangway face checks
of guests and crew and the cabins' IPTV admin with per-cabin purchases,
tuning logs and now-on channels (biometric data and viewing history, whoever
they belong to), and look-alikes that stay negative (dashboards, head counts,
revenue reports, EPG and catalogue; medallions, door locks, cabin tablets and
set-top boxes by serial, CCTV clips, the crew handhelds in the MDM console,
POS terminals, the theatre's schedule). The rest is hers: an Italian /
Spanish series and Serie A streamer with Firebase, AppsFlyer and NPAW, a
Spanish music app with Adjust, her bank's selfie login (and Onfido), her
smartwatch, the phone's own MDM agent and the crew Wi-Fi login. In every input
format, with labels.

    python -m tests.heldout248.generate OUTDIR [--seed 1607] [--flows 1500] [--no-replay]
    python tests/heldout248/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 248), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout248` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout248"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=248,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-248 test device (generated): the officer's company Galaxy S23 (IMEI,\n"
        "# serial and Wi-Fi MAC as the MDM reads them, advertising id, one ANDROID_ID\n"
        "# per app) and her smartwatch (BLE MAC, serial). The ship's cameras, cabin\n"
        "# TVs, locks, medallions, tablets and handhelds are not listed: not hers.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1607, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
