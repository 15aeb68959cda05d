"""The script of the set-126 session: the family uses its apps in turn (the
Nepali OTT, the Sri Lankan channel on phone and TV box, Tamil songs, pirith on
the grandmother's iPhone and watch, cricket, the remittance wallet, the telco
app, ride-hailing), with ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    chalchitra,
    cricket,
    lakdasuna,
    mibox,
    pirith,
    sanchar,
    sawari,
    tamilisai,
    wallet,
)
from .phone import Phone126

START = 1729065600.0  # 2024-10-16T08:00:00Z (Dashain week)

Gen = Callable[[Context], Flow]

OTT_VIEW: list[Gen] = [
    chalchitra.herne_sthiti,
    chalchitra.clevertap_watched,
    chalchitra.jari_rakhnuhos,
    chalchitra.sthiti_blob,
    chalchitra.player_ghatana,
    chalchitra.herne_sthiti,
    chalchitra.player_ghatana,
]
LAK_VIEW: list[Gen] = [
    lakdasuna.nalika_maru,
    lakdasuna.natya_progress,
    lakdasuna.box_tuning_pb,
    lakdasuna.natya_progress,
]
ISAI_VIEW: list[Gen] = [
    tamilisai.ketta_paadal,
    tamilisai.samipathil,
    tamilisai.ketta_paadal,
    tamilisai.play_log_opaque,
]
ISAI_BIO: list[Gen] = [tamilisai.mugam_unarvu, tamilisai.mugam_unarvu, tamilisai.mood_opaque]
PIRITH_VIEW: list[Gen] = [pirith.sravana, pirith.watch_sync, pirith.resume_token, pirith.sravana]
BOX_VIEW: list[Gen] = [mibox.content_play, mibox.sealed_batch, mibox.content_play]
WALLET_BIO: list[Gen] = [
    wallet.hv_liveness,
    wallet.anuhar_namuna,
    wallet.hv_verify_pair,
    wallet.relogin_sealed,
    wallet.anuhar_namuna,
]
TELCO_BIO: list[Gen] = [
    sanchar.aawaj_pramanikaran,
    sanchar.aawaj_darta,
    sanchar.aawaj_opaque,
    sanchar.aawaj_pramanikaran,
]
TELCO_DEV: list[Gen] = [sanchar.sim_binding, sanchar.sim_binding_hashed]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone126.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            chalchitra.clevertap_profile(c),
            cricket.fis_register(c),
            wallet.appsflyer_launch(c),
            sanchar.sim_binding(c),
            lakdasuna.box_register(c),
            lakdasuna.push_register(c),
            mibox.ota_check(c),
            background.weather(c),
        ]

    def ott_block(self) -> None:
        self.some(
            [
                (0.6, chalchitra.suchi),
                (0.4, chalchitra.dherai_herieko),
                (0.5, chalchitra.manifest),
                (0.25, chalchitra.khoj),
                (0.1, chalchitra.clevertap_profile),
                (0.15, chalchitra.downloads),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(OTT_VIEW, "ott_view")

    def lak_block(self) -> None:
        self.some(
            [
                (0.5, lakdasuna.wadasatahan),
                (0.3, lakdasuna.jana_priya),
                (0.4, lakdasuna.news),
                (0.6, lakdasuna.live_manifest),
                (0.05, lakdasuna.box_register),
                (0.1, lakdasuna.push_register),
            ]
        )
        if self.p(0.8):
            self.next(LAK_VIEW, "lak_view")

    def isai_block(self) -> None:
        self.some(
            [(0.5, tamilisai.varigal), (0.3, tamilisai.top_paadalgal), (0.7, tamilisai.album_art)]
        )
        if self.p(0.8):
            self.next(ISAI_VIEW, "isai_view")
        if self.p(0.25):
            self.next(ISAI_BIO, "isai_bio")

    def pirith_block(self) -> None:
        self.some([(0.4, pirith.pansal_playout), (0.3, pirith.poya), (0.4, pirith.pirith_list)])
        if self.p(0.8):
            self.next(PIRITH_VIEW, "pirith_view")

    def box_block(self) -> None:
        self.some(
            [(0.6, mibox.screensaver), (0.15, mibox.ota_check), (0.4, lakdasuna.live_manifest)]
        )
        if self.p(0.8):
            self.next(BOX_VIEW, "box_view")

    def cric_block(self) -> None:
        self.some(
            [
                (0.8, cricket.live_score),
                (0.4, cricket.top_clips),
                (0.5, cricket.clip_fetch),
                (0.05, cricket.fis_register),
                (0.2, cricket.bowling_action),
            ]
        )
        if self.p(0.6):
            self.flows.append(cricket.highlight_watch(self.ctx))

    def wallet_block(self) -> None:
        self.some(
            [
                (0.6, wallet.dar),
                (0.3, wallet.pathaunus),
                (0.2, wallet.kyc_form),
                (0.3, wallet.appsflyer_launch),
            ]
        )
        if self.p(0.7):
            self.next(WALLET_BIO, "wallet_bio")

    def telco_block(self) -> None:
        self.some([(0.6, sanchar.balance), (0.3, sanchar.data_usage), (0.3, sanchar.voice_otp)])
        if self.p(0.65):
            self.next(TELCO_BIO, "telco_bio")
        if self.p(0.3):
            self.next(TELCO_DEV, "telco_dev")

    def ride_block(self) -> None:
        self.some(
            [
                (0.8, sawari.estimate),
                (0.5, sawari.trip),
                (0.3, sawari.promo),
                (0.35, sawari.appsflyer_event),
            ]
        )


def generate_session(seed: int, target: int) -> tuple[Phone126, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.ott_block),
        (0.12, s.lak_block),
        (0.10, s.isai_block),
        (0.09, s.pirith_block),
        (0.09, s.box_block),
        (0.11, s.cric_block),
        (0.13, s.wallet_block),
        (0.11, s.telco_block),
        (0.11, s.ride_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
