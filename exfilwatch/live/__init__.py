"""The live side: what the mitmproxy addon needs beside the engine.

`worker` keeps the analysis off mitmproxy's event loop, `tally` counts what was
seen and says it in one line per flow (the comment and marker a tester sees in
mitmproxy's UIs) and in a summary, `connect` tells the tester how to point a
phone at the proxy, and `dump` is mitmdump with the addon built in (what
`exfilwatch proxy` runs). None of it touches the core's rules: findings come
from `Engine.analyse`, exactly as in `exfilwatch scan`.
"""
