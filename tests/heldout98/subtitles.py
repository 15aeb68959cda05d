"""A subtitle-timing editor (cue timings of films), and the venues' digital
signage / trailer playout logs.

All negatives. The editor syncs cues (start/end ms, jamak = 자막, jimaku = 字幕)
and its own playhead in the film being timed: a work tool's timeline, not a watch
log. Signage players report proof-of-play (which trailer ran on which lobby
screen and for how long), the way digital-signage CMSs log playback per player:
that is a venue screen's log, not what a person watched.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rid, ua

SUB = "https://api.subtiming-example.com"
SIGN = "https://cms.lobbycast-example.jp"
FILMS = ["F2026-0412", "F2026-0388", "F2026-0151"]


def cue_sync(c: Context) -> Flow:
    b = FB(c, "subtitles", "PUT", SUB + "/v3/projects/P" + new_digits(c.rng, 5) + "/cues")
    b.header("user-agent", ua("CueStudio", "5.2"))
    b.decoy("subtitle cues: start/end times in a film (editor's timeline)")
    t = c.rng.randint(0, 5_000_000)
    cues = []
    for i in range(c.rng.randint(5, 12)):
        cues.append({"n": i + 1, "startMs": t, "endMs": t + c.rng.randint(900, 4200), "jamak": "…"})
        t += c.rng.randint(1000, 6000)
    b.json({"filmId": c.rng.choice(FILMS), "lang": "en", "cues": cues, "rev": c.rng.randint(1, 90)})
    b.ok_json({"rev": c.rng.randint(91, 200)})
    return b.build()


def editor_playhead(c: Context) -> Flow:
    b = FB(c, "subtitles", "POST", SUB + "/v3/session/state")
    b.header("user-agent", ua("CueStudio", "5.2"))
    b.decoy("editor playhead and loop range while timing subtitles (not a watch log)")
    pos = c.rng.randint(0, 7_000_000)
    b.json(
        {
            "project": "P" + new_digits(c.rng, 5),
            "filmId": c.rng.choice(FILMS),
            "playheadMs": pos,
            "loop": [pos - 2000, pos + 3000],
            "durationMs": 7_200_000,
            "frameRate": 24,
            "waveformZoom": 3,
        }
    )
    b.no_content()
    return b.build()


def srt_export(c: Context) -> Flow:
    b = FB(c, "subtitles", "GET", SUB + "/v3/projects/P" + new_digits(c.rng, 5) + "/export.srt")
    b.header("user-agent", ua("CueStudio", "5.2"))
    b.decoy("SRT export: numbered cues with timestamps")
    lines = []
    for i in range(1, 6):
        s = c.rng.randint(0, 5000)
        ts = f"01:{s // 60 % 60:02d}:{s % 60:02d}"
        lines.append(f"{i}\n{ts},200 --> {ts},900\n字幕\n")
    b.respond(200, "application/x-subrip", "\n".join(lines).encode())
    return b.build()


def ttml_fetch(c: Context) -> Flow:
    b = FB(c, "subtitles", "GET", SUB + "/v3/projects/P" + new_digits(c.rng, 5) + "/imsc.ttml")
    b.decoy("IMSC/TTML subtitles with begin/end times")
    ps = "".join(f'<p begin="{i * 3}.0s" end="{i * 3 + 2}.5s">jimaku {i}</p>' for i in range(1, 5))
    xml = f'<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="ja"><body><div>{ps}</div></body></tt>'
    b.respond(200, "application/ttml+xml", xml.encode())
    return b.build()


def proof_of_play(c: Context) -> Flow:
    b = FB(c, "signage", "POST", SIGN + "/api/v2/players/pop")
    b.header("x-player-key", new_hex(c.rng, 24))
    b.decoy("lobby signage proof-of-play: trailer ids and durations per screen (venue log)")
    plays = [
        {
            "contentId": "TRL-" + new_digits(c.rng, 4),
            "startedAt": iso(c),
            "durationSec": c.rng.choice([30, 60, 90, 120]),
            "completed": True,
        }
        for _ in range(c.rng.randint(3, 8))
    ]
    b.json(
        {
            "playerSerial": "BS-XD" + new_digits(c.rng, 7),
            "site": c.rng.choice(["centum-lobby", "hibiya-3f"]),
            "plays": plays,
        }
    )
    b.no_content()
    return b.build()


def trailer_playout(c: Context) -> Flow:
    b = FB(c, "signage", "POST", SIGN + "/api/v2/playout-log")
    b.header("x-player-key", new_hex(c.rng, 24))
    b.decoy("pre-show trailer playout log of a cinema server (position, runtime)")
    b.json(
        {
            "screen": "hall-" + str(c.rng.randint(1, 9)),
            "spl": "preshow_" + new_hex(c.rng, 6),
            "items": [
                {"cpl": "TRL-" + new_digits(c.rng, 4), "pos_s": k * 90, "len_s": 90}
                for k in range(c.rng.randint(3, 6))
            ],
            "ts": ms(c),
            "reqId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def playlist(c: Context) -> Flow:
    b = FB(c, "signage", "GET", SIGN + "/api/v2/players/schedule?site=centum-lobby")
    b.decoy("signage schedule: loop of trailer ids with durations")
    b.ok_json({"loop": [{"id": "TRL-" + new_digits(c.rng, 4), "sec": 60} for _ in range(6)]})
    return b.build()
