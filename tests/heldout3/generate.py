"""Generate held-out set 3: a phone and a Fire TV stick running eight apps
(fitness/dating with selfie verification, kids' cartoons, podcasts/audiobooks,
news with video, a game with ad mediation, an avatar/photo editor, a bank with
selfie KYC and voice ID, karaoke), in every input format, with its labels.

    python -m tests.heldout3.generate OUTDIR [--seed 23] [--flows 1500] [--no-replay]
    python tests/heldout3/generate.py OUTDIR ...

Writes OUTDIR/session.har, session.flows (mitmproxy dump), replay.json,
known.yaml and labels.json, in set 1's formats so that bench/evaluate.py scores
it unchanged. Same seed and size give byte-identical files. Write to a temp dir
or bench/out/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tests.heldout3` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tests.heldout3"

from tests.heldout.flowmodel import Flow
from tests.heldout.identity import encode
from tests.heldout.setwriter import SetInfo, haystack, write_set
from tests.heldout.setwriter import main as set_main

from .owners import FIRST_PARTY, owner_label
from .phone import KNOWN_ATTRS, Phone3
from .session import generate_session

# Encodings a stray identifier is looked for in, when checking that nothing leaks
# into a flow unlabelled.
_CHECK_HOW = ("plain", "nosep", "urlenc", "upper", "md5", "sha1", "sha256", "b64")


def check_labels(phone: Phone3, flows: list[Flow]) -> None:
    """Refuse to write a set where any device identifier sits in a flow unlabelled.

    Covers every identifier of the devices, known or SDK-made, in the encodings
    the generators use, and checks that each flow's label agrees with its
    carriers (a carrier per category, known only for known.yaml kinds).
    """
    attrs = phone.device_attrs()
    for flow in flows:
        hay = haystack(flow)
        labelled = {c.kind for c in flow.carriers}
        for attr in attrs:
            kind = KNOWN_ATTRS.get(attr, attr)
            if kind in labelled:
                continue
            value = getattr(phone, attr)
            for how in _CHECK_HOW:
                if encode(value, how).lower() in hay:
                    raise AssertionError(
                        f"flow {flow.index} ({flow.url[:80]}) carries unlabelled {attr} ({how})"
                    )
        for c in flow.carriers:
            if c.known and c.kind not in set(KNOWN_ATTRS.values()):
                raise AssertionError(
                    f"flow {flow.index}: {c.kind} marked known but not in known.yaml"
                )


INFO = SetInfo(
    number=3,
    first_party=FIRST_PARTY,
    owner_label=owner_label,
    known_header=(
        "# Set-3 test devices (generated): a Galaxy A54 and a Fire TV stick; one advertising id\n"
        "# per device, one ANDROID_ID per app\n"
    ),
)


def generate(
    outdir: Path, seed: int = 23, flows: int = 1500, replay: bool = True
) -> dict[str, Any]:
    phone, session = generate_session(seed, flows)
    check_labels(phone, session)
    return write_set(outdir, seed, session, phone.known_values(), INFO, replay)


def main(argv: list[str] | None = None) -> int:
    return set_main(argv, (__doc__ or "").split("\n\n")[0], 23, generate)


if __name__ == "__main__":
    sys.exit(main())
