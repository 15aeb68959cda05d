"""The script of the set-34 session: the tester uses eight apps in turn on a
Tecno Camon 20 (two streaming apps, a music app, a wallet, a loan app, a farming
advice app, a church / mosque streaming app, a ludo game), with HiOS's own
pre-installed telemetry and ordinary background traffic in between. Sensitive
events rotate through a schedule per app so that even a small set covers every
family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, dekho, hios, ibada, ludo, mkopo, ngoma, pesa, shamba, tazama
from .phone import Phone34

START = 1733040000.0  # 2024-12-01T08:00:00Z

Gen = Callable[[Context], Flow]

TAZAMA_VIEW: list[Gen] = [
    tazama.heartbeat,
    tazama.watch_log,
    tazama.continue_watching,
    tazama.heartbeat,
    tazama.opaque_beacon,
]
DEKHO_VIEW: list[Gen] = [
    dekho.dekha_log,
    dekho.live_ping,
    dekho.jaari,
    dekho.live_ping,
    dekho.pb_heartbeat,
]
MUSIC_VIEW: list[Gen] = [
    ngoma.play_events,
    ngoma.orin_log,
    ngoma.recently_played,
    ngoma.play_events,
]
IBADA_VIEW: list[Gen] = [
    ibada.iwaasu_progress,
    ibada.kallo,
    ibada.live_attendance,
    ibada.quran_listen,
]
WALLET_BIO: list[Gen] = [
    pesa.smart_selfie_auth,
    pesa.recheck_template,
    pesa.recheck_landmarks,
    pesa.selfie_zip,
    pesa.recheck_template,
    pesa.recheck_opaque,
]
FARM_BIO: list[Gen] = [
    shamba.enrol,
    shamba.voiceprint,
    shamba.murya,
    shamba.enrol_en,
    shamba.voiceprint,
    shamba.opaque_voice,
]
LOAN_DEV: list[Gen] = [
    mkopo.fingerprint,
    mkopo.risk_check,
    mkopo.fingerprint_b64,
    mkopo.fingerprint_aes,
]
GAME_DEV: list[Gen] = [
    ludo.admob,
    ludo.unity_config,
    ludo.mintegral,
    ludo.hisavana,
    ludo.pangle,
    ludo.unity_request,
    ludo.admob,
]
HIOS_DEV: list[Gen] = [
    hios.athena_log,
    hios.fota_check,
    hios.mac_report,
    hios.warranty,
    hios.dcs_report,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone34.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            hios.fota_check(c),
            hios.athena_log(c),
            tazama.deviceinfo(c),
            ngoma.register(c),
            pesa.bind_device(c),
            pesa.prep_upload(c),
            pesa.selfie_zip(c),
            mkopo.fingerprint(c),
            mkopo.kyc_selfie(c),
            shamba.token(c),
            ibada.fis(c),
            ibada.device_reg(c),
            ludo.unity_config(c),
            background.time_sync(c),
        ]

    def view_block(self, extras: list[tuple[float, Gen]], schedule: list[Gen], key: str) -> None:
        self.some(extras)
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(schedule, key)

    def tazama_block(self) -> None:
        self.view_block(
            [
                (0.5, tazama.catalogue),
                (0.7, tazama.segment),
                (0.5, tazama.segment),
                (0.4, tazama.thumbnail),
                (0.2, tazama.search),
            ],
            TAZAMA_VIEW,
            "tz",
        )

    def dekho_block(self) -> None:
        self.view_block(
            [(0.5, dekho.home), (0.6, dekho.manifest), (0.3, dekho.psl_scores)], DEKHO_VIEW, "dk"
        )

    def music_block(self) -> None:
        self.view_block(
            [(0.5, ngoma.charts), (0.6, ngoma.cover), (0.3, ngoma.lyrics), (0.05, ngoma.register)],
            MUSIC_VIEW,
            "mu",
        )

    def ibada_block(self) -> None:
        self.view_block(
            [
                (0.4, ibada.prayer_times),
                (0.4, ibada.schedule),
                (0.3, ibada.bible_verse),
                (0.5, ibada.poster),
                (0.05, ibada.device_reg),
            ],
            IBADA_VIEW,
            "ib",
        )

    def wallet_block(self) -> None:
        self.some(
            [
                (0.6, pesa.statement),
                (0.4, pesa.send_money),
                (0.3, pesa.agents),
                (0.25, pesa.prep_upload),
                (0.1, pesa.bind_device),
            ]
        )
        if self.p(0.85):
            self.next(WALLET_BIO, "wb")

    def loan_block(self) -> None:
        self.some([(0.5, mkopo.offer), (0.3, mkopo.repay), (0.35, mkopo.kyc_selfie)])
        if self.p(0.8):
            self.next(LOAN_DEV, "ld")

    def farm_block(self) -> None:
        self.some(
            [
                (0.5, shamba.prices),
                (0.3, shamba.leaf_photo),
                (0.3, shamba.soil),
                (0.4, shamba.advice_audio),
                (0.1, shamba.token),
            ]
        )
        if self.p(0.85):
            self.next(FARM_BIO, "fb")

    def game_block(self) -> None:
        self.some(
            [
                (0.6, ludo.game_state),
                (0.3, ludo.leaderboard),
                (0.15, ludo.coins_purchase),
                (0.1, ludo.avatar_pick),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "gd")

    def hios_block(self) -> None:
        self.some([(0.4, hios.theme_store)])
        self.next(HIOS_DEV, "hd")


def generate_session(seed: int, target: int) -> tuple[Phone34, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.tazama_block),
        (0.11, s.dekho_block),
        (0.11, s.music_block),
        (0.11, s.ibada_block),
        (0.15, s.wallet_block),
        (0.09, s.loan_block),
        (0.13, s.farm_block),
        (0.11, s.game_block),
        (0.06, s.hios_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
