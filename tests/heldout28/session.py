"""The script of the set-28 session: the family uses eight apps in turn on a Lenovo
tablet (streaming, bank and ID wallet, identity app, kids' learning, podcasts and
audiobooks, doorbell, Chromecast sender, an ad-funded game), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, cast, doorbell, game, ident, kids, kijk, podcast
from .phone import Phone28

START = 1741852800.0  # 2025-03-13T08:00:00Z

Gen = Callable[[Context], Flow]

KIJK_VIEW: list[Gen] = [
    kijk.kijkgeschiedenis,
    kijk.piano_av,
    kijk.pozycja,
    kijk.verder_kijken,
    kijk.piano_av,
    kijk.opaque_beacon,
    kijk.kijkgeschiedenis,
    kijk.pozycja,
]
KIJK_DEV: list[Gen] = [kijk.device_header, kijk.register, kijk.device_header]
BANK_BIO: list[Gen] = [
    bank.facetec_enrol,
    bank.wzorzec_twarzy,
    bank.glos_potwierdzenie,
    bank.wallet_selfie,
    bank.voiceprint_enrol,
    bank.sealed_biometrics,
    bank.glos_potwierdzenie,
]
BANK_DEV: list[Gen] = [bank.device_binding, bank.wallet_header]
IDENT_BIO: list[Gen] = [
    ident.onfido_live_photo,
    ident.chip_dg2,
    ident.match_result,
    ident.selfie_frames,
    ident.chip_groups,
    ident.opaque_selfie,
    ident.match_result,
]
KIDS_BIO: list[Gen] = [
    kids.attention,
    kids.face_mesh,
    kids.blendshapes,
    kids.emotie,
    kids.attention,
    kids.opaque_samples,
]
KIDS_DEV: list[Gen] = [kids.firebase_install, kids.profile_device]
POD_VIEW: list[Gen] = [
    podcast.progress,
    podcast.luisterpositie,
    podcast.play_log,
    podcast.sluchanie,
    podcast.progress,
    podcast.opaque_log,
]
POD_DEV: list[Gen] = [podcast.device_hdr, podcast.register, podcast.device_hdr]
BELL_BIO: list[Gen] = [
    doorbell.recognised,
    doorbell.enrol_face,
    doorbell.face_crops,
    doorbell.recognised,
    doorbell.unknown_face,
    doorbell.opaque_vision,
]
BELL_DEV: list[Gen] = [doorbell.devices, doorbell.health, doorbell.session, doorbell.setup]
CAST_VIEW: list[Gen] = [
    cast.media_status,
    cast.cast_session,
    cast.cast_history,
    cast.media_status,
    cast.opaque_cast,
]
CAST_DEV: list[Gen] = [cast.eureka_info, cast.support_ticket]
GAME_DEV: list[Gen] = [
    game.admob,
    game.unity_config,
    game.criteo,
    game.ironsource_init,
    game.adform,
    game.admob,
    game.adform_hashed,
    game.ironsource_events,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone28.make, START)

    def next(self, schedule: list[Gen], key: str, prob: float = 1.0) -> None:
        if self.p(prob):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            kijk.register(c),
            bank.device_binding(c),
            ident.register(c),
            kids.firebase_install(c),
            kids.profile_device(c),
            podcast.register(c),
            doorbell.session(c),
            doorbell.setup(c),
            cast.eureka_info(c),
            cast.support_ticket(c),
            game.unity_config(c),
            background.time_sync(c),
        ]

    def kijk_block(self) -> None:
        self.some(
            [
                (0.7, kijk.catalogue),
                (0.6, kijk.thumbnail),
                (0.8, kijk.segment),
                (0.5, kijk.segment),
                (0.25, kijk.zoeken),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(KIJK_VIEW, "kijk_view", 0.9)
        self.next(KIJK_DEV, "kijk_dev", 0.3)

    def bank_block(self) -> None:
        self.some([(0.6, bank.history), (0.3, bank.kursy), (0.3, bank.blik)])
        self.next(BANK_BIO, "bank_bio", 0.85)
        self.next(BANK_DEV, "bank_dev", 0.4)

    def ident_block(self) -> None:
        self.some([(0.3, ident.signup_form), (0.5, ident.login_flow), (0.05, ident.register)])
        self.next(IDENT_BIO, "ident_bio", 0.85)

    def kids_block(self) -> None:
        self.some([(0.5, kids.quiz), (0.35, kids.drawing), (0.2, kids.face_article)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(KIDS_BIO, "kids_bio", 0.8)
        self.next(KIDS_DEV, "kids_dev", 0.2)

    def pod_block(self) -> None:
        self.some([(0.5, podcast.download), (0.3, podcast.rss), (0.25, podcast.search)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(POD_VIEW, "pod_view", 0.85)
        self.next(POD_DEV, "pod_dev", 0.35)

    def bell_block(self) -> None:
        self.some([(0.5, doorbell.motion), (0.6, doorbell.snapshot), (0.3, doorbell.live_sdp)])
        self.next(BELL_BIO, "bell_bio", 0.85)
        self.next(BELL_DEV, "bell_dev", 0.45)

    def cast_block(self) -> None:
        self.some([(0.4, cast.receiver_config), (0.4, cast.app_availability), (0.5, kijk.segment)])
        self.next(CAST_VIEW, "cast_view", 0.9)
        self.next(CAST_DEV, "cast_dev", 0.35)

    def game_block(self) -> None:
        self.some(
            [(0.6, game.camera), (0.6, game.level), (0.2, game.shop), (0.3, game.rewarded_video)]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(GAME_DEV, "game_dev", 0.85)


def generate_session(seed: int, target: int) -> tuple[Phone28, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.15, s.kijk_block),
        (0.12, s.bank_block),
        (0.10, s.ident_block),
        (0.13, s.kids_block),
        (0.13, s.pod_block),
        (0.13, s.bell_block),
        (0.11, s.cast_block),
        (0.13, s.game_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
