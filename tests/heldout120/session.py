"""The script of the set-120 session: a family in Addis Ababa, Adama and Bahir Dar
uses nine apps in turn on a Galaxy A34, a Hisense TV and a smartwatch, with
ordinary background traffic in between. Sensitive events rotate through a schedule
per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, church, film, football, live, music, radio, ride, telco
from .phone import Phone120

START = 1732089600.0  # 2024-11-20T08:00:00Z (11:00 in Addis Ababa)

Gen = Callable[[Context], Flow]

FILM_VIEW: list[Gen] = [
    film.watch_progress,
    film.romanised_event,
    film.continue_watching,
    film.romanised_event,
    film.sealed_beacon,
    film.watch_progress,
]
LIVE_VIEW: list[Gen] = [
    live.tuning_log,
    live.phone_heartbeat,
    live.tuning_protobuf,
    live.phone_heartbeat,
]
MUSIC_VIEW: list[Gen] = [music.listen, music.listen, music.numeric_scrobble, music.listen]
RADIO_VIEW: list[Gen] = [radio.progress, radio.firebase_listen]
CHURCH_VIEW: list[Gen] = [
    church.mezmur_listen,
    church.sermon_progress,
    church.sermon_hashed,
    church.mezmur_listen,
]
RIDE_BIO: list[Gen] = [
    ride.selfie_check,
    ride.rekognition_compare,
    ride.sealed_selfie,
    ride.rekognition_compare,
]
BANK_BIO: list[Gen] = [bank.face_login, bank.face_analysis, bank.face_login, bank.sealed_login]
BANK_DEV: list[Gen] = [bank.bind_device, bank.opaque_risk]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_verify,
    telco.neutral_upload,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone120.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            radio.fis_install(c),
            live.tv_register(c),
            ride.appsflyer(c),
            bank.bind_device(c),
            telco.watch_esim(c),
            church.onesignal_player(c),
            background.time_sync(c),
        ]

    def film_block(self) -> None:
        self.some(
            [
                (0.6, film.catalogue),
                (0.5, film.manifest),
                (0.3, film.most_watched),
                (0.3, film.search),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(FILM_VIEW, "film")

    def live_block(self) -> None:
        self.some([(0.5, live.epg), (0.2, live.lobby_playout), (0.05, live.tv_register)])
        if self.p(0.85):
            self.next(LIVE_VIEW, "live")

    def music_block(self) -> None:
        self.some([(0.4, music.charts), (0.15, music.fb_activate)])
        if self.p(0.85):
            self.next(MUSIC_VIEW, "music")

    def radio_block(self) -> None:
        self.some([(0.4, radio.transcript), (0.4, radio.now_playing), (0.1, radio.fis_install)])
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio")

    def church_block(self) -> None:
        self.some(
            [(0.4, church.synaxarium), (0.2, church.donation), (0.15, church.onesignal_player)]
        )
        if self.p(0.8):
            self.next(CHURCH_VIEW, "church")

    def ball_block(self) -> None:
        self.some(
            [
                (0.7, football.live_score),
                (0.4, football.clip_manifest),
                (0.3, football.adjust_session),
                (0.2, football.opaque_ping),
            ]
        )
        if self.p(0.6):
            self.flows.append(football.highlight_watch(self.ctx))

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.gps_ping),
                (0.5, ride.gps_ping),
                (0.3, ride.fare),
                (0.15, ride.licence_ocr),
                (0.2, ride.appsflyer),
            ]
        )
        if self.p(0.6):
            self.next(RIDE_BIO, "ride")

    def bank_block(self) -> None:
        self.some([(0.5, bank.fx_rates), (0.5, bank.statement), (0.15, bank.kyc_form)])
        if self.p(0.7):
            self.next(BANK_BIO, "bank")
        if self.p(0.3):
            self.next(BANK_DEV, "bank_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.5, telco.bundles),
                (0.4, telco.speech_to_text),
                (0.3, telco.balance),
                (0.1, telco.watch_esim),
            ]
        )
        if self.p(0.6):
            self.next(TELCO_BIO, "telco")


def generate_session(seed: int, target: int) -> tuple[Phone120, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.film_block),
        (0.1, s.live_block),
        (0.12, s.music_block),
        (0.08, s.radio_block),
        (0.1, s.church_block),
        (0.12, s.ball_block),
        (0.12, s.ride_block),
        (0.11, s.bank_block),
        (0.09, s.telco_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
