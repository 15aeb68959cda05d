"""The analysis process the live addon starts (see `analysers.RemoteAnalyser`).

Reads its `EngineOptions`, builds the engine, answers `("ready",)`, then for
each exchange answers `("ok", Analysed)` or `("error", kind,
message)`. It ignores Ctrl-C: the terminal sends it to the whole process group,
and the proxy, which still has exchanges queued, decides when it ends (EOF on
stdin).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys

from .analysers import analyse_with, join_bodies, read_exact, read_frame, write_frame

NICENESS = 19


def yield_cpu() -> None:
    """Run only on CPU time nobody else wants (Linux SCHED_IDLE; elsewhere, nice 19).

    Niceness alone is not enough: each time the proxy wakes up (several times per
    request) it would wait for the scheduler to preempt us, and those waits add up
    to milliseconds per request on a busy machine. A SCHED_IDLE task is preempted at
    once. When the machine is saturated the findings come later (the queue absorbs
    them, and counts what it cannot), never the phone's traffic."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        with contextlib.suppress(OSError, AttributeError):
            os.nice(NICENESS)


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    yield_cpu()
    stdin, stdout = sys.stdin.buffer.fileno(), sys.stdout.buffer.fileno()
    sys.stdout = sys.stderr  # nothing but frames on the pipe
    try:
        options = pickle.loads(read_frame(stdin))
        engine = options.build()
    except EOFError:
        return
    except Exception as exc:
        write_frame(stdout, pickle.dumps(("error", f"{exc}")))
        return
    write_frame(stdout, pickle.dumps(("ready",)))
    while True:
        try:
            bare, request_len, response_len, want_destination = pickle.loads(read_frame(stdin))
            request_body = read_exact(stdin, request_len)
            response_body = read_exact(stdin, response_len)
        except EOFError:
            return
        exchange = join_bodies(bare, request_body, response_body)
        try:
            reply: tuple = ("ok", analyse_with(engine, exchange, want_destination))
        except Exception as exc:
            reply = ("error", type(exc).__name__, str(exc))
        write_frame(stdout, pickle.dumps(reply))


if __name__ == "__main__":
    main()
