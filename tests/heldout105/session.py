"""The script of the set-105 session: a family in Lagos, Kano and Kumasi shares a
Tecno phone (Nollywood and Yoruba/Hausa films, football, Afrobeats, Quran
recitation, sermons, a fintech with face KYC, the telco's Voice ID, a driver app,
betting) with HiOS's own analytics, a TV box and a smartwatch, and ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    betting,
    church,
    fintech,
    football,
    kanny,
    music,
    nolly,
    quran,
    ride,
    telco,
    transsion,
    tvbox,
    watch,
)
from .phone import Phone105

START = 1796025600.0  # 2026-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

NOLLY_VIEW: list[Gen] = [
    nolly.watch_progress,
    nolly.pidgin_events,
    nolly.continue_watching,
    nolly.offline_resume_blob,
    nolly.pidgin_events,
]
NOLLY_DEV: list[Gen] = [
    nolly.appsflyer,
    nolly.rails,
    nolly.register_device,
    nolly.appsflyer_purchase,
]
KANNY_VIEW: list[Gen] = [
    kanny.yoruba_progress,
    kanny.hausa_history,
    kanny.resume_beacon,
    kanny.hausa_history_list,
    kanny.yoruba_progress,
]
BALL_VIEW: list[Gen] = [football.highlight_watch, football.moengage_watch, football.my_clips]
MUSIC_VIEW: list[Gen] = [
    music.play_records,
    music.twi_recent,
    music.play_records,
    music.offline_plays,
]
MUSIC_DEV: list[Gen] = [
    music.firebase_events,
    music.mintegral,
    music.register,
    music.firebase_events,
]
QURAN_VIEW: list[Gen] = [
    quran.recitation_progress,
    quran.tafsir_listen,
    quran.compact_sync,
    quran.recitation_progress,
]
CHURCH_VIEW: list[Gen] = [church.yoruba_progress, church.live_heartbeat, church.igbo_progress]
FIN_BIO: list[Gen] = [
    fintech.youverify_nin,
    fintech.smile_zip,
    fintech.prembly_face,
    fintech.dojah_bvn,
    fintech.hausa_relogin_selfie,
    fintech.liveness_frames,
]
FIN_DEV: list[Gen] = [fintech.bind_device, fintech.transfer, fintech.transfer]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_verify_legacy,
    telco.voice_verify,
]
TELCO_DEV: list[Gen] = [telco.device_check, telco.device_ping_hashed]
RIDE_BIO: list[Gen] = [
    ride.selfie_check,
    ride.fatigue_landmarks,
    ride.mlkit_face_check,
    ride.template_reverify,
    ride.fatigue_landmarks,
]
BET_DEV: list[Gen] = [
    betting.place_bet,
    betting.appsflyer,
    betting.meta,
    betting.fraud_register,
    betting.place_bet,
]
ATHENA: list[Gen] = [
    transsion.usage_batch,
    transsion.visha_play,
    transsion.encrypted_device,
    transsion.usage_batch,
]
BOX_VIEW: list[Gen] = [
    tvbox.tuning_log,
    tvbox.recently_watched,
    tvbox.numeric_stats,
    tvbox.tuning_log,
]
BOX_DEV: list[Gen] = [tvbox.heartbeat, tvbox.hashed_ping]
WATCH_DEV: list[Gen] = [watch.health_sync, watch.bind, watch.firmware, watch.health_sync]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone105.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            transsion.usage_batch(c),
            nolly.register_device(c),
            nolly.appsflyer(c),
            tvbox.heartbeat(c),
            watch.bind(c),
            background.time_sync(c),
            fintech.smile_prep(c),
        ]

    def nolly_block(self) -> None:
        self.some(
            [
                (0.6, nolly.catalogue),
                (0.4, nolly.search),
                (0.7, nolly.manifest),
                (0.4, nolly.licence),
                (0.1, nolly.subscribe),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(NOLLY_VIEW, "nolly_view")
        if self.p(0.45):
            self.next(NOLLY_DEV, "nolly_dev")

    def kanny_block(self) -> None:
        self.some(
            [
                (0.5, kanny.new_films),
                (0.4, kanny.most_watched),
                (0.4, kanny.subtitles),
                (0.7, kanny.poster),
                (0.2, kanny.report_error),
                (0.05, kanny.register),
            ]
        )
        if self.p(0.8):
            self.next(KANNY_VIEW, "kanny_view")

    def ball_block(self) -> None:
        self.some(
            [
                (0.8, football.live_scores),
                (0.5, football.commentary),
                (0.4, football.table),
                (0.3, football.most_watched_goals),
                (0.5, football.clip_file),
                (0.15, football.moengage_session),
            ]
        )
        if self.p(0.7):
            self.next(BALL_VIEW, "ball_view")

    def music_block(self) -> None:
        self.some(
            [
                (0.8, music.audio),
                (0.5, music.audio),
                (0.4, music.charts),
                (0.3, music.lyrics),
                (0.3, music.search),
            ]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.4):
            self.next(MUSIC_DEV, "music_dev")

    def quran_block(self) -> None:
        self.some(
            [
                (0.7, quran.audio),
                (0.5, quran.prayer_times),
                (0.3, quran.qibla),
                (0.35, quran.mushaf_reading),
                (0.05, quran.register),
            ]
        )
        if self.p(0.75):
            self.next(QURAN_VIEW, "quran_view")

    def church_block(self) -> None:
        self.some(
            [
                (0.5, church.catalogue),
                (0.4, church.devotional),
                (0.2, church.offering),
                (0.2, church.projector_playout),
                (0.05, church.register),
            ]
        )
        if self.p(0.75):
            self.next(CHURCH_VIEW, "church_view")

    def fin_block(self) -> None:
        self.some(
            [
                (0.5, fintech.fx_rates),
                (0.3, fintech.airtime),
                (0.25, fintech.bvn_form),
                (0.2, fintech.nin_slip_ocr),
                (0.15, fintech.smile_prep),
            ]
        )
        if self.p(0.8):
            self.next(FIN_BIO, "fin_bio")
        if self.p(0.45):
            self.next(FIN_DEV, "fin_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.6, telco.balance),
                (0.5, telco.bundles),
                (0.3, telco.voice_search),
                (0.15, telco.linked_devices),
            ]
        )
        if self.p(0.8):
            self.next(TELCO_BIO, "telco_bio")
        if self.p(0.35):
            self.next(TELCO_DEV, "telco_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.9, ride.gps_ping),
                (0.6, ride.gps_ping),
                (0.5, ride.trip_offer),
                (0.3, ride.earnings),
                (0.2, ride.fleet_vehicle),
                (0.3, ride.trip_receipt),
                (0.05, ride.register),
            ]
        )
        if self.p(0.85):
            self.next(RIDE_BIO, "ride_bio")

    def bet_block(self) -> None:
        self.some(
            [(0.8, betting.odds), (0.4, betting.virtuals), (0.35, betting.live_stream_heartbeat)]
        )
        if self.p(0.55):
            self.next(BET_DEV, "bet_dev")

    def system_block(self) -> None:
        self.some([(0.3, transsion.palmstore_update)])
        self.next(ATHENA, "athena")

    def box_block(self) -> None:
        self.some([(0.5, tvbox.epg), (0.2, tvbox.ota_check)])
        if self.p(0.85):
            self.next(BOX_VIEW, "box_view")
        if self.p(0.35):
            self.next(BOX_DEV, "box_dev")

    def watch_block(self) -> None:
        self.some([(0.4, watch.sleep), (0.2, watch.faces_store), (0.4, watch.weather_push)])
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone105, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.nolly_block),
        (0.09, s.kanny_block),
        (0.09, s.ball_block),
        (0.09, s.music_block),
        (0.07, s.quran_block),
        (0.07, s.church_block),
        (0.09, s.fin_block),
        (0.07, s.telco_block),
        (0.07, s.ride_block),
        (0.07, s.bet_block),
        (0.05, s.system_block),
        (0.07, s.box_block),
        (0.04, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
