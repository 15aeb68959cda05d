"""The script of the set-94 session: a tour guide's working days in Cairo, Luxor
and Petra. Most blocks are his work apps (group management, headsets, sites,
coach, trip photos, translation, everyday apps), whose traffic only looks
sensitive; a few blocks are his own streaming, podcasts, bank and wearables,
which truly are. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    ads,
    background,
    bank,
    coach,
    groupchat,
    media,
    misc,
    photos,
    sites,
    tourops,
    translate,
)
from .phone import Phone94

START = 1735711200.0  # 2025-01-01T06:00:00Z (08:00 in Luxor)

Gen = Callable[[Context], Flow]

VIEW: list[Gen] = [
    media.heartbeat,
    media.pc_update_episode,
    media.resume_sync,
    media.music_plays,
    media.heartbeat,
    media.continue_watching,
    media.pc_history,
    media.opaque_beacon,
]
BIO: list[Gen] = [
    bank.facetec_liveness,
    bank.voice_login,
    bank.selfie_match,
    bank.facetec_liveness,
    bank.voice_enrol,
    bank.bio_envelope_opaque,
]
DEV: list[Gen] = [
    ads.adjust_session,
    ads.gma_request,
    ads.watch_register,
    media.register_device,
    ads.buds_fota,
    bank.device_binding,
    ads.gma_request,
    ads.watch_sync_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone94.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.flags(c),
            tourops.itinerary(c),
            coach.eta(c),
            misc.weather(c),
        ]

    def tour_block(self) -> None:
        self.some(
            [
                (0.4, tourops.rooming_list),
                (0.15, tourops.passport_manifest),
                (0.6, tourops.headcount),
                (0.35, tourops.headset_checkout),
                (0.5, tourops.headset_telemetry),
                (0.2, tourops.headset_return),
                (0.3, tourops.itinerary),
                (0.15, tourops.pocket_wifi),
                (0.3, tourops.broadcast_log),
            ]
        )

    def site_block(self) -> None:
        self.some(
            [
                (0.5, sites.audioguide_stats),
                (0.5, sites.audioguide_track),
                (0.4, sites.screen_playout),
                (0.5, sites.ticket_scan),
                (0.2, sites.turnstile_status),
                (0.6, sites.crowd_feed),
                (0.15, sites.crowd_report),
                (0.3, sites.nearby_landmarks),
                (0.1, sites.face_article),
            ]
        )

    def coach_block(self) -> None:
        self.some([(0.8, coach.position), (0.5, coach.eta), (0.25, coach.tracker_health)])

    def photo_block(self) -> None:
        self.some(
            [
                (0.7, photos.upload),
                (0.5, photos.album_views),
                (0.8, photos.thumbnail),
                (0.6, photos.thumbnail),
                (0.2, photos.highlight_reel),
                (0.3, photos.blur_job),
            ]
        )

    def talk_block(self) -> None:
        self.some(
            [
                (0.8, translate.speech_to_text),
                (0.7, translate.translate_text),
                (0.4, groupchat.voice_note),
                (0.6, groupchat.message),
                (0.3, groupchat.read_receipts),
                (0.1, groupchat.mic_settings),
            ]
        )

    def everyday_block(self) -> None:
        self.some(
            [
                (0.5, misc.fx_rates),
                (0.5, misc.weather),
                (0.5, misc.game_camera),
                (0.15, misc.avatar_save),
                (0.3, misc.leaderboard),
                (0.3, ads.ad_creative),
                (0.15, ads.watch_faces),
            ]
        )
        if self.p(0.45):
            self.next(DEV, "dev")

    def media_block(self) -> None:
        self.some(
            [
                (0.5, media.catalogue),
                (0.7, media.hls_segment),
                (0.5, media.hls_segment),
                (0.15, media.pc_up_next),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(VIEW, "view")

    def bank_block(self) -> None:
        self.some([(0.6, bank.transactions), (0.2, bank.settings), (0.3, bank.otp)])
        if self.p(0.9):
            self.next(BIO, "bio")
        if self.p(0.2):
            self.next(DEV, "dev")


def generate_session(seed: int, target: int) -> tuple[Phone94, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.tour_block),
        (0.2, s.site_block),
        (0.1, s.coach_block),
        (0.12, s.photo_block),
        (0.1, s.talk_block),
        (0.14, s.everyday_block),
        (0.08, s.media_block),
        (0.13, s.bank_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
