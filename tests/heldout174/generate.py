"""Generate held-out set 174: a Kenyan family in Nairobi, Mombasa and Kisumu
(a Tecno Camon 20 and a Samsung Galaxy A14 on Android 13, a smart TV with
ACR, a pay-TV decoder, a fitness band and a pay-as-you-go solar controller)
using a Kenyan streaming app, a music app, a sermons and Islamic lectures
app, a mobile-money wallet with Smile ID selfie KYC and face login, a bank
with VoiceIt voice login, a digital-lending app and a ride / delivery app,
with Swahili and Sheng keys, in every input format, with labels.

    python -m tests.heldout174.generate OUTDIR [--seed 1163] [--flows 900] [--no-replay]
    python tests/heldout174/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 174), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout174` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout174"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=174,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-174 household devices (generated): a Tecno Camon 20 (advertising id,\n"
        "# IMEI, serial) and a Samsung Galaxy A14 (advertising id), one ANDROID_ID per\n"
        "# app; a smart TV (serial, Wi-Fi MAC), a pay-TV decoder (chip id, IUC number),\n"
        "# a fitness band (BLE MAC, serial), a solar controller (serial, modem IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1163, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
