"""Generate held-out set 107: a family in Almaty, Shymkent and Bishkek with a
Galaxy A35, a Samsung Tizen TV and a fitness band; Kazakh (Cyrillic and Latin),
Kyrgyz and Russian streaming, music, kids' cartoons, a sports streamer, a bank
superapp with Verigram face login, a telco with Voice ID, a taxi driver app
with selfie checks and a marketplace with a glasses try-on, in every input
format, with labels.

    python -m tests.heldout107.generate OUTDIR [--seed 761] [--flows 900] [--no-replay]
    python tests/heldout107/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 107), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout107` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout107"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=107,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-107 test devices (generated): a Galaxy A35 (IMEI, advertising id,\n"
        "# one ANDROID_ID per app), a Samsung Tizen TV (Wi-Fi MAC, serial) and a\n"
        "# fitness band (BLE MAC, serial)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 761, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
