"""Generate held-out set 260: Aotearoa New Zealand, in English and te reo Māori,
a precision stress set. Mostly ordinary look-alike traffic (a marae and iwi
community app, a museum's visitor kiosks and gallery screens, a school's
class-tablet management, the council's library and parking apps, a surf-cam
site, a photo-printing shop, a te reo language app, a weather / tide app, a
rugby club's ticketing) and a few genuine sensitive flows (a Māori-language TV
catch-up app's watch progress on a phone and a lounge TV box, a bank's selfie
check through Onfido and FaceTec, the museum kiosk camera's visitor face
analytics, the marae photo gallery's face grouping, AppsFlyer / Adjust / Meta /
Firebase ids), in every input format, with labels.

    python -m tests.heldout260.generate OUTDIR [--seed 1679] [--flows 1500] [--no-replay]
    python tests/heldout260/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json ("set": 260), in set 1's formats so that
bench/evaluate.py scores it unchanged. Same seed and size give byte-identical
files. Write to a temp dir or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `tests.heldout260` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout260"

from tests.heldout.setwriter import SetGenerator, SetInfo

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS
from .session import generate_session

INFO = SetInfo(
    number=260,
    first_party=FIRST_PARTY,  # type: ignore[arg-type]  # a name, as labels.json holds it
    owner_label=owner_label,
    known_header=(
        "# Set-260 test devices (generated): Aroha's Galaxy A55 and Rāwiri's Pixel 8a\n"
        "# (advertising ids, one ANDROID_ID per app) and the lounge Android TV box\n"
        "# (Ethernet MAC, serial, ANDROID_ID). The museum's kiosks and gallery screens,\n"
        "# the school's class tablets and the council's meters are not ours.\n"
    ),
)

SET = SetGenerator(INFO, generate_session, KNOWN_ATTRS, 1679, 1500, __doc__ or "")
generate, check_labels, main = SET.generate, SET.check_labels, SET.main

if __name__ == "__main__":
    sys.exit(main())
