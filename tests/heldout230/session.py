"""The script of the set-230 session: one Romanian family's devices in turn (the
father's bank app, cable set-top box and ACR smart TV in Bucharest; the
mother's radio / manele / podcast app and smartwatch in Cluj-Napoca; the son's
TV-channels streamer and connected car in Turin; the uncle's SuperLiga app in
Cluj-Napoca), with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banca, ceas, masina, radio, stb, superliga, teleplay, televizor
from .phone import Family230

START = 1736150400.0  # 2025-01-06T08:00:00Z

Gen = Callable[[Context], Flow]

TELE_VIEW: list[Gen] = [
    teleplay.progres,
    teleplay.comscore_hb,
    teleplay.ga4_video,
    teleplay.live_heartbeat,
    teleplay.gemius_stream,
    teleplay.opaque_beacon,
    teleplay.continua,
    lambda c: teleplay.ga4_video(c, "video_complete"),
    teleplay.progres,
    teleplay.istoric,
    teleplay.comscore_hb,
]
TELE_DEV: list[Gen] = [
    teleplay.inregistrare,
    teleplay.firebase_installation,
    teleplay.ga4_screen,
    teleplay.app_measurement,
    teleplay.ga4_screen,
]
LIGA_VIEW: list[Gen] = [
    superliga.vizionare_meci,
    superliga.appsflyer_content_view,
    superliga.branch_view_item,
    superliga.opaque_stats,
    superliga.vizionare_meci,
]
LIGA_DEV: list[Gen] = [
    superliga.appsflyer_launch,
    superliga.branch_open,
    superliga.appsflyer_event,
    superliga.branch_search,
]
RADIO_VIEW: list[Gen] = [
    radio.sesiune_radio,
    radio.piesa_ascultata,
    radio.progres_podcast,
    radio.lot_opac,
    radio.ascultate_recent,
    radio.sesiune_radio,
]
RADIO_DEV: list[Gen] = [radio.ads_config, radio.inregistrare]
BANK_BIO: list[Gen] = [
    banca.login_fata,
    banca.dis_selfie,
    banca.login_protobuf,
    banca.inrolare_fata,
    banca.dis_liveness_record,
    banca.login_fata,
    banca.apel_video_cadre,
]
BANK_DEV: list[Gen] = [banca.leaga_dispozitiv, banca.sold_opac, banca.sold_opac]
STB_VIEW: list[Gen] = [stb.zapping, stb.inregistrari, stb.zapping, stb.sonda_audienta]
STB_OTHER: list[Gen] = [stb.lista_canale, stb.epg, stb.link_flux, stb.firmware, stb.boot]
TV_VIEW: list[Gen] = [
    televizor.acr_report,
    televizor.insights,
    televizor.acr_opac,
    televizor.acr_report,
]
TV_DEV: list[Gen] = [televizor.status_mac, televizor.inregistrare]
WATCH_DEV: list[Gen] = [
    ceas.sincronizare,
    ceas.info_dispozitiv,
    ceas.inregistrare_protobuf,
    ceas.asociere,
    ceas.sincronizare,
    ceas.config_opac,
]
CAR_DEV: list[Gen] = [
    masina.tcu_telemetrie,
    masina.stare_vehicul,
    masina.tcu_opac,
    masina.comanda,
    masina.tcu_telemetrie,
    masina.tcu_login,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family230.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            teleplay.firebase_installation(c),
            teleplay.inregistrare(c),
            superliga.appsflyer_launch(c),
            superliga.branch_open(c),
            radio.inregistrare(c),
            banca.leaga_dispozitiv(c),
            stb.boot(c),
            televizor.inregistrare(c),
            ceas.asociere(c),
            masina.tcu_login(c),
            background.weather(c),
        ]

    def tele_block(self) -> None:
        self.some(
            [
                (0.5, teleplay.catalog),
                (0.7, teleplay.hls_segment),
                (0.5, teleplay.hls_segment),
                (0.25, teleplay.cautare),
                (0.2, teleplay.top),
                (0.25, teleplay.ghid_tv),
                (0.3, teleplay.thumbnail),
                (0.25, teleplay.gemius_page),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(TELE_VIEW, "tele_view")
        if self.p(0.3):
            self.next(TELE_DEV, "tele_dev")

    def liga_block(self) -> None:
        self.some(
            [
                (0.7, superliga.scoruri_live),
                (0.4, superliga.evenimente_meci),
                (0.3, superliga.rezumate),
                (0.25, superliga.clasament),
                (0.15, superliga.pariuri_cote),
            ]
        )
        if self.p(0.75):
            self.next(LIGA_VIEW, "liga_view")
        if self.p(0.45):
            self.next(LIGA_DEV, "liga_dev")

    def radio_block(self) -> None:
        self.some(
            [
                (0.6, radio.acum_ruleaza),
                (0.7, radio.audio_chunk),
                (0.3, radio.top_manele),
                (0.25, radio.catalog_podcast),
                (0.2, radio.versuri),
            ]
        )
        if self.p(0.75):
            self.next(RADIO_VIEW, "radio_view")
        if self.p(0.3):
            self.next(RADIO_DEV, "radio_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, banca.curs_valutar),
                (0.3, banca.transfer),
                (0.25, banca.otp),
                (0.12, banca.formular_kyc),
                (0.12, banca.avatar),
                (0.12, banca.dis_customer),
                (0.1, banca.dis_document_back),
                (0.1, banca.dis_liveness_evaluate),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def stb_block(self) -> None:
        if self.p(0.7):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, televizor.remote_key),
                (0.3, televizor.home_rails),
                (0.2, televizor.trending),
                (0.15, televizor.app_store),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.6, ceas.rezumat_zilnic),
                (0.3, ceas.cadrane),
                (0.2, ceas.setari),
            ]
        )
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")

    def car_block(self) -> None:
        self.some([(0.35, masina.calatorii), (0.25, masina.incarcari)])
        if self.p(0.75):
            self.next(CAR_DEV, "car_dev")


def generate_session(seed: int, target: int) -> tuple[Family230, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.tele_block),
        (0.12, s.liga_block),
        (0.12, s.radio_block),
        (0.13, s.bank_block),
        (0.1, s.stb_block),
        (0.12, s.tv_block),
        (0.1, s.watch_block),
        (0.09, s.car_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
