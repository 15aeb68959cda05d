"""`python -m exfilwatch.live.dump [mitmdump options]`: mitmdump with the addon built in.

`exfilwatch proxy` runs this rather than `mitmdump -s addons/exfilwatch.py`
because `addons/` is not part of an installed package: here the addon comes
from the package itself, and every mitmdump option still works.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from mitmproxy.tools import cmdline
from mitmproxy.tools.dump import DumpMaster
from mitmproxy.tools.main import run

from ..addon import ExfilWatch


class ExfilWatchDumpMaster(DumpMaster):
    def __init__(self, options: Any, **kwargs: Any) -> None:
        super().__init__(options, **kwargs)
        self.addons.add(ExfilWatch())


def main(argv: Sequence[str] | None = None) -> int:
    run(ExfilWatchDumpMaster, cmdline.mitmdump, list(sys.argv[1:] if argv is None else argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
