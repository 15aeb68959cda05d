"""The live side: the mitmproxy addon's parts (`exfilwatch.addon` wires them together).

`options` (the `exfilwatch_*` options), `channel` with `child` (the analysis in a
low-priority child process, fed from the event loop through `wire`) or
`threaded` (in a worker thread, through `worker`), `analysis` (the engine and
the outputs, wherever the analysis runs), `results` (outcomes counted in `tally`,
shown on flows by `marking`, logged), `commands` (summary and export), `connect`
(how a phone reaches the proxy) and `dump` (mitmdump with the addon built in,
what `exfilwatch proxy` runs). Findings come from `Engine.analyse`, exactly as
in `exfilwatch scan`.
"""
