"""The script of the set-212 session: one Kenyan family's devices in turn (the
father's PesaPoa wallet, TV box and ACR smart TV in Nairobi; the mother's music /
radio and boda-boda apps in Mombasa; the son's series streamer and football app
in Kisumu), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, boda, kandanda, muziki, pesa, runinga, tazama
from .phone import Family212

START = 1733032800.0  # 2024-12-01T06:00:00Z (09:00 in Nairobi)

Gen = Callable[[Context], Flow]

TAZAMA_VIEW: list[Gen] = [
    tazama.tazama_progress,
    tazama.ga4_video,
    tazama.live_heartbeat,
    tazama.opaque_beacon,
    tazama.endelea_kutazama,
    lambda c: tazama.ga4_video(c, "video_complete"),
    tazama.tazama_progress,
    tazama.historia,
]
TAZAMA_DEV: list[Gen] = [tazama.sajili_kifaa, tazama.firebase_installation, tazama.ga4_screen]
KANDANDA_VIEW: list[Gen] = [
    kandanda.stream_heartbeat,
    kandanda.highlight_watched,
    kandanda.opaque_stats,
    kandanda.stream_heartbeat,
]
KANDANDA_DEV: list[Gen] = [kandanda.appsflyer_launch, kandanda.rtb_bid, kandanda.meta_event]
MUZIKI_VIEW: list[Gen] = [
    muziki.ngoma_imechezwa,
    muziki.redio_session,
    muziki.zilizochezwa_karibuni,
    muziki.opaque_batch,
    muziki.ngoma_imechezwa,
]
MUZIKI_DEV: list[Gen] = [
    muziki.adjust_session,
    muziki.adjust_event,
    muziki.config_opaque,
    muziki.sajili,
]
PESA_BIO: list[Gen] = [
    pesa.ingia_kwa_sura,
    pesa.smile_selfie,
    pesa.sura_protobuf,
    pesa.sajili_sura,
    pesa.ingia_kwa_sura,
    pesa.smile_selfie,
    pesa.liveness_opaque,
]
PESA_DEV: list[Gen] = [pesa.funga_kifaa, pesa.salio_opaque, pesa.salio_opaque]
BODA_DEV: list[Gen] = [boda.sajili, boda.fraud_opaque, boda.sajili]
BOX_VIEW: list[Gen] = [runinga.box_playlog]
BOX_OTHER: list[Gen] = [
    runinga.box_auth,
    runinga.box_epg,
    runinga.box_watchdog,
    runinga.box_channels,
]
TV_VIEW: list[Gen] = [runinga.acr_report, runinga.acr_opaque, runinga.acr_report]
TV_DEV: list[Gen] = [runinga.tv_status, runinga.tv_register]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family212.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            tazama.firebase_installation(c),
            tazama.sajili_kifaa(c),
            kandanda.appsflyer_launch(c),
            muziki.adjust_session(c),
            muziki.sajili(c),
            pesa.funga_kifaa(c),
            boda.sajili(c),
            runinga.box_auth(c),
            runinga.tv_register(c),
            background.weather(c),
        ]

    def tazama_block(self) -> None:
        self.some(
            [
                (0.5, tazama.katalogi),
                (0.7, tazama.hls_segment),
                (0.5, tazama.hls_segment),
                (0.25, tazama.tafuta),
                (0.2, tazama.vinavyovuma),
                (0.25, tazama.ratiba),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TAZAMA_VIEW, "tazama_view")
        if self.p(0.3):
            self.next(TAZAMA_DEV, "tazama_dev")

    def kandanda_block(self) -> None:
        self.some(
            [
                (0.7, kandanda.live_scores),
                (0.4, kandanda.match_events),
                (0.3, kandanda.highlights_list),
                (0.25, kandanda.jedwali),
            ]
        )
        if self.p(0.75):
            self.next(KANDANDA_VIEW, "kandanda_view")
        if self.p(0.45):
            self.next(KANDANDA_DEV, "kandanda_dev")

    def muziki_block(self) -> None:
        self.some(
            [
                (0.6, muziki.sasa_hivi),
                (0.7, muziki.audio_chunk),
                (0.3, muziki.chati),
                (0.25, muziki.mashairi),
            ]
        )
        if self.p(0.75):
            self.next(MUZIKI_VIEW, "muziki_view")
        if self.p(0.35):
            self.next(MUZIKI_DEV, "muziki_dev")

    def pesa_block(self) -> None:
        self.some(
            [
                (0.6, pesa.tuma_pesa),
                (0.3, pesa.lipa_bill),
                (0.3, pesa.airtime),
                (0.25, pesa.taarifa),
                (0.12, pesa.kyc_form),
                (0.12, pesa.picha_profile),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PESA_BIO, "pesa_bio")
        if self.p(0.4):
            self.next(PESA_DEV, "pesa_dev")

    def boda_block(self) -> None:
        self.some(
            [
                (0.7, boda.omba_safari),
                (0.6, boda.dereva_position),
                (0.5, boda.dereva_position),
                (0.3, boda.bei),
                (0.3, background.map_tile),
            ]
        )
        if self.p(0.35):
            self.next(BODA_DEV, "boda_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.7):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some([(0.4, runinga.tv_remote), (0.3, runinga.tv_home)])
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family212, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.tazama_block),
        (0.15, s.kandanda_block),
        (0.14, s.muziki_block),
        (0.18, s.pesa_block),
        (0.12, s.boda_block),
        (0.12, s.box_block),
        (0.14, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
