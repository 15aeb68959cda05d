"""The script of the set-192 session: a whānau's phones, TV, stick, watch and ute
over a day (a broadcaster's on-demand app, rugby and netball, a streaming
service, music, podcasts, te reo lessons, a bank with face and voice checks, a
supermarket, the lounge TV's ACR and a connected ute), with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, footy, grocer, music, paho, podcast, reo, streamer, tvacr, ute
from .phone import Whanau

START = 1732910400.0  # 2024-11-29T20:00:00Z, Saturday 09:00 in Auckland

Gen = Callable[[Context], Flow]

PAHO_VIEW: list[Gen] = [
    paho.matakitaki,
    paho.whakarongo,
    paho.matakitaki_query,
    paho.hokimai,
    paho.tiro_batch_opaque,
    paho.matakitaki,
]
FOOTY_VIEW: list[Gen] = [
    footy.npaw,
    footy.clip_watch,
    lambda c: footy.npaw(c, "start"),
    footy.tv_heartbeat_pb,
    footy.pasifika_watch,
    footy.npaw,
]
FOOTY_DEV: list[Gen] = [footy.register, footy.register_pb, footy.register]
STREAM_VIEW: list[Gen] = [
    streamer.bookmark,
    streamer.mux,
    streamer.continue_watching,
    streamer.bookmark,
    streamer.stick_progress_encrypted,
    streamer.mux,
]
STREAM_DEV: list[Gen] = [streamer.appsflyer, streamer.stick_register, streamer.appsflyer]
MUSIC_VIEW: list[Gen] = [
    music.plays,
    music.scrobble,
    music.watch_offline_plays,
    music.widget_blob,
    music.plays,
]
POD_VIEW: list[Gen] = [
    podcast.sync_progress,
    podcast.listen_session,
    podcast.history_list,
    podcast.legacy_numeric,
    podcast.sync_progress,
]
REO_VIEW: list[Gen] = [reo.matakitaki, reo.firebase_video, reo.matakitaki]
REO_DEV: list[Gen] = [reo.firebase_lesson, reo.register]
BANK_BIO: list[Gen] = [
    bank.face_match,
    bank.voice_verify,
    bank.face_embedding,
    bank.face_enrol,
    bank.face_sealed,
    bank.voice_enrol,
    bank.voice_verify,
    bank.face_match,
]
BANK_DEV: list[Gen] = [bank.bind_device, bank.fraud_ping, bank.session_header]
SHOP_DEV: list[Gen] = [grocer.adjust_session, grocer.cart, grocer.adjust_event]
TV_VIEW: list[Gen] = [
    tvacr.acr_report,
    tvacr.tuning_log,
    tvacr.acr_report,
    tvacr.acr_fingerprints_opaque,
]
TV_DEV: list[Gen] = [tvacr.register, tvacr.firmware]
UTE_DEV: list[Gen] = [ute.vehicle_status, ute.pair, ute.legacy_ping, ute.vehicle_status]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Whanau.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            paho.register(c),
            footy.register(c),
            streamer.stick_register(c),
            music.register(c),
            podcast.register(c),
            reo.register(c),
            bank.bind_device(c),
            grocer.adjust_session(c),
            tvacr.register(c),
            ute.pair(c),
        ]

    def paho_block(self) -> None:
        self.some(
            [
                (0.6, paho.rarangi),
                (0.5, paho.manifest),
                (0.3, paho.epg),
                (0.2, paho.tiro_gzip_config),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PAHO_VIEW, "paho_view")

    def footy_block(self) -> None:
        self.some(
            [
                (0.7, footy.live_score),
                (0.4, footy.timeline),
                (0.3, footy.ladder),
                (0.3, footy.most_watched),
                (0.2, footy.fantasy),
            ]
        )
        if self.p(0.8):
            self.next(FOOTY_VIEW, "footy_view")
        if self.p(0.25):
            self.next(FOOTY_DEV, "footy_dev")

    def stream_block(self) -> None:
        self.some(
            [
                (0.6, streamer.catalogue),
                (0.7, streamer.thumbnail),
                (0.3, streamer.drm_licence),
            ]
        )
        if self.p(0.85):
            self.next(STREAM_VIEW, "stream_view")
        if self.p(0.35):
            self.next(STREAM_DEV, "stream_dev")

    def music_block(self) -> None:
        self.some(
            [(0.7, music.audio), (0.3, music.charts), (0.3, music.lyrics), (0.3, music.search)]
        )
        if self.p(0.8):
            self.next(MUSIC_VIEW, "music_view")

    def pod_block(self) -> None:
        self.some(
            [
                (0.6, podcast.download),
                (0.4, podcast.feed),
                (0.3, podcast.top_shows),
                (0.2, podcast.search),
            ]
        )
        if self.p(0.8):
            self.next(POD_VIEW, "pod_view")

    def reo_block(self) -> None:
        self.some(
            [(0.5, reo.pronunciation), (0.4, reo.story), (0.4, reo.flashcards), (0.3, reo.streak)]
        )
        if self.p(0.75):
            self.next(REO_VIEW, "reo_view")
        if self.p(0.3):
            self.next(REO_DEV, "reo_dev")

    def bank_block(self) -> None:
        self.some([(0.6, bank.transactions), (0.3, bank.licence_ocr), (0.2, bank.payee)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.5):
            self.next(BANK_DEV, "bank_dev")

    def shop_block(self) -> None:
        self.some(
            [
                (0.7, grocer.specials),
                (0.5, grocer.barcode),
                (0.4, grocer.stores),
                (0.3, grocer.receipt),
                (0.12, grocer.sign_in),
            ]
        )
        if self.p(0.6):
            self.next(SHOP_DEV, "shop_dev")

    def tv_block(self) -> None:
        self.some([(0.4, tvacr.epg), (0.4, tvacr.screensaver)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def ute_block(self) -> None:
        self.some([(0.6, ute.trips), (0.4, ute.fuel_prices), (0.3, ute.lock)])
        if self.p(0.7):
            self.next(UTE_DEV, "ute_dev")


def generate_session(seed: int, target: int) -> tuple[Whanau, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.paho_block),
        (0.11, s.footy_block),
        (0.11, s.stream_block),
        (0.09, s.music_block),
        (0.08, s.pod_block),
        (0.08, s.reo_block),
        (0.16, s.bank_block),
        (0.09, s.shop_block),
        (0.09, s.tv_block),
        (0.06, s.ute_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
