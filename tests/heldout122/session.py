"""The script of the set-122 session: a family's Infinix phone goes through nine
apps in turn (Nollywood movies, the decoder companion, music with earbuds,
Christian radio, Hausa lectures, football, a fintech with Smile ID, the telco's
voice ID, a ride-hailing driver app), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, decoder, fintech, football, lectures, music, nolly, radio, ride, telco
from .phone import Phone122

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]

NOLLY_VIEW: list[Gen] = [
    nolly.ilosiwaju,
    nolly.maa_wo_lo,
    nolly.ilosiwaju,
    nolly.player_beacon_opaque,
    nolly.ilosiwaju,
]
DECODER_VIEW: list[Gen] = [
    decoder.tuning_log,
    decoder.ihe_i_lere,
    decoder.tuning_opaque,
    decoder.tuning_log,
]
DECODER_DEV: list[Gen] = [decoder.decoder_status, decoder.bind_decoder]
MUSIC_VIEW: list[Gen] = [music.scrobble, music.egwu_m_gere, music.scrobble, music.plays_protobuf]
MUSIC_DEV: list[Gen] = [music.audio_route, music.device_hello]
RADIO_VIEW: list[Gen] = [
    radio.ngere_heartbeat,
    radio.sermon_progress,
    radio.ga4_listen,
    radio.opaque_stats,
]
LECTURE_VIEW: list[Gen] = [
    lectures.sauraro,
    lectures.na_saurara,
    lectures.sauraro,
    lectures.beacon_opaque,
]
BALL_VIEW: list[Gen] = [football.clip_watch]
BALL_DEV: list[Gen] = [
    football.appsflyer_launch,
    football.appsflyer_opaque,
    football.appsflyer_launch,
]
OWO_BIO: list[Gen] = [
    fintech.bvn_face_match,
    fintech.smile_smart_selfie,
    fintech.oju_template,
    fintech.smile_zip_put,
    fintech.oju_template,
    fintech.template_opaque,
]
OWO_DEV: list[Gen] = [fintech.adjust_session, fintech.device_bind]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_verify,
    telco.voice_verify_opaque,
]
TELCO_DEV: list[Gen] = [telco.device_info, telco.device_ping_opaque]
RIDE_BIO: list[Gen] = [
    ride.snap_your_face,
    ride.face_check_meta,
    ride.snap_your_face,
    ride.selfie_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone122.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            nolly.register(c),
            decoder.bind_decoder(c),
            music.device_hello(c),
            lectures.register(c),
            football.appsflyer_launch(c),
            fintech.adjust_session(c),
            fintech.device_bind(c),
            telco.device_info(c),
            ride.go_online(c),
            background.time_sync(c),
        ]

    def nolly_block(self) -> None:
        self.some(
            [
                (0.6, nolly.catalogue),
                (0.7, nolly.poster),
                (0.5, nolly.poster),
                (0.3, nolly.search),
                (0.4, nolly.manifest),
                (0.15, nolly.download_licence),
                (0.05, nolly.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(NOLLY_VIEW, "nolly_view")

    def decoder_block(self) -> None:
        self.some(
            [
                (0.5, decoder.epg),
                (0.3, decoder.bouquets),
                (0.3, decoder.top_channels),
                (0.15, decoder.renew),
            ]
        )
        if self.p(0.8):
            self.next(DECODER_VIEW, "decoder_view")
        if self.p(0.35):
            self.next(DECODER_DEV, "decoder_dev")

    def music_block(self) -> None:
        self.some(
            [
                (0.4, music.charts),
                (0.3, music.lyrics),
                (0.7, music.cover),
                (0.4, music.cover),
                (0.12, music.jam_guest),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(MUSIC_VIEW, "music_view")
        if self.p(0.35):
            self.next(MUSIC_DEV, "music_dev")

    def radio_block(self) -> None:
        self.some([(0.4, radio.schedule), (0.4, radio.devotional), (0.15, radio.offering)])
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio_view")

    def lecture_block(self) -> None:
        self.some(
            [
                (0.4, lectures.quran_reading),
                (0.4, lectures.prayer_times),
                (0.6, lectures.audio_file),
            ]
        )
        if self.p(0.8):
            self.next(LECTURE_VIEW, "lecture_view")

    def ball_block(self) -> None:
        self.some(
            [
                (0.7, football.scores),
                (0.3, football.most_watched),
                (0.3, football.ratings),
                (0.15, football.push_topic),
            ]
        )
        if self.p(0.5):
            self.next(BALL_VIEW, "ball_view")
        if self.p(0.4):
            self.next(BALL_DEV, "ball_dev")

    def owo_block(self) -> None:
        self.some(
            [
                (0.5, fintech.transfer),
                (0.4, fintech.rates),
                (0.15, fintech.nin_form),
                (0.2, fintech.smile_prep_upload),
            ]
        )
        if self.p(0.6):
            self.next(OWO_BIO, "owo_bio")
        if self.p(0.4):
            self.next(OWO_DEV, "owo_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.5, telco.balance),
                (0.3, telco.buy_bundle),
                (0.3, telco.voice_search),
                (0.2, telco.cell_towers),
            ]
        )
        if self.p(0.6):
            self.next(TELCO_BIO, "telco_bio")
        if self.p(0.35):
            self.next(TELCO_DEV, "telco_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.gps_ping),
                (0.5, ride.gps_ping),
                (0.4, ride.trip_fare),
                (0.15, ride.fleet_tracker),
            ]
        )
        if self.p(0.6):
            self.next(RIDE_BIO, "ride_bio")
        if self.p(0.2):
            self.flows.append(ride.go_online(self.ctx))


def generate_session(seed: int, target: int) -> tuple[Phone122, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.nolly_block),
        (0.12, s.decoder_block),
        (0.12, s.music_block),
        (0.10, s.radio_block),
        (0.10, s.lecture_block),
        (0.11, s.ball_block),
        (0.11, s.owo_block),
        (0.09, s.telco_block),
        (0.11, s.ride_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
