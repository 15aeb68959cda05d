"""The script of the set-79 session: a family in PL / CZ / HU uses a moto g85
(three streaming apps, a football / handball app, a music and audiobook app, a
bank with face liveness, a voice-banking app, a courier app) and an LG webOS
TV, with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import bank, courier, hotline, kinocz, lgtv, music, sdks, sport, tevehu, vodpl
from .phone import Phone79

START = 1764576000.0  # 2025-12-01T08:00:00Z
Gen = Callable[[Context], Flow]

PL_VIEW: list[Gen] = [
    vodpl.czas_ogladania,
    vodpl.kontynuuj,
    sdks.ga4_video,
    vodpl.postep,
    vodpl.beacon_opaque,
    sdks.gemius_stream,
    lambda c: sdks.ga4_video(c, "video_complete"),
]
CZ_VIEW: list[Gen] = [kinocz.sledovano, kinocz.pozice_pb, kinocz.pozice_query, kinocz.sledovano]
HU_VIEW: list[Gen] = [tevehu.megtekintes, tevehu.folytatas, sdks.gemius_stream, tevehu.megtekintes]
SPORT_VIEW: list[Gen] = [sport.live_heartbeat, sport.live_heartbeat, sport.watched_matches]
MUSIC_VIEW: list[Gen] = [
    music.play_log,
    music.audiobook_position,
    music.podcast_progress,
    music.play_log,
]
TV_VIEW: list[Gen] = [lgtv.acr_match, lgtv.acr_match, lgtv.acr_fingerprints]
BANK_BIO: list[Gen] = [
    bank.innovatrics_selfie,
    bank.liveness_result,
    bank.veriff_media,
    bank.face_embedding,
    bank.onfido_live_photo,
    bank.innovatrics_template,
    bank.risk_opaque,
]
VOICE_BIO: list[Gen] = [
    hotline.verify,
    hotline.enrol,
    hotline.voiceprint_sync,
    hotline.verify,
    hotline.hangprofil,
]
COURIER_BIO: list[Gen] = [courier.selfie_check, courier.face_compare]
SDK_DEV: list[Gen] = [
    sdks.appsflyer,
    sdks.adjust_session,
    sdks.ima_ad,
    sdks.braze,
    sdks.ga4_screen,
    sdks.gemius_prism,
]
TV_DEV: list[Gen] = [lgtv.sdp_init, lgtv.ad_request, lgtv.mac_opaque, lgtv.ad_request]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone79.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.generate_204(c),
            sdks.appsflyer(c),
            sdks.adjust_session(c),
            kinocz.pb_device(c),
            lgtv.sdp_init(c),
            sdks.braze(c),
            bg.time_sync(c),
        ]

    def sdk(self, prob: float = 0.35) -> None:
        if self.p(prob):
            self.next(SDK_DEV, "sdk_dev")

    def pl_block(self) -> None:
        self.some(
            [
                (0.6, vodpl.katalog),
                (0.8, vodpl.segment),
                (0.6, vodpl.segment),
                (0.2, vodpl.wyszukaj),
            ]
        )
        self.next(PL_VIEW, "pl_view", self.rng.randint(1, 2))
        self.sdk()

    def cz_block(self) -> None:
        self.some([(0.5, kinocz.epg), (0.6, kinocz.plakat), (0.15, kinocz.pb_device)])
        self.next(CZ_VIEW, "cz_view", self.rng.randint(1, 2))

    def hu_block(self) -> None:
        self.some([(0.5, tevehu.ajanlo), (0.4, tevehu.felirat), (0.4, sdks.ima_ad)])
        self.next(HU_VIEW, "hu_view", self.rng.randint(1, 2))

    def sport_block(self) -> None:
        self.some([(0.7, sport.scores), (0.3, sport.table), (0.3, sport.player_stats)])
        self.next(SPORT_VIEW, "sport_view", self.rng.randint(1, 2))
        self.sdk()

    def music_block(self) -> None:
        self.some([(0.4, music.lyrics), (0.6, music.cover), (0.3, music.charts)])
        self.next(MUSIC_VIEW, "music_view")

    def tv_block(self) -> None:
        self.some([(0.6, lgtv.keypress), (0.4, lgtv.epg), (0.3, lgtv.weather_widget)])
        self.next(TV_VIEW, "tv_view")
        if self.p(0.6):
            self.next(TV_DEV, "tv_dev")

    def bank_block(self) -> None:
        self.some([(0.6, bank.transactions), (0.4, bank.fx_series), (0.25, bank.signup_form)])
        self.next(BANK_BIO, "bank_bio", self.rng.randint(1, 2))
        self.sdk(0.3)

    def voice_block(self) -> None:
        self.some([(0.5, hotline.stt), (0.3, hotline.ivr_menu), (0.4, hotline.call_quality)])
        self.next(VOICE_BIO, "voice_bio", self.rng.randint(1, 2))

    def courier_block(self) -> None:
        self.some(
            [
                (0.7, courier.route),
                (0.4, courier.proof_photo),
                (0.2, courier.scooter),
                (0.5, courier.location_ping),
            ]
        )
        self.next(COURIER_BIO, "courier_bio", self.rng.randint(1, 2))


def generate_session(seed: int, target: int) -> tuple[Phone79, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.pl_block), (0.09, s.cz_block), (0.09, s.hu_block), (0.10, s.sport_block),
        (0.09, s.music_block), (0.12, s.tv_block), (0.15, s.bank_block), (0.13, s.voice_block),
        (0.13, s.courier_block),
    ]  # fmt: skip
    return s.finish(blocks, bg.BENIGN, target, 0.4)
