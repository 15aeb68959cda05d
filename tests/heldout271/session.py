"""The script of the set-271 session: one family's devices in turn (the
father's bank in Palermo; the mother's regional TV app in Catania; the
grandmother's national catch-up and folk music apps in Cagliari; the son's
football app, IPTV box and ACR smart TV in Cagliari), with ordinary
background traffic in between. Sensitive events rotate through a schedule
per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bancu, gol, iptv, isula, italiaplay, tenores, tv
from .phone import Family271

START = 1744444800.0  # 2025-04-12T08:00:00Z

Gen = Callable[[Context], Flow]

ISULA_VIEW: list[Gen] = [
    isula.taliatu,
    isula.misura,
    isula.battitu,
    isula.misura_compact,
    isula.cuntinua,
    isula.taliatu,
    isula.chiddi_taliati,
    isula.misura,
    isula.battitu,
    isula.misura_compact,
]
ISULA_DEV: list[Gen] = [isula.register]
ITALIA_VIEW: list[Gen] = [
    italiaplay.nielsen_ping,
    italiaplay.comscore,
    italiaplay.firebase_upload,
    italiaplay.visione,
    lambda c: italiaplay.comscore(c, "play"),
    italiaplay.continua,
    lambda c: italiaplay.nielsen_ping(c, "end"),
]
ITALIA_DEV: list[Gen] = [
    italiaplay.firebase_installation,
    italiaplay.register,
    lambda c: italiaplay.firebase_upload(c, watching=False),
]
TENORES_VIEW: list[Gen] = [
    tenores.ascurtadu,
    tenores.branch_view_item,
    tenores.batch_opaque,
    tenores.istoria,
    tenores.ascurtadu,
    tenores.batch_opaque,
]
TENORES_DEV: list[Gen] = [tenores.branch_open, tenores.branch_install]
GOL_VIEW: list[Gen] = [
    gol.clevertap_watched,
    gol.castiadu,
    gol.stats_opaque,
    gol.diretta,
    gol.castiadu,
    gol.stats_opaque,
]
GOL_DEV: list[Gen] = [gol.clevertap_launch, gol.clevertap_follow]
BANCU_BIO: list[Gen] = [
    bancu.accessu_facci,
    bancu.video_frames,
    bancu.accessu_protobuf,
    bancu.facetec_liveness,
    bancu.cie_fronte,
    bancu.video_esito,
    bancu.accessu_facci,
    bancu.frames_opaque,
    bancu.rekognition_compare,
    bancu.iscrizione_volto,
    bancu.envelope,
    bancu.analitica_selfie,
    bancu.accessu_facci,
]
BANCU_DEV: list[Gen] = [bancu.registrazione, bancu.saldo_opaque, bancu.saldo_opaque]
BOX_VIEW: list[Gen] = [iptv.rexistru_json, iptv.rexistru_xml, iptv.qoe_opaque, iptv.positzione]
BOX_OTHER: list[Gen] = [iptv.status, iptv.epg, iptv.canales, iptv.playback_url, iptv.login]
TV_VIEW: list[Gen] = [
    tv.acr_report,
    tv.appsflyer_content_view,
    tv.acr_protobuf,
    tv.meta_content_view,
    tv.acr_report,
]
TV_DEV: list[Gen] = [tv.appsflyer_launch, tv.register, tv.meta_install]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family271.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            isula.register(c),
            italiaplay.firebase_installation(c),
            italiaplay.register(c),
            tenores.branch_install(c),
            gol.clevertap_launch(c),
            bancu.registrazione(c),
            iptv.login(c),
            tv.register(c),
            tv.appsflyer_launch(c),
            tv.meta_install(c),
            background.tempu(c),
        ]

    def isula_block(self) -> None:
        self.some(
            [
                (0.5, isula.catalogu),
                (0.7, isula.hls_segment),
                (0.5, isula.hls_segment),
                (0.3, isula.palinsestu),
                (0.2, isula.chiu_taliati),
                (0.2, isula.cerca),
                (0.3, isula.miniatura),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ISULA_VIEW, "isula_view")
        if self.p(0.2):
            self.next(ISULA_DEV, "isula_dev")

    def italia_block(self) -> None:
        self.some(
            [
                (0.5, italiaplay.catalogo),
                (0.7, italiaplay.dash_segment),
                (0.25, italiaplay.guida_tv),
                (0.2, italiaplay.piu_visti),
                (0.2, italiaplay.ricerca),
            ]
        )
        if self.p(0.8):
            self.next(ITALIA_VIEW, "italia_view")
        if self.p(0.3):
            self.next(ITALIA_DEV, "italia_dev")

    def tenores_block(self) -> None:
        self.some(
            [
                (0.7, tenores.audio_chunk),
                (0.4, tenores.catalogu),
                (0.25, tenores.testu),
                (0.2, tenores.programmas),
                (0.2, tenores.chirca),
            ]
        )
        if self.p(0.75):
            self.next(TENORES_VIEW, "tenores_view")
        if self.p(0.3):
            self.next(TENORES_DEV, "tenores_dev")

    def gol_block(self) -> None:
        self.some(
            [
                (0.7, gol.risultati),
                (0.3, gol.classifica),
                (0.35, gol.highlights),
                (0.2, gol.calendario),
            ]
        )
        if self.p(0.75):
            self.next(GOL_VIEW, "gol_view")
        if self.p(0.3):
            self.next(GOL_DEV, "gol_dev")

    def bancu_block(self) -> None:
        self.some(
            [
                (0.6, bancu.cambi),
                (0.3, bancu.bonifico),
                (0.25, bancu.movimenti),
                (0.12, bancu.kyc),
                (0.1, bancu.avatar),
                (0.08, bancu.pin_report),
            ]
        )
        if self.p(0.85):
            self.next(BANCU_BIO, "bancu_bio")
        if self.p(0.35):
            self.next(BANCU_DEV, "bancu_dev")

    def box_block(self) -> None:
        if self.p(0.7):
            self.next(BOX_OTHER, "box_other")
        if self.p(0.75):
            self.next(BOX_VIEW, "box_view")

    def tv_block(self) -> None:
        self.some(
            [
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
                (0.1, tv.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Family271, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.isula_block),
        (0.14, s.italia_block),
        (0.12, s.tenores_block),
        (0.12, s.gol_block),
        (0.16, s.bancu_block),
        (0.14, s.box_block),
        (0.14, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
