"""Starting and ending the analysis process (`analysis_child`).

Its pipes are made large (1 MiB, so that a burst of exchanges fits without
waiting for the event loop) and non-blocking on our side: the proxy never
waits on the child.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

from ..engine import EngineOptions
from . import wire
from .analysis import Outputs

PIPE_SIZE = 1 << 20
F_SETPIPE_SZ = 1031  # Linux fcntl; elsewhere the pipes keep their size


def spawn() -> subprocess.Popen[bytes]:
    package_parent = str(Path(__file__).resolve().parents[2])
    code = (
        f"import sys; sys.path.insert(0, {package_parent!r}); "
        "from exfilwatch.live.analysis_child import main; main()"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True
    )
    for stream in (process.stdin, process.stdout):
        assert stream is not None
        with contextlib.suppress(OSError, ImportError):
            import fcntl

            fcntl.fcntl(stream.fileno(), F_SETPIPE_SZ, PIPE_SIZE)
        os.set_blocking(stream.fileno(), False)
    return process


def init_frame(options: EngineOptions, outputs: Outputs) -> bytes:
    """The child's first message: its options, from us (the same program), never a user."""
    data = pickle.dumps((options, outputs))
    return wire.REPLY.pack(len(data)) + data


def end(process: subprocess.Popen[bytes], kill: bool = False) -> None:
    """EOF on its input lets the child finish what it has and close its outputs."""
    if kill:
        process.kill()
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
