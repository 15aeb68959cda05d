"""The script of the set-118 session: a family in Dushanbe, Kabul, Herat and
Mashhad uses a Galaxy A phone, an IPTV box and a fitness band. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too; ordinary look-alikes come between them.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    band,
    filmnama,
    hamyon,
    maidan,
    rohat,
    sado,
    sandara,
    thirdparty,
    tilawat,
    tojiktv,
)
from .phone import Phone118

START = 1732694400.0  # 2024-11-27T08:00:00Z

Gen = Callable[[Context], Flow]

FILM_VIEW: list[Gen] = [
    filmnama.heartbeat,
    filmnama.continue_watching,
    thirdparty.metrix_watch,
    filmnama.resume_beacon,
    filmnama.heartbeat,
]
TV_VIEW: list[Gen] = [
    tojiktv.tuning_log,
    tojiktv.watch_report,
    thirdparty.appmetrica_report,
    tojiktv.numeric_ping,
    tojiktv.tuning_log,
]
AUDIO_VIEW: list[Gen] = [sandara.listen_report, sandara.history, sandara.numeric_ping]
QURAN_VIEW: list[Gen] = [
    tilawat.recitation_progress,
    tilawat.lecture_watch,
    tilawat.encrypted_sync,
    tilawat.recitation_progress,
]
SPORT_VIEW: list[Gen] = [maidan.heartbeat, thirdparty.adjust_event, maidan.pixel, maidan.heartbeat]
WALLET_BIO: list[Gen] = [
    hamyon.face_login,
    hamyon.sumsub_selfie,
    hamyon.liveness,
    hamyon.template_blob,
]
TELCO_BIO: list[Gen] = [sado.voice_verify, sado.voice_enrol, sado.speaker_vector, sado.voice_verify]
TAXI_BIO: list[Gen] = [rohat.selfie_check, rohat.selfie_encrypted, rohat.selfie_check]
DEVICE: list[Gen] = [
    thirdparty.metrix_session,
    thirdparty.appsflyer_launch,
    band.keepalive,
    thirdparty.adjust_session,
    tojiktv.handshake,
    thirdparty.onesignal_session,
    band.firmware,
    thirdparty.appmetrica_startup,
    sado.device_registry,
    thirdparty.tapsell_ad,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone118.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            thirdparty.firebase_installation(c),
            thirdparty.onesignal_register(c),
            thirdparty.metrix_session(c),
            tojiktv.handshake(c),
            tojiktv.box_register(c),
            band.bind(c),
            sado.device_registry(c),
            background.weather(c),
        ]

    def film_block(self) -> None:
        self.some(
            [
                (0.6, filmnama.home_rails),
                (0.3, filmnama.search),
                (0.5, filmnama.manifest),
                (0.4, filmnama.subtitles),
                (0.5, background.thumbnail),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(FILM_VIEW, "film_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.5, tojiktv.watchdog),
                (0.5, tojiktv.create_link),
                (0.3, tojiktv.epg),
                (0.15, tojiktv.handshake),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def audio_block(self) -> None:
        self.some(
            [
                (0.7, sandara.audio_chunk),
                (0.4, sandara.poem_text),
                (0.3, sandara.charts),
                (0.05, thirdparty.firebase_installation),
            ]
        )
        if self.p(0.8):
            self.next(AUDIO_VIEW, "audio_view")

    def quran_block(self) -> None:
        self.some([(0.5, tilawat.last_read), (0.5, tilawat.prayer_times), (0.3, tilawat.lectures)])
        if self.p(0.75):
            self.next(QURAN_VIEW, "quran_view")

    def sport_block(self) -> None:
        self.some(
            [
                (0.7, maidan.segment),
                (0.5, maidan.scorecard),
                (0.4, maidan.watching_now),
                (0.3, maidan.concurrency),
            ]
        )
        if self.p(0.8):
            self.next(SPORT_VIEW, "sport_view")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, hamyon.transfer),
                (0.5, hamyon.rates),
                (0.2, hamyon.passport_ocr),
                (0.2, thirdparty.appsflyer_purchase),
            ]
        )
        if self.p(0.7):
            self.next(WALLET_BIO, "wallet_bio")

    def telco_block(self) -> None:
        self.some([(0.6, sado.balance), (0.4, sado.bundles), (0.35, sado.voice_assistant)])
        if self.p(0.7):
            self.next(TELCO_BIO, "telco_bio")

    def taxi_block(self) -> None:
        self.some(
            [
                (0.8, rohat.gps_track),
                (0.5, rohat.fare),
                (0.3, rohat.fleet_telematics),
            ]
        )
        if self.p(0.6):
            self.next(TAXI_BIO, "taxi_bio")

    def band_block(self) -> None:
        self.some([(0.7, band.heart_rate), (0.5, band.sleep)])

    def device_block(self) -> None:
        self.next(DEVICE, "device")
        if self.p(0.4):
            self.next(DEVICE, "device")


def generate_session(seed: int, target: int) -> tuple[Phone118, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.film_block),
        (0.11, s.tv_block),
        (0.1, s.audio_block),
        (0.09, s.quran_block),
        (0.11, s.sport_block),
        (0.1, s.wallet_block),
        (0.09, s.telco_block),
        (0.08, s.taxi_block),
        (0.06, s.band_block),
        (0.12, s.device_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
