"""Follow a growing file by byte offset, handing out complete lines only.

The proxy appends one finding per line and flushes after each, but a reader can
still catch it mid-line; a half line parsed as JSON is a false "bad input". So
the follower only ever moves its offset past a newline: a partial last line
stays on disk until its newline arrives.

Files also come and go under a follower: the dashboard may start before the
proxy creates the file, a new run may truncate it, and log rotation renames it
away and creates a fresh one (same path, new inode). Each is detected from
`os.stat` on every poll, so no inotify dependency and it works on any
filesystem, including the shared folders testers use with a VM.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

#: Bytes read per poll: bounds the work one poll can do, so the app stays
#: responsive while it catches up on a large file.
DEFAULT_CHUNK = 4 << 20
#: A line longer than this is skipped (and counted): no finding is that long,
#: and without a bound one missing newline would make the follower buffer forever.
DEFAULT_MAX_LINE = 1 << 20


@dataclass(slots=True)
class Poll:
    """What one poll found: complete lines (without newline) and what happened."""

    lines: list[bytes] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    oversized: int = 0
    more: bool = False  # the poll stopped at its byte budget; poll again at once


class LineFollower:
    """Tail `path` from byte 0, surviving late creation, truncation and rotation."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        chunk: int = DEFAULT_CHUNK,
        max_line: int = DEFAULT_MAX_LINE,
    ) -> None:
        self.path = Path(path)
        self.chunk = max(chunk, 1)
        self.max_line = max(max_line, 1)
        self.offset = 0
        self._fd: int | None = None
        self._ident: tuple[int, int] | None = None
        self._skipping = False  # inside an oversized line: drop bytes to its newline

    @property
    def waiting(self) -> bool:
        """True while the file does not exist (yet)."""
        return self._fd is None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
        self._fd = None
        self._ident = None

    def poll(self) -> Poll:
        """Read what was appended since the last poll, up to the byte budget."""
        result = Poll()
        if self._fd is None and not self._open(result):
            return result
        self._check_identity(result)
        if self._fd is not None:
            self._read(result)
        return result

    def _open(self, result: Poll) -> bool:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return False
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise IsADirectoryError(f"{self.path}: not a regular file")
        self._fd, self._ident = fd, (st.st_dev, st.st_ino)
        self.offset, self._skipping = 0, False
        result.events.append("opened")
        return True

    def _check_identity(self, result: Poll) -> None:
        """Detect rotation (a new file at the path) and truncation (in place)."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return  # renamed away, new one not created yet: keep draining the old
        if (st.st_dev, st.st_ino) != self._ident:
            self._read(result, drain=True)  # what the writer added before rotating
            self.close()
            result.events.append("rotated")
            self._open(result)
            return
        if st.st_size < self.offset or not self._ends_line():
            # Shorter than what we read, or rewritten in place (the byte before our
            # offset is no longer the newline we stopped after): start again.
            self.offset, self._skipping = 0, False
            result.events.append("truncated")

    def _ends_line(self) -> bool:
        if self.offset == 0 or self._skipping or self._fd is None:
            return True
        return os.pread(self._fd, 1, self.offset - 1) == b"\n"

    def _read(self, result: Poll, drain: bool = False) -> None:
        """Read complete lines from the offset; with `drain`, everything left."""
        assert self._fd is not None
        budget = self.chunk
        while budget > 0 or drain:
            data = os.pread(self._fd, self.chunk, self.offset)
            if not data:
                return
            budget -= len(data)
            if not self._take(data, result):
                return
        result.more = True

    def _take(self, data: bytes, result: Poll) -> bool:
        """Consume complete lines from `data`; False when no further read can help."""
        if self._skipping:
            end = data.find(b"\n")
            if end < 0:
                self.offset += len(data)
                return True
            self.offset += end + 1
            self._skipping = False
            data = data[end + 1 :]
        cut = data.rfind(b"\n")
        if cut < 0:
            if len(data) >= self.max_line:  # one line, too long: skip it
                result.oversized += 1
                self.offset += len(data)
                self._skipping = True
                return True
            return False  # a partial line: wait for its newline
        for line in data[:cut].split(b"\n"):
            if len(line) > self.max_line:
                result.oversized += 1
            elif line.strip():
                result.lines.append(line)
        self.offset += cut + 1
        return True
