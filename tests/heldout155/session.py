"""The script of the set-155 session: a Dhaka family's phone, TV box, smart TV and
smartwatch through a day (OTT dramas and cricket, Kolkata web series, music, waz,
wallet and bank e-KYC, the telco app, rides and food, news video), with ordinary
background traffic in between. Sensitive events rotate through a schedule per app
so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, bongoflix, gaan, kolkata, news, ride, telco, tv, wallet, watch, waz
from .phone import Phone155

START = 1733029200.0  # 2024-12-01T05:00:00Z (11:00 in Dhaka)

Gen = Callable[[Context], Flow]

BONGO_VIEW: list[Gen] = [
    bongoflix.watch_progress,
    bongoflix.continue_watching,
    bongoflix.box_progress,
    bongoflix.live_cricket_join,
    bongoflix.resume_beacon_opaque,
    bongoflix.watch_progress,
]
BONGO_DEV: list[Gen] = [bongoflix.appsflyer, bongoflix.box_login, bongoflix.box_heartbeat_opaque]
KOL_VIEW: list[Gen] = [
    kolkata.npaw_start,
    kolkata.npaw_event,
    kolkata.last_position,
    kolkata.watch_history,
    kolkata.opaque_rows,
    kolkata.npaw_stop,
]
GAAN_VIEW: list[Gen] = [gaan.play_log, gaan.recently_played, gaan.play_log_protobuf, gaan.play_log]
WAZ_VIEW: list[Gen] = [
    waz.waz_listen_bn,
    waz.tilawat_progress,
    waz.waz_history,
    waz.packed_listens_opaque,
    waz.waz_listen_bn,
]
WALLET_BIO: list[Gen] = [wallet.nid_face_match, wallet.liveness_frames, wallet.ekyc_encrypted]
WALLET_DEV: list[Gen] = [wallet.device_bind, wallet.device_check_hashed]
BANK_BIO: list[Gen] = [
    bank.face_template,
    bank.voice_enrol,
    bank.face_template_opaque,
    bank.voice_verify,
    bank.face_template,
]
TELCO_DEV: list[Gen] = [telco.volte_check, telco.handset_offer, telco.imei_hash_opaque]
RIDE_DEV: list[Gen] = [ride.adjust_session, ride.adjust_event, ride.adjust_event]
NEWS_VIEW: list[Gen] = [
    news.video_dekha,
    news.facebook_event,
    news.live_session,
    news.pixel_opaque,
    news.video_dekha,
]
TV_VIEW: list[Gen] = [tv.acr_report, tv.acr_report, tv.acr_opaque]
WATCH_DEV: list[Gen] = [watch.pair, watch.sync_health, watch.sync_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone155.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            bongoflix.appsflyer(c),
            bongoflix.box_login(c),
            gaan.firebase_install(c),
            wallet.device_bind(c),
            telco.volte_check(c),
            ride.adjust_session(c),
            news.fb_activate(c),
            tv.firmware_check(c),
            watch.pair(c),
            background.weather(c),
        ]

    def bongo_block(self) -> None:
        self.some(
            [
                (0.6, bongoflix.catalogue),
                (0.5, bongoflix.manifest),
                (0.3, bongoflix.most_watched),
                (0.3, bongoflix.scorecard),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(BONGO_VIEW, "bongo_view")
        if self.p(0.35):
            self.next(BONGO_DEV, "bongo_dev")

    def kolkata_block(self) -> None:
        self.some(
            [
                (0.4, kolkata.trending),
                (0.3, kolkata.drm_licence),
                (0.4, kolkata.subtitles),
                (0.3, kolkata.ebook_progress),
                (0.1, kolkata.login),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KOL_VIEW, "kol_view")

    def gaan_block(self) -> None:
        self.some(
            [
                (0.8, gaan.audio_chunk),
                (0.6, gaan.audio_chunk),
                (0.3, gaan.top_chart),
                (0.3, gaan.lyrics),
                (0.3, gaan.search),
                (0.05, gaan.firebase_install),
            ]
        )
        if self.p(0.8):
            self.next(GAAN_VIEW, "gaan_view")

    def waz_block(self) -> None:
        self.some(
            [
                (0.7, waz.audio),
                (0.4, waz.mushaf_reading),
                (0.4, waz.prayer_times),
                (0.2, waz.qibla),
                (0.3, waz.waz_catalogue),
            ]
        )
        if self.p(0.8):
            self.next(WAZ_VIEW, "waz_view")

    def wallet_block(self) -> None:
        self.some(
            [
                (0.5, wallet.balance),
                (0.4, wallet.send_money),
                (0.4, wallet.statement),
                (0.2, wallet.nid_ocr),
            ]
        )
        if self.p(0.7):
            self.next(WALLET_BIO, "wallet_bio")
        if self.p(0.4):
            self.next(WALLET_DEV, "wallet_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.3, bank.cheque_ocr),
                (0.2, bank.signature_card),
                (0.4, bank.atm_locator),
                (0.5, bank.fx_rates),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")

    def telco_block(self) -> None:
        self.some(
            [
                (0.6, telco.balance),
                (0.4, telco.data_packs),
                (0.3, telco.usage_history),
                (0.3, telco.signal_report),
                (0.2, telco.recharge),
            ]
        )
        if self.p(0.5):
            self.flows.append(telco.channel_tune(self.ctx))
        if self.p(0.4):
            self.next(TELCO_DEV, "telco_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, ride.location_ping),
                (0.6, ride.location_ping),
                (0.4, ride.fare_estimate),
                (0.3, ride.driver_photo),
                (0.4, ride.food_menu),
                (0.3, ride.order_track),
            ]
        )
        if self.p(0.5):
            self.next(RIDE_DEV, "ride_dev")

    def news_block(self) -> None:
        self.some(
            [
                (0.5, news.article),
                (0.4, news.most_viewed),
                (0.6, news.thumbnail),
                (0.4, news.headlines),
            ]
        )
        if self.p(0.8):
            self.next(NEWS_VIEW, "news_view")

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.2, tv.store_listing), (0.15, tv.firmware_check)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")

    def watch_block(self) -> None:
        self.some([(0.4, watch.voice_command), (0.3, watch.watchface)])
        if self.p(0.8):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone155, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.bongo_block),
        (0.09, s.kolkata_block),
        (0.08, s.gaan_block),
        (0.08, s.waz_block),
        (0.09, s.wallet_block),
        (0.08, s.bank_block),
        (0.08, s.telco_block),
        (0.09, s.ride_block),
        (0.09, s.news_block),
        (0.08, s.tv_block),
        (0.06, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
