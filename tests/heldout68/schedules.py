"""Rotating schedules of the set-68 session's truly sensitive flows.

Each schedule is walked in order (`SessionBase.pick`), so that even a small set
shows every family, the opaque carriers too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import earbuds, faceboard, games, stream, translate

Gen = Callable[[Context], Flow]

FACE: list[Gen] = [
    faceboard.enrol_selfie,
    faceboard.rekognition_index,
    faceboard.template_upload,
    faceboard.gate_match,
    lambda c: faceboard.rekognition_index(c, search=True),
    faceboard.opaque_sync,
]
VOICE: list[Gen] = [translate.speaker_profile, translate.voice_clone]
VIEW: list[Gen] = [
    stream.heartbeat,
    stream.progress,
    stream.conviva_hb,
    stream.continue_watching,
    stream.heartbeat,
    stream.opaque_beacon,
]
ADS: list[Gen] = [games.admob, games.adjust_session, games.admob, games.game_login]
BUDS: list[Gen] = [earbuds.battery, earbuds.firmware, earbuds.pair]
