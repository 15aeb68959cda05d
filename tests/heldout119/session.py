"""The script of the set-119 session: the two households use their apps in turn
(the broadcaster on the iPhone and the Tizen TV, the streamer, the children's app,
music / podcast / audiobooks, the bank, the telco, the dating and rider apps), with
ordinary background traffic in between. Sensitive events rotate through a schedule
per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, banc, campai, clywed, gra, plant, rothai, sain, teileafon
from .phone import Devices119

START = 1741939200.0  # 2025-03-14T08:00:00Z

Gen = Callable[[Context], Flow]

CLYWED_VIEW: list[Gen] = [
    clywed.cynnydd_gwylio,
    clywed.gwrando_radio,
    clywed.parhau_i_wylio,
    clywed.tv_chwarae,
    clywed.curiad_cudd,
    clywed.cynnydd_gwylio,
]
CLYWED_DEV: list[Gen] = [clywed.tv_hysbyseb, clywed.tv_mewngofnodi]
CAMPAI_VIEW: list[Gen] = [
    campai.feachaint,
    campai.stair_feachana,
    campai.feachaint,
    campai.curiad_pb,
]
PLANT_VIEW: list[Gen] = [plant.cynnydd_pennod, plant.firebase_video]
SAIN_VIEW: list[Gen] = [
    sain.ceol_eisteacht,
    sain.pod_safle,
    sain.lf_eisteacht,
    sain.ceol_scrobble_mp,
    sain.pod_safle,
    sain.ceol_eisteacht,
    sain.pod_hash,
    sain.lf_eisteacht,
]
BANC_BIO: list[Gen] = [
    banc.onfido_live_photo,
    banc.gwiriad_wyneb,
    banc.onfido_motion,
    banc.wyneb_cudd,
]
TEL_BIO: list[Gen] = [
    teileafon.guth_fioru,
    teileafon.guth_claru,
    teileafon.guth_fioru,
    teileafon.guth_cudd,
]
GRA_BIO: list[Gen] = [gra.yoti_age, gra.seiceail_aghaidh, gra.aghaidh_cudd, gra.seiceail_aghaidh]
ROTHAI_BIO: list[Gen] = [rothai.selfie_seiceail, rothai.selfie_seiceail, rothai.selfie_fp]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Devices119.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            campai.appsflyer(c),
            teileafon.adjust(c),
            clywed.tv_mewngofnodi(c),
            sain.ceol_cluasain(c),
            background.tywydd(c),
        ]

    def clywed_block(self) -> None:
        self.some(
            [
                (0.6, clywed.catalog),
                (0.6, clywed.manifest),
                (0.3, clywed.chwilio),
                (0.5, background.cdn_image),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(CLYWED_VIEW, "clywed_view")
        if self.p(0.4):
            self.next(CLYWED_DEV, "clywed_dev")

    def campai_block(self) -> None:
        self.some([(0.6, campai.scor_beo), (0.4, campai.staitisticí), (0.2, campai.appsflyer)])
        if self.p(0.85):
            self.next(CAMPAI_VIEW, "campai_view")

    def plant_block(self) -> None:
        self.some([(0.5, plant.hafan), (0.4, plant.gem_lliwio), (0.4, plant.llyfr_stori)])
        if self.p(0.8):
            self.next(PLANT_VIEW, "plant_view")

    def sain_block(self) -> None:
        self.some(
            [
                (0.4, sain.ceol_liosta),
                (0.3, sain.pod_rss),
                (0.4, sain.lf_leamh),
                (0.15, sain.ceol_cluasain),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(SAIN_VIEW, "sain_view")

    def banc_block(self) -> None:
        self.some([(0.7, banc.trafodion), (0.2, banc.cofrestru)])
        if self.p(0.6):
            self.next(BANC_BIO, "banc_bio")

    def tel_block(self) -> None:
        self.some(
            [(0.5, teileafon.usaid), (0.4, teileafon.cuardach_gutha), (0.3, teileafon.adjust)]
        )
        if self.p(0.6):
            self.next(TEL_BIO, "tel_bio")

    def gra_block(self) -> None:
        self.some([(0.7, gra.in_aice), (0.3, gra.grianghraf_profil)])
        if self.p(0.6):
            self.next(GRA_BIO, "gra_bio")

    def rothai_block(self) -> None:
        self.some([(0.8, rothai.gps), (0.5, rothai.bag_scan), (0.5, rothai.gps)])
        if self.p(0.5):
            self.next(ROTHAI_BIO, "rothai_bio")


def generate_session(seed: int, target: int) -> tuple[Devices119, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.clywed_block),
        (0.13, s.campai_block),
        (0.1, s.plant_block),
        (0.15, s.sain_block),
        (0.12, s.banc_block),
        (0.11, s.tel_block),
        (0.12, s.gra_block),
        (0.11, s.rothai_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
