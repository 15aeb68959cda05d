"""Long fuzz runs with atheris (coverage-guided), on the targets CI runs briefly.

    python bench/fuzz.py TARGET [-max_total_time=600] [corpus_dir]
    python bench/fuzz.py --list

TARGET is one of tests/fuzz_targets.py's TARGETS (har, flows, pcap, pcapng,
keylog, multipart, protobuf, msgpack, text_codecs, decompressors, decoder, rule).
Remaining arguments go to libFuzzer. A crash writes `crash-*` with the input:
add it to tests/test_hostile.py as a regression test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["exfilwatch", "fuzz_targets"]):
        import fuzz_targets

        # Sources import their readers lazily; import them here so that they
        # are instrumented too and the fuzzer sees their coverage.
        import exfilwatch.sources.flow_source
        import exfilwatch.sources.har_source
        import exfilwatch.sources.pcap_source  # noqa: F401

    if len(sys.argv) < 2 or sys.argv[1] == "--list":
        print("targets:", ", ".join(fuzz_targets.TARGETS))
        return
    target = fuzz_targets.TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
