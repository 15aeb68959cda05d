"""Generate held-out set 95: a Redmi Note 13 Pro (HyperOS, Android 14) and the
family's Xiaomi TV box in India (Punjab, Gujarat, Karnataka, Kerala) and for
relatives in Canada: an Indian OTT with regional watch logs, a cricket app with
live heartbeats, a music app, a kirtan radio, a UPI wallet with bank face KYC
(HyperVerge, IDfy), a telco app with voice biometrics, a matrimonial app with
selfie verification and the TV box's content recognition, with labels.

    python -m tests.heldout95.generate OUTDIR [--seed 689] [--flows 900] [--no-replay]
    python tests/heldout95/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 95), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout95` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout95"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=95,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-95 test devices (generated): a Redmi Note 13 Pro (GAID, IMEI, one\n"
        "# ANDROID_ID per app) and the family's Xiaomi TV box (its own ANDROID_ID,\n"
        "# Wi-Fi MAC, serial)\n"
    ),
)

SET = SET_GENERATOR = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 689, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
