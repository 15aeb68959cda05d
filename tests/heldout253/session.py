"""The script of the set-253 session: one Bulgarian family's devices in turn (the
father's bank and e-identity apps, IPTV box and ACR smart TV in Sofia; the
mother's pop-folk / radio / podcast app in Plovdiv; the son's TV-group streaming
app and smartwatch in Madrid; the uncle's football app and car in Varna), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    chasovnik,
    efirplay,
    kola,
    netvision,
    pripev,
    trakiabank,
    udostoveri,
    zonagol,
    zoratv,
)
from .phone import Family253

START = 1741419000.0  # 2025-03-08T07:30:00Z (8 March: the whole family is online)

Gen = Callable[[Context], Flow]

EFIR_VIEW: list[Gen] = [
    efirplay.gledane_progres,
    efirplay.fa_gledane,
    efirplay.gemius_stream,
    efirplay.live_puls,
    efirplay.beacon_opaque,
    efirplay.adjust_gledano,
    efirplay.prodalzhi_gledaneto,
    efirplay.gemius_stream,
    efirplay.adjust_gledano_opaque,
    efirplay.istoriya,
    efirplay.gledane_progres,
    efirplay.beacon_opaque,
]
EFIR_DEV: list[Gen] = [
    efirplay.adjust_session,
    efirplay.fa_sesiya,
    efirplay.register,
    efirplay.gemius_screen,
    efirplay.fcm_register,
    efirplay.firebase_install,
]
ZONA_VIEW: list[Gen] = [
    zonagol.stream_puls,
    zonagol.af_gledan_mach,
    zonagol.stats_opaque,
    zonagol.video_gledano,
    zonagol.stream_puls,
    zonagol.stats_opaque,
]
ZONA_DEV: list[Gen] = [zonagol.af_launch, zonagol.af_sledvai]
PRIPEV_VIEW: list[Gen] = [
    pripev.slushano,
    pripev.fb_pesen,
    pripev.radio_sesiya,
    pripev.opaque_q,
    pripev.podkast_poziciya,
    pripev.posledno_slushani,
    pripev.slushano,
    pripev.opaque_q,
]
PRIPEV_DEV: list[Gen] = [
    pripev.fb_activate,
    pripev.triton_stream,
    pripev.cfg_opaque,
    pripev.register,
]
BANK_BIO: list[Gen] = [
    trakiabank.face_login,
    trakiabank.face_login_pb,
    trakiabank.face_zapis,
    trakiabank.face_login,
    trakiabank.liveness_kadri,
]
BANK_DEV: list[Gen] = [trakiabank.ustroystvo, trakiabank.smetki_opaque]
EID_BIO: list[Gen] = [
    udostoveri.selfie,
    udostoveri.liveness_video,
    udostoveri.result,
    udostoveri.reverify_opaque,
]
EID_DEV: list[Gen] = [udostoveri.register, udostoveri.config_opaque]
STB_VIEW: list[Gen] = [
    netvision.bookmark_add,
    netvision.zap_log,
    netvision.rpd_opaque,
    netvision.bookmark_list,
    netvision.bookmark_add,
    netvision.rpd_opaque,
]
STB_OTHER: list[Gen] = [
    netvision.epg,
    netvision.playback_context,
    netvision.boot,
    netvision.kanali,
    netvision.login,
    netvision.heartbeat,
    netvision.household_device,
]
TV_VIEW: list[Gen] = [
    zoratv.viewing_report,
    zoratv.fp_match,
    zoratv.fp_opaque,
    zoratv.viewing_report,
    zoratv.fp_opaque,
]
TV_DEV: list[Gen] = [zoratv.ad_beacon_opaque, zoratv.network_status, zoratv.register]
CAR_VIEW: list[Gen] = [kola.listening, kola.telemetry_opaque, kola.listening]
CAR_BIO: list[Gen] = [kola.voice_verify, kola.voice_enrol, kola.voice_verify_opaque]
CAR_DEV: list[Gen] = [kola.activate]
WATCH_DEV: list[Gen] = [
    chasovnik.sync,
    chasovnik.sync_opaque,
    chasovnik.device_info,
    chasovnik.flags_opaque,
    chasovnik.sync,
    chasovnik.bind,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family253.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            efirplay.firebase_install(c),
            efirplay.fcm_register(c),
            efirplay.register(c),
            efirplay.adjust_session(c),
            zonagol.af_launch(c),
            pripev.register(c),
            pripev.fb_activate(c),
            trakiabank.ustroystvo(c),
            udostoveri.register(c),
            netvision.boot(c),
            netvision.login(c),
            zoratv.register(c),
            kola.activate(c),
            chasovnik.bind(c),
            background.vreme(c),
        ]

    def efir_block(self) -> None:
        self.some(
            [
                (0.45, efirplay.katalog),
                (0.7, efirplay.hls_segment),
                (0.5, efirplay.hls_segment),
                (0.2, efirplay.programa),
                (0.15, efirplay.nai_gledani),
                (0.2, efirplay.tarsene),
                (0.08, efirplay.abonament),
                (0.2, efirplay.drm_license),
                (0.2, efirplay.reklama_vast),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(EFIR_VIEW, "efir_view")
        if self.p(0.35):
            self.next(EFIR_DEV, "efir_dev")

    def zona_block(self) -> None:
        self.some(
            [
                (0.7, zonagol.rezultati),
                (0.3, zonagol.klasirane),
                (0.25, zonagol.sastavi),
                (0.3, zonagol.sabitiya),
                (0.2, zonagol.koeficienti),
                (0.08, zonagol.push_abonament),
            ]
        )
        if self.p(0.75):
            self.next(ZONA_VIEW, "zona_view")
        if self.p(0.35):
            self.next(ZONA_DEV, "zona_dev")

    def pripev_block(self) -> None:
        self.some(
            [
                (0.5, pripev.sega_sviri),
                (0.7, pripev.audio_chast),
                (0.25, pripev.klasaciya),
                (0.2, pripev.tekst),
                (0.2, pripev.podkast_epizodi),
            ]
        )
        if self.p(0.75):
            self.next(PRIPEV_VIEW, "pripev_view")
        if self.p(0.35):
            self.next(PRIPEV_DEV, "pripev_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, trakiabank.kursove),
                (0.3, trakiabank.prevod),
                (0.25, trakiabank.otp),
                (0.12, trakiabank.kyc_forma),
                (0.1, trakiabank.profilna_snimka),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.35):
            self.next(BANK_DEV, "bank_dev")

    def eid_block(self) -> None:
        self.some(
            [
                (0.4, udostoveri.start),
                (0.35, udostoveri.document_back),
                (0.25, udostoveri.podpis),
                (0.12, udostoveri.certificate),
            ]
        )
        if self.p(0.8):
            self.next(EID_BIO, "eid_bio")
        if self.p(0.3):
            self.next(EID_DEV, "eid_dev")

    def stb_block(self) -> None:
        if self.p(0.75):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.3):
            self.next(STB_OTHER, "stb_other")
        if self.p(0.75):
            self.next(STB_VIEW, "stb_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.3, zoratv.home_rails),
                (0.2, zoratv.top_bg),
                (0.12, zoratv.app_store),
                (0.1, zoratv.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def car_block(self) -> None:
        self.some(
            [
                (0.5, kola.station_info),
                (0.3, kola.trafik),
                (0.2, kola.voice_command),
                (0.15, kola.goriva),
                (0.1, kola.servizen_interval),
                (0.2, kola.patuvane),
            ]
        )
        if self.p(0.65):
            self.next(CAR_VIEW, "car_view")
        if self.p(0.35):
            self.next(CAR_BIO, "car_bio")
        if self.p(0.15):
            self.next(CAR_DEV, "car_dev")

    def watch_block(self) -> None:
        self.some(
            [
                (0.5, chasovnik.daily),
                (0.25, chasovnik.ciferblat),
                (0.2, chasovnik.gesture),
                (0.12, chasovnik.firmware),
            ]
        )
        if self.p(0.7):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Family253, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.18, s.efir_block),
        (0.12, s.zona_block),
        (0.12, s.pripev_block),
        (0.09, s.bank_block),
        (0.06, s.eid_block),
        (0.1, s.stb_block),
        (0.11, s.tv_block),
        (0.11, s.car_block),
        (0.08, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.5)
