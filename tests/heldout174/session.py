"""The script of the set-174 session: a Kenyan family's phones and household
devices through a day (Tecno: streaming, sermons, wallet, bank, lending,
pay-TV companion, solar app; Samsung: music, rides, fitness band; the smart
TV and the decoder on their own), with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, band, benki, deko, jua, mkopo, mziki, pesa, sauti, songa, tazama, tvacr
from .phone import Phone174

START = 1732003200.0  # 2024-11-19T08:00:00Z (11:00 in Nairobi)

Gen = Callable[[Context], Flow]

TAZAMA_VIEW: list[Gen] = [
    tazama.progress,
    tazama.heartbeats,
    tazama.continue_watching,
    tazama.live_join,
    tazama.blob_events,
    tazama.progress,
    lambda c: tazama.appsflyer(c, True),
    tazama.heartbeats,
]
MZIKI_VIEW: list[Gen] = [
    mziki.play_history,
    mziki.skiza,
    lambda c: mziki.clevertap(c, True),
    mziki.recently_played,
    mziki.offline_sync,
    mziki.play_history,
    mziki.skiza,
]
SAUTI_VIEW: list[Gen] = [
    sauti.sermon_progress,
    sauti.dars_listen,
    sauti.recitation,
    sauti.lockscreen_pixel,
    sauti.sermon_progress,
    sauti.dars_listen,
]
TV_VIEW: list[Gen] = [tvacr.acr_report, tvacr.acr_protobuf, tvacr.acr_report, tvacr.acr_report]
DEKO_VIEW: list[Gen] = [deko.tuning_log, deko.watched_list, deko.legacy_log, deko.tuning_log]
PESA_BIO: list[Gen] = [
    pesa.liveness,
    pesa.smile_zip,
    pesa.face_login,
    pesa.template_reenrol,
    pesa.face_login,
    pesa.liveness,
    pesa.face_login,
]
BENKI_BIO: list[Gen] = [
    benki.voice_verify,
    benki.voice_enrol,
    benki.speaker_fallback,
    benki.selfie_step,
    benki.voice_verify,
    benki.speaker_fallback,
]
TV_DEV: list[Gen] = [tvacr.heartbeat, tvacr.register, tvacr.heartbeat]
DEKO_DEV: list[Gen] = [deko.decoder_status, deko.box_firmware, deko.clear_error]
JUA_DEV: list[Gen] = [jua.telemetry, jua.status, jua.legacy_heartbeat, jua.telemetry]
BAND_DEV: list[Gen] = [band.firmware, band.bind, band.daily_sync, band.daily_sync]
MKOPO_BIO: list[Gen] = [mkopo.selfie_check, mkopo.face_estimate]
MKOPO_DEV: list[Gen] = [
    mkopo.adjust_session,
    mkopo.device_profile,
    mkopo.sealed_sync,
    mkopo.adjust_event,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone174.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.fota_check(c),
            tazama.register_device(c),
            tazama.firebase_installation(c),
            sauti.install(c),
            pesa.bind_device(c),
            mkopo.device_profile(c),
            songa.register(c),
            tvacr.register(c),
            band.bind(c),
            deko.decoder_status(c),
            background.time_sync(c),
        ]

    def tazama_block(self) -> None:
        self.some(
            [
                (0.6, tazama.home_rails),
                (0.7, tazama.thumbnail),
                (0.5, tazama.thumbnail),
                (0.6, tazama.manifest),
                (0.25, tazama.search),
                (0.3, tazama.live_score),
                (0.2, lambda c: tazama.appsflyer(c, False)),
                (0.04, tazama.firebase_installation),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TAZAMA_VIEW, "tazama_view")

    def mziki_block(self) -> None:
        self.some(
            [
                (0.8, mziki.audio_chunk),
                (0.5, mziki.audio_chunk),
                (0.5, mziki.artist_art),
                (0.35, mziki.charts),
                (0.25, mziki.lyrics),
                (0.15, mziki.follow_artist),
                (0.2, lambda c: mziki.clevertap(c, False)),
            ]
        )
        if self.p(0.8):
            self.next(MZIKI_VIEW, "mziki_view")

    def sauti_block(self) -> None:
        self.some(
            [
                (0.7, sauti.audio_range),
                (0.4, sauti.catalogue),
                (0.3, sauti.reading_plan),
                (0.2, sauti.quran_reading),
                (0.3, sauti.prayer_times),
                (0.12, sauti.sadaka),
                (0.08, sauti.church_playout),
            ]
        )
        if self.p(0.8):
            self.next(SAUTI_VIEW, "sauti_view")

    def pesa_block(self) -> None:
        self.some(
            [
                (0.5, pesa.send_money),
                (0.3, pesa.statement),
                (0.2, pesa.fx_rates),
                (0.15, pesa.agent_withdraw),
                (0.2, pesa.kplc_token),
                (0.15, pesa.pay_decoder),
                (0.15, pesa.pay_solar),
                (0.2, pesa.smile_job),
                (0.15, pesa.smile_status),
                (0.05, pesa.bind_device),
            ]
        )
        if self.p(0.65):
            self.next(PESA_BIO, "pesa_bio")

    def benki_block(self) -> None:
        self.some(
            [
                (0.5, benki.balance),
                (0.2, benki.atm_locator),
                (0.25, benki.voice_assistant),
                (0.2, benki.loan_offer),
                (0.3, benki.device_check),
            ]
        )
        if self.p(0.7):
            self.next(BENKI_BIO, "benki_bio")

    def mkopo_block(self) -> None:
        self.some(
            [
                (0.4, mkopo.apply_loan),
                (0.3, mkopo.statement_stats),
                (0.4, mkopo.credit_score),
                (0.25, mkopo.repay),
                (0.15, mkopo.profile_form),
            ]
        )
        if self.p(0.7):
            self.next(MKOPO_DEV, "mkopo_dev")
        if self.p(0.5):
            self.next(MKOPO_BIO, "mkopo_bio")

    def songa_block(self) -> None:
        self.some(
            [
                (0.7, songa.fare_quote),
                (0.5, songa.trip_assigned),
                (0.4, songa.driver_photo),
                (0.6, songa.location_ping),
                (0.3, songa.delivery_order),
                (0.3, songa.rate_trip),
            ]
        )

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tvacr.home_banners),
                (0.6, tvacr.banner_image),
                (0.15, tvacr.firmware_check),
            ]
        )
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.3):
            self.next(TV_DEV, "tv_dev")

    def deko_block(self) -> None:
        self.some(
            [
                (0.4, deko.epg),
                (0.25, deko.bouquets),
                (0.2, deko.renew_reminder),
            ]
        )
        if self.p(0.8):
            self.next(DEKO_VIEW, "deko_view")
        if self.p(0.35):
            self.next(DEKO_DEV, "deko_dev")

    def home_block(self) -> None:
        """The fitness band and the solar controller: small, periodic traffic."""
        self.some(
            [
                (0.3, band.watch_faces),
                (0.2, band.notify_settings),
                (0.3, jua.unlock_token),
                (0.3, jua.plan),
                (0.15, background.fota_ping),
                (0.05, background.fota_check),
            ]
        )
        if self.p(0.6):
            self.next(BAND_DEV, "band_dev")
        if self.p(0.6):
            self.next(JUA_DEV, "jua_dev")


def generate_session(seed: int, target: int) -> tuple[Phone174, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.tazama_block),
        (0.12, s.mziki_block),
        (0.11, s.sauti_block),
        (0.12, s.pesa_block),
        (0.09, s.benki_block),
        (0.08, s.mkopo_block),
        (0.09, s.songa_block),
        (0.09, s.tv_block),
        (0.08, s.deko_block),
        (0.06, s.home_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
