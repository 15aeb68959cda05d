"""The rotating schedules of the truly sensitive events in set 70 (one list per
family of apps), so that even a small set shows every family, opaque ones too."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import ads, facefx, live, prompter, stream, voiceclone

Gen = Callable[[Context], Flow]

VIEW: list[Gen] = [
    stream.heartbeat,
    stream.watched_log,
    stream.visionnement,
    stream.continue_watching,
    stream.heartbeat,
    stream.opaque_beacon,
]
FACE: list[Gen] = [
    facefx.landmarks,
    facefx.mesh,
    facefx.blendshapes,
    facefx.landmarks,
    facefx.opaque_frame,
]
VOICE: list[Gen] = [voiceclone.ivc_add, voiceclone.enrol, voiceclone.verify, voiceclone.sealed]
DEV: list[Gen] = [
    lambda c: ads.appsflyer_launch(c, "reel"),
    lambda c: ads.adjust_session(c, "echo"),
    lambda c: ads.appsflyer_launch(c, "stats", att=False),
    ads.sealed_ping,
    lambda c: ads.appsflyer_launch(c, "glow"),
    ads.firebase_install,
]
GEAR: list[Gen] = [
    live.audio_route,
    prompter.watch_heartbeat,
    live.audio_route_min,
    prompter.watch_pair,
]
