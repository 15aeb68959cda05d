"""The script of the set-48 session: a family in Manila / Jakarta uses an
Infinix phone (streaming, short dramas, karaoke, Quran audio, an e-wallet with
loans, a rider app, a school attendance app, ad-funded games) and an Android
TV (streaming plus the maker's ACR), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, dompet, drama, games, kanta, nonton, quran, ride, school, tvacr
from .phone import Phone48

START = 1763971200.0  # 2025-11-24T08:00:00Z

Gen = Callable[[Context], Flow]

NONTON_VIEW: list[Gen] = [
    nonton.riwayat_tonton,
    nonton.heartbeat,
    nonton.lanjut_nonton,
    nonton.heartbeat,
    nonton.opaque_log,
    nonton.riwayat_tonton,
]
TV_VIEW: list[Gen] = [
    tvacr.acr_match,
    lambda c: nonton.riwayat_tonton(c, tv=True),
    tvacr.viewing_session,
    tvacr.acr_protobuf,
    tvacr.acr_match,
]
TV_DEV: list[Gen] = [
    tvacr.status_ping,
    tvacr.opaque_ping,
    lambda c: nonton.daftar_perangkat(c, tv=True),
]
DRAMA_VIEW: list[Gen] = [drama.unlock, drama.panood_log, drama.watch_batch, drama.panood_log]
KANTA_VIEW: list[Gen] = [kanta.play_log, kanta.recently_played, kanta.play_log]
QURAN_VIEW: list[Gen] = [
    quran.riwayat_murottal,
    quran.terakhir_baca,
    quran.riwayat_murottal,
    quran.opaque_sync,
]
QURAN_DEV: list[Gen] = [quran.admob, quran.fis, quran.device_sync]
DOMPET_BIO: list[Gen] = [
    dompet.liveness_result,
    dompet.bandingkan_wajah,
    dompet.voiceprint_enrol,
    dompet.voice_sample,
    dompet.liveness_opaque,
    dompet.liveness_result,
]
DOMPET_DEV: list[Gen] = [dompet.risk_device, dompet.risk_form]
RIDE_BIO: list[Gen] = [
    ride.shift_selfie,
    ride.face_detect_result,
    ride.shift_selfie,
    ride.selfie_opaque,
]
SCHOOL_BIO: list[Gen] = [
    school.absen_embedding,
    school.kontur_wajah,
    school.foto_absen,
    school.absen_embedding_b64,
]
GAME_ADS: list[Gen] = [
    games.admob_rewarded,
    games.unity_ads,
    games.pangle_ads,
    games.mintegral_ads,
    games.vungle_ads,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone48.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            nonton.daftar_perangkat(c),
            drama.signin(c),
            kanta.register(c),
            quran.fis(c),
            dompet.risk_device(c),
            ride.device_bind(c),
            school.login(c),
            nonton.daftar_perangkat(c, tv=True),
            background.time_sync(c),
        ]

    def nonton_block(self) -> None:
        self.some(
            [
                (0.6, nonton.katalog),
                (0.7, nonton.segment),
                (0.5, nonton.segment),
                (0.6, nonton.poster),
                (0.3, nonton.cari),
                (0.04, nonton.daftar_perangkat),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(NONTON_VIEW, "nonton_view")

    def tv_block(self) -> None:
        self.some([(0.5, tvacr.epg), (0.6, nonton.segment), (0.4, nonton.poster)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.4):
            self.next(TV_DEV, "tv_dev")

    def drama_block(self) -> None:
        self.some(
            [
                (0.6, drama.feed),
                (0.8, drama.episode_video),
                (0.5, drama.episode_video),
                (0.2, drama.coin_store),
                (0.05, drama.signin),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(DRAMA_VIEW, "drama_view")

    def kanta_block(self) -> None:
        self.some(
            [
                (0.5, kanta.melody_guide),
                (0.4, kanta.score_submit),
                (0.45, kanta.duet_blendshapes),
                (0.05, kanta.register),
            ]
        )
        if self.p(0.85):
            self.next(KANTA_VIEW, "kanta_view")

    def quran_block(self) -> None:
        self.some(
            [(0.6, quran.jadwal_sholat), (0.6, quran.audio_file), (0.25, quran.masjid_terdekat)]
        )
        if self.p(0.85):
            self.next(QURAN_VIEW, "quran_view")
        if self.p(0.5):
            self.next(QURAN_DEV, "quran_dev")

    def dompet_block(self) -> None:
        self.some(
            [
                (0.5, dompet.riwayat_transaksi),
                (0.3, dompet.cicilan),
                (0.3, dompet.voice_otp),
                (0.25, dompet.advai_license),
                (0.1, dompet.signup),
            ]
        )
        if self.p(0.85):
            self.next(DOMPET_BIO, "dompet_bio")
        if self.p(0.4):
            self.next(DOMPET_DEV, "dompet_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.7, ride.gps_breadcrumbs),
                (0.5, ride.jobs),
                (0.4, ride.proof_of_delivery),
                (0.1, ride.device_bind),
            ]
        )
        if self.p(0.8):
            self.next(RIDE_BIO, "ride_bio")

    def school_block(self) -> None:
        self.some(
            [
                (0.4, school.jadwal),
                (0.3, school.nilai),
                (0.3, school.skill_vector),
                (0.08, school.login),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(SCHOOL_BIO, "school_bio")

    def game_block(self) -> None:
        self.some([(0.6, games.camera_telemetry), (0.4, games.leaderboard)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_ADS, "game_ads")


def generate_session(seed: int, target: int) -> tuple[Phone48, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.nonton_block),
        (0.12, s.tv_block),
        (0.12, s.drama_block),
        (0.1, s.kanta_block),
        (0.1, s.quran_block),
        (0.12, s.dompet_block),
        (0.1, s.ride_block),
        (0.1, s.school_block),
        (0.11, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
