"""The script of the set-145 session: a family in Nairobi and Lagos uses its
phone, tablet, TV, decoder and band in turn (pay-TV streaming, Nollywood,
music, radio, sermons, wallet, bank, betting, cartoons, rides), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    band,
    benki,
    bet,
    injili,
    katuni,
    mdundo,
    nolly,
    pesa,
    redio,
    safiri,
    sdks,
    tazama,
    tv,
)
from .phone import Household

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

TAZAMA_VIEW: list[Gen] = [
    tazama.mapigo,
    tazama.historia,
    tazama.mapigo,
    tazama.beacon_blob,
    tazama.endelea_kutazama,
    tazama.mapigo,
]
NOLLY_VIEW: list[Gen] = [nolly.film_event, nolly.watch_list, nolly.film_event]
NOLLY_DEV: list[Gen] = [nolly.adjust_session, nolly.terragon_ad]
MUSIC_VIEW: list[Gen] = [
    mdundo.imesikilizwa,
    mdundo.recent,
    mdundo.numeric_batch,
    mdundo.imesikilizwa,
]
SERMON_VIEW: list[Gen] = [injili.sermon_progress, injili.listening_history, injili.sermon_progress]
PESA_BIO: list[Gen] = [
    pesa.smile_upload,
    pesa.face_login,
    pesa.youverify_match,
    pesa.sealed_selfie,
    pesa.face_login,
]
BENKI_BIO: list[Gen] = [
    benki.voice_verify,
    benki.voice_enrol,
    benki.voice_verify,
    benki.voice_verify_opaque,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.zap_log, tv.acr_rows, tv.acr_report, tv.zap_log]
SDK_DEV: list[Gen] = [
    sdks.athena_events,
    sdks.hisavana_ad,
    sdks.athena_events,
    sdks.firebase_installation,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.athena_config(c),
            sdks.athena_events(c),
            sdks.firebase_installation(c),
            tazama.link_decoder(c),
            band.pair(c),
            safiri.register(c),
            pesa.device_risk(c),
            injili.onesignal(c),
            mdundo.appsflyer(c),
        ]

    def tazama_block(self) -> None:
        self.some(
            [
                (0.6, tazama.rails),
                (0.5, tazama.ratiba),
                (0.7, tazama.manifest),
                (0.05, tazama.link_decoder),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(TAZAMA_VIEW, "tazama_view")

    def nolly_block(self) -> None:
        self.some([(0.6, nolly.trending), (0.5, nolly.film_page)])
        if self.p(0.85):
            self.next(NOLLY_VIEW, "nolly_view")
        if self.p(0.4):
            self.next(NOLLY_DEV, "nolly_dev")

    def music_block(self) -> None:
        self.some([(0.5, mdundo.charts), (0.4, mdundo.lyrics), (0.1, mdundo.appsflyer)])
        if self.p(0.85):
            self.next(MUSIC_VIEW, "music_view")

    def radio_block(self) -> None:
        self.some([(0.6, redio.stations), (0.6, redio.now_playing), (0.7, redio.tuning_log)])

    def sermon_block(self) -> None:
        self.some(
            [
                (0.6, injili.sermon_list),
                (0.4, injili.reading_plan),
                (0.2, injili.sadaka),
                (0.1, injili.onesignal),
            ]
        )
        if self.p(0.8):
            self.next(SERMON_VIEW, "sermon_view")

    def pesa_block(self) -> None:
        self.some(
            [
                (0.6, pesa.transactions),
                (0.4, pesa.send_money),
                (0.3, pesa.id_card_ocr),
                (0.2, pesa.device_risk),
                (0.1, pesa.profile),
            ]
        )
        if self.p(0.7):
            self.next(PESA_BIO, "pesa_bio")

    def benki_block(self) -> None:
        self.some([(0.6, benki.balance), (0.4, benki.fx_rates), (0.3, benki.stt_command)])
        if self.p(0.7):
            self.next(BENKI_BIO, "benki_bio")

    def bet_block(self) -> None:
        self.some(
            [
                (0.8, bet.odds),
                (0.5, bet.match_stats),
                (0.4, bet.place_bet),
                (0.75, bet.stream_watch),
            ]
        )

    def kids_block(self) -> None:
        self.some(
            [
                (0.8, katuni.thumbnail),
                (0.3, katuni.sticker_game),
                (0.3, katuni.ad_request),
                (0.75, katuni.episode_progress),
            ]
        )

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, safiri.ride_quote),
                (0.5, safiri.driver_card),
                (0.5, safiri.trip_track),
                (0.3, safiri.telemetry),
                (0.05, safiri.register),
            ]
        )

    def home_block(self) -> None:
        self.some(
            [
                (0.3, tv.tv_firmware),
                (0.4, tv.decoder_epg),
                (0.25, tv.decoder_ping),
                (0.4, band.sync),
                (0.05, band.pair),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")

    def sdk_block(self) -> None:
        self.next(SDK_DEV, "sdk_dev")
        self.some([(0.2, sdks.athena_config)])


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.tazama_block),
        (0.09, s.nolly_block),
        (0.09, s.music_block),
        (0.06, s.radio_block),
        (0.07, s.sermon_block),
        (0.11, s.pesa_block),
        (0.09, s.benki_block),
        (0.08, s.bet_block),
        (0.07, s.kids_block),
        (0.07, s.ride_block),
        (0.09, s.home_block),
        (0.06, s.sdk_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
