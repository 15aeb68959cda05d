"""The script of the set-63 session: the tester uses the Xperia's apps and the
Bravia in turn, with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import (
    adsdk,
    anime,
    background,
    catchup,
    ekyc,
    karaoke,
    konbini,
    linear,
    music,
    radio,
    simul,
    svod,
    tvset,
)
from . import schedules as sc
from .phone import Phone63
from .schedules import Gen

START = 1730797200.0  # 2024-11-05T09:00:00Z (18:00 JST)


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone63.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float = 1.0, most: int = 1) -> None:
        if self.p(prob):
            for _ in range(self.rng.randint(1, most)):
                self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.warranty(c),
            catchup.device_register(c),
            linear.users(c),
            svod.device_info(c),
            tvset.tv_register(c),
            adsdk.firebase_install(c, "music"),
            konbini.app_install(c),
            ekyc.bank_device(c),
            background.time_sync(c),
        ]

    def catchup(self) -> None:
        self.some(
            [
                (0.5, catchup.catalogue),
                (0.8, catchup.segment),
                (0.5, catchup.segment),
                (0.2, catchup.search),
            ]
        )
        self.next(sc.CU_VIEW, "cu_view", 0.9, 2)
        self.next(sc.CU_DEV, "cu_dev", 0.3)

    def linear(self) -> None:
        self.some([(0.4, linear.timetable), (0.6, linear.thumb)])
        self.next(sc.LIN_VIEW, "lin_view", 0.9, 2)
        self.next(sc.LIN_DEV, "lin_dev", 0.3)

    def svod(self) -> None:
        self.some(
            [
                (0.5, svod.title_detail),
                (0.3, svod.license_req),
                (0.25, svod.book_position),
                (0.1, svod.price_plans),
            ]
        )
        self.next(sc.SV_VIEW, "sv_view", 0.85)
        self.next(sc.SV_DEV, "sv_dev", 0.25)

    def simul(self) -> None:
        self.some(
            [
                (0.4, simul.program_guide),
                (0.5, simul.manifest),
                (0.1, simul.terms_check),
                (0.15, simul.license_area),
            ]
        )
        self.next(sc.SIM_VIEW, "sim_view", 0.9, 2)

    def radio(self) -> None:
        self.some([(0.4, radio.timefree_playlist), (0.4, radio.now_on_air), (0.3, radio.auth1)])
        self.next(sc.RAD_VIEW, "rad_view", 0.9)

    def anime(self) -> None:
        self.some(
            [(0.5, anime.episodes), (0.4, anime.manga_page), (0.15, anime.vote), (0.2, anime.trace)]
        )
        self.next(sc.ANI_VIEW, "ani_view", 0.85)
        self.next(sc.ANI_ADS, "ani_ads", 0.5)

    def music(self) -> None:
        self.some(
            [(0.4, music.lyrics), (0.6, music.artwork), (0.2, music.charts), (0.1, music.purchase)]
        )
        self.next(sc.MUS_VIEW, "mus_view", 0.9)
        self.next(sc.MUS_DEV, "mus_dev", 0.25)

    def tv(self) -> None:
        self.some([(0.3, tvset.epg), (0.1, tvset.fw_check), (0.3, tvset.screensaver)])
        self.next(sc.TV_VIEW, "tv_view", 0.9, 2)
        self.next(sc.TV_DEV, "tv_dev", 0.2)

    def ekyc(self) -> None:
        self.some([(0.5, ekyc.candles), (0.3, ekyc.fx_rates), (0.15, ekyc.account_form)])
        self.next(sc.KYC_BIO, "kyc_bio", 0.9, 2)
        self.next(sc.KYC_DEV, "kyc_dev", 0.3)

    def karaoke(self) -> None:
        self.some(
            [
                (0.5, karaoke.score_pitch),
                (0.5, karaoke.request_song),
                (0.4, karaoke.song_search),
                (0.2, karaoke.history),
            ]
        )
        self.next(sc.KAR_BIO, "kar_bio", 0.9)
        self.next(sc.KAR_DEV, "kar_dev", 0.25)

    def konbini(self) -> None:
        self.some(
            [
                (0.5, konbini.store_search),
                (0.15, konbini.locker),
                (0.1, konbini.copier),
                (0.2, konbini.member_barcode),
                (0.1, konbini.line_token),
                (0.1, konbini.line_profile),
                (0.03, background.warranty),
            ]
        )
        self.next(sc.KON_DEV, "kon_dev", 0.4)


def generate_session(seed: int, target: int) -> tuple[Phone63, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.catchup),
        (0.08, s.linear),
        (0.08, s.svod),
        (0.06, s.simul),
        (0.06, s.radio),
        (0.08, s.anime),
        (0.07, s.music),
        (0.09, s.tv),
        (0.14, s.ekyc),
        (0.11, s.karaoke),
        (0.09, s.konbini),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
