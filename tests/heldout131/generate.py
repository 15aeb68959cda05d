"""Generate held-out set 131: a Turkish-German family in Cologne (grandparents in
Vienna) with a Galaxy phone, an iPad, an HbbTV smart TV with ACR, a streaming
stick, a smart doorbell and a connected car: a public broadcaster's Mediathek, a
commercial streamer with server-side ad insertion, music, audiobooks, podcasts,
football, a bank with video-ident, a health insurer with face login, a Turkish
series app, German audience measurement, a CMP and attribution, with labels.

    python -m tests.heldout131.generate OUTDIR [--seed 905] [--flows 900] [--no-replay]
    python tests/heldout131/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 131), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout131` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout131"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=131,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-131 test devices (generated): a Galaxy S23 (one ANDROID_ID per app,\n"
        "# advertising id), an iPad (IDFV), a smart TV (Wi-Fi MAC, serial), a streaming\n"
        "# stick (serial), a doorbell (MAC, serial) and the family car (VIN, modem IMEI)\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 905, 900, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
