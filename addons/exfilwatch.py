"""mitmproxy entry script: `mitmdump -s addons/exfilwatch.py` (or `mitmproxy -s`, `mitmweb -s`).

Only loads the addon; everything else is in the `exfilwatch` package.

Why the sys.path handling: mitmproxy puts a script's own folder first on
`sys.path` (and leaves it there), so a plain `import exfilwatch` here would
import this very file rather than the package. We take this folder out of
`sys.path`, forget a module named `exfilwatch` that is not the package, and,
when the package is not installed, use the checkout this script sits in.
"""

from __future__ import annotations

import importlib.util
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
_CHECKOUT = os.path.dirname(_HERE)


def _not_here(entry: str) -> bool:
    return os.path.abspath(entry or os.curdir) != _HERE


sys.path[:] = [entry for entry in sys.path if _not_here(entry)]
_shadow = sys.modules.get("exfilwatch")
if _shadow is not None and not hasattr(_shadow, "__path__"):
    del sys.modules["exfilwatch"]
if importlib.util.find_spec("exfilwatch") is None and os.path.isfile(
    os.path.join(_CHECKOUT, "exfilwatch", "__init__.py")
):
    sys.path.append(_CHECKOUT)

from exfilwatch.addon import ExfilWatch  # noqa: E402 - needs the path fixed above

addons = [ExfilWatch()]
