"""The script of the set-70 session: a video creator's working day on an iPhone 16
Pro, mostly ordinary creator tools whose traffic looks sensitive but is not
(channel analytics, editor, teleprompter, thumbnails, camera, music licensing,
sponsor CRM, podcast hosting, livestream studio, transcription, the shared
studio's gear), and a few truly sensitive apps (a streaming app, a face-filter
app, a voice-cloning app, attribution SDKs, the creator's own Watch / AirPods).
Sensitive events rotate through a schedule per app so every family shows.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    ads,
    analytics,
    background,
    camera,
    crm,
    editor,
    facefx,
    live,
    music,
    podhost,
    prompter,
    stream,
    studio,
    thumbs,
    transcribe,
    voiceclone,
)
from .phone import Phone70
from .schedules import DEV, FACE, GEAR, VIEW, VOICE, Gen

START = 1741593600.0  # 2025-03-10T08:00:00Z


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone70.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            ads.firebase_install(c),
            background.flags(c),
            ads.adjust_session(c),
            prompter.watch_pair(c),
            ads.appsflyer_launch(c),
        ]

    def block(
        self, table: list[tuple[float, Gen]], extra: list[tuple[float, list[Gen], str]]
    ) -> None:
        self.some(table)
        for prob, schedule, key in extra:
            if self.p(prob):
                self.next(schedule, key)

    def blocks(self) -> list[tuple[float, Callable[[], None]]]:
        def mk(
            table: list[tuple[float, Gen]], extra: list[tuple[float, list[Gen], str]] = ()
        ) -> Callable[[], None]:  # type: ignore[assignment]
            return lambda: self.block(table, list(extra))

        a, e, p, t = analytics, editor, prompter, thumbs
        return [
            (
                0.13,
                mk(
                    [
                        (0.7, a.retention),
                        (0.6, a.watch_time),
                        (0.5, a.demographics),
                        (0.5, a.per_video),
                        (0.4, a.dashboard_sync),
                        (0.4, a.realtime),
                    ],
                    [(0.02, DEV, "dev")],
                ),
            ),
            (
                0.09,
                mk(
                    [
                        (0.8, e.timeline),
                        (0.6, e.export_progress),
                        (0.4, e.reframe),
                        (0.3, e.media_hashes),
                        (0.5, e.proxy_upload),
                    ]
                ),
            ),
            (
                0.07,
                mk(
                    [(0.8, p.script_sync), (0.5, p.voice_follow), (0.3, p.eyeline)],
                    [(0.18, GEAR, "gear")],
                ),
            ),
            (
                0.07,
                mk(
                    [
                        (0.6, t.removebg),
                        (0.7, t.subject_crop),
                        (0.4, t.ab_test),
                        (0.3, t.fonts),
                        (0.4, t.export),
                    ]
                ),
            ),
            (
                0.07,
                mk(
                    [
                        (0.8, camera.shot_meta),
                        (0.6, camera.gimbal),
                        (0.4, camera.histogram),
                        (0.2, camera.luts),
                    ]
                ),
            ),
            (
                0.06,
                mk(
                    [
                        (0.8, music.browse),
                        (0.8, music.preview),
                        (0.5, music.preview),
                        (0.3, music.cue_sheet),
                        (0.2, music.purchase),
                    ]
                ),
            ),
            (0.05, mk([(0.7, crm.deals), (0.5, crm.media_kit), (0.4, crm.invoice)])),
            (
                0.06,
                mk(
                    [
                        (0.8, podhost.show_downloads),
                        (0.6, podhost.episode_downloads),
                        (0.5, podhost.countries),
                        (0.3, podhost.episodes),
                    ]
                ),
            ),
            (
                0.07,
                mk(
                    [
                        (0.9, live.stream_health),
                        (0.6, live.stream_health),
                        (0.5, live.helix_streams),
                        (0.6, live.chat),
                        (0.3, live.scenes),
                    ],
                    [(0.2, GEAR, "gear")],
                ),
            ),
            (
                0.05,
                mk(
                    [
                        (0.8, transcribe.listen),
                        (0.5, transcribe.save_transcript),
                        (0.4, transcribe.captions),
                    ]
                ),
            ),
            (
                0.07,
                mk(
                    [
                        (0.5, studio.bm_product),
                        (0.6, studio.bm_iris),
                        (0.5, studio.bm_record),
                        (0.5, studio.lights),
                        (0.3, studio.lens_rental),
                        (0.3, studio.booking),
                    ]
                ),
            ),
            (
                0.07,
                mk(
                    [
                        (0.6, stream.catalogue),
                        (0.7, stream.poster),
                        (0.8, stream.segment),
                        (0.6, stream.segment),
                        (0.3, stream.search),
                        (0.3, ads.creative_fetch),
                    ],
                    [(0.85, VIEW, "view"), (0.2, VIEW, "view"), (0.06, DEV, "dev")],
                ),
            ),
            (
                0.055,
                mk(
                    [
                        (0.6, facefx.filter_catalogue),
                        (0.6, facefx.sticker_pack),
                        (0.5, facefx.render_status),
                    ],
                    [(0.9, FACE, "face"), (0.08, DEV, "dev")],
                ),
            ),
            (
                0.045,
                mk(
                    [(0.6, voiceclone.tts), (0.4, voiceclone.voices_list)],
                    [(0.9, VOICE, "voice"), (0.08, DEV, "dev")],
                ),
            ),
        ]


def generate_session(seed: int, target: int) -> tuple[Phone70, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    return s.finish(s.blocks(), background.BENIGN, target, 0.4)
