"""The script of the set-227 session: one Azerbaijani family's devices in turn
(the father's bank app, IPTV box, ACR smart TV and connected car in Baku; the
mother's music / radio and taxi apps in Ganja; the son's series streamer and
smartwatch in Istanbul; the uncle's Premyer Liqa app in Baku), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import avtomobil, background, bank, futbol, iptv, izle, musiqi, saat, taksi, televizor
from .phone import Family227

START = 1738396800.0  # 2025-02-01T08:00:00Z

Gen = Callable[[Context], Flow]

IZLE_VIEW: list[Gen] = [
    izle.izleme_irelileyis,
    izle.ga4_video,
    izle.adjust_event,
    izle.efir_heartbeat,
    izle.opaque_beacon,
    izle.davam_et,
    lambda c: izle.ga4_video(c, "video_complete"),
    izle.izleme_irelileyis,
    izle.baxis_tarixcesi,
]
IZLE_DEV: list[Gen] = [
    izle.adjust_session,
    izle.app_measurement,
    izle.ga4_screen,
    izle.register_device,
    izle.app_measurement,
    izle.firebase_installation,
]
QOL_VIEW: list[Gen] = [
    futbol.yayim_nebz,
    futbol.icmal_baxildi,
    futbol.appsflyer_content_view,
    futbol.opaque_stats,
    futbol.yayim_nebz,
]
QOL_DEV: list[Gen] = [futbol.appsflyer_launch, futbol.appsflyer_event]
MUS_VIEW: list[Gen] = [
    musiqi.dinleme,
    musiqi.radio_sessiya,
    musiqi.son_dinlenilenler,
    musiqi.opaque_batch,
    musiqi.dinleme,
]
MUS_DEV: list[Gen] = [musiqi.qeydiyyat, musiqi.config_opaque, musiqi.config_opaque]
BANK_BIO: list[Gen] = [
    bank.uz_giris,
    bank.sumsub_selfie,
    bank.uz_giris_protobuf,
    bank.uz_qeydiyyat,
    bank.uz_giris,
    bank.canlilik_kadrlar,
]
BANK_DEV: list[Gen] = [bank.cihaz_bagla, bank.hesablar_opaque, bank.hesablar_opaque]
TAKSI_DEV: list[Gen] = [taksi.sifaris, taksi.qeydiyyat, taksi.sifaris]
BOX_VIEW: list[Gen] = [iptv.son_baxilanlar, iptv.son_baxilanlar, iptv.stats_pixel]
BOX_DEV: list[Gen] = [iptv.playlist, iptv.aktivlesdir, iptv.playlist]
TV_VIEW: list[Gen] = [
    televizor.acr_report,
    televizor.recently_watched,
    televizor.acr_opaque,
    televizor.acr_report,
]
TV_DEV: list[Gen] = [televizor.network_mac, televizor.register]
SAAT_DEV: list[Gen] = [
    saat.sync,
    saat.device_info,
    saat.sync_protobuf,
    saat.bagla,
    saat.sync,
    saat.config_opaque,
    saat.firmware,
]
CAR_DEV: list[Gen] = [
    avtomobil.tcu_status,
    avtomobil.tcu_can_protobuf,
    avtomobil.tcu_status,
    avtomobil.tcu_register,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family227.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            izle.firebase_installation(c),
            izle.adjust_session(c),
            izle.register_device(c),
            futbol.appsflyer_launch(c),
            musiqi.qeydiyyat(c),
            bank.cihaz_bagla(c),
            taksi.qeydiyyat(c),
            iptv.aktivlesdir(c),
            televizor.register(c),
            saat.bagla(c),
            avtomobil.tcu_register(c),
            background.weather(c),
        ]

    def izle_block(self) -> None:
        self.some(
            [
                (0.5, izle.kataloq),
                (0.7, izle.hls_segment),
                (0.5, izle.hls_segment),
                (0.25, izle.axtaris),
                (0.2, izle.en_cox_baxilan),
                (0.25, izle.efir_beledcisi),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(IZLE_VIEW, "izle_view")
        if self.p(0.4):
            self.next(IZLE_DEV, "izle_dev")

    def qol_block(self) -> None:
        self.some(
            [
                (0.7, futbol.canli_hesab),
                (0.4, futbol.oyun_hadiseleri),
                (0.3, futbol.icmallar),
                (0.25, futbol.cedvel),
                (0.1, futbol.bildiris_abune),
            ]
        )
        if self.p(0.75):
            self.next(QOL_VIEW, "qol_view")
        if self.p(0.4):
            self.next(QOL_DEV, "qol_dev")

    def musiqi_block(self) -> None:
        self.some(
            [
                (0.6, musiqi.indi_oxunur),
                (0.7, musiqi.audio_chunk),
                (0.3, musiqi.hit_parad),
                (0.25, musiqi.sozler),
            ]
        )
        if self.p(0.75):
            self.next(MUS_VIEW, "mus_view")
        if self.p(0.3):
            self.next(MUS_DEV, "mus_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.mezenne),
                (0.3, bank.kocurme),
                (0.25, bank.otp),
                (0.12, bank.kyc_anket),
                (0.12, bank.avatar),
                (0.12, bank.sumsub_applicant),
                (0.1, bank.sumsub_id_back),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def taksi_block(self) -> None:
        self.some(
            [
                (0.6, taksi.qiymet),
                (0.6, taksi.surucu_movqe),
                (0.3, taksi.kecmis_seferler),
                (0.2, taksi.xerite_konfiq),
            ]
        )
        if self.p(0.5):
            self.next(TAKSI_DEV, "taksi_dev")

    def box_block(self) -> None:
        self.some(
            [
                (0.4, iptv.live_categories),
                (0.4, iptv.live_streams),
                (0.4, iptv.short_epg),
                (0.7, iptv.live_chunk),
            ]
        )
        if self.p(0.7):
            self.next(BOX_VIEW, "box_view")
        if self.p(0.3):
            self.next(BOX_DEV, "box_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizor.remote_key),
                (0.3, televizor.home_rails),
                (0.2, televizor.audience),
                (0.15, televizor.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def saat_block(self) -> None:
        self.some(
            [
                (0.3, saat.watchfaces),
                (0.25, saat.wrist_settings),
                (0.3, saat.activity_summary),
            ]
        )
        if self.p(0.75):
            self.next(SAAT_DEV, "saat_dev")

    def car_block(self) -> None:
        self.some(
            [
                (0.4, avtomobil.remote_command),
                (0.35, avtomobil.fuel_stations),
                (0.3, avtomobil.trips),
            ]
        )
        if self.p(0.7):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Family227, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.izle_block),
        (0.12, s.qol_block),
        (0.11, s.musiqi_block),
        (0.12, s.bank_block),
        (0.08, s.taksi_block),
        (0.1, s.box_block),
        (0.12, s.tv_block),
        (0.1, s.saat_block),
        (0.09, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
