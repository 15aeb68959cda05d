"""The script of the set-285 session: two families' devices in turn (mamma's
streaming and radio apps in Scuol, bap's e-ID onboarding in Chur; heit's
broadcaster and farm apps in Snits, mem's skating club app, the children's
tablet), with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bern, eid, molke, play, reed, sjoch, tadlar
from .phone import Families285

START = 1738400400.0  # 2025-02-01T09:00:00Z

Gen = Callable[[Context], Flow]

PLAY_VIEW: list[Gen] = [
    play.puntg_cuntinuaziun,
    play.webtrekk_media,
    play.live_battacor,
    play.kantar_spring,
    play.istorgia,
    play.webtrekk_media,
    play.cuntinuar_a_guardar,
    play.opaque_beacon,
    play.puntg_cuntinuaziun,
    play.webtrekk_media,
]
PLAY_DEV: list[Gen] = [
    play.webtrekk_page,
    play.didomi_consent,
    play.remote_config,
    play.hashed_settings,
    play.register,
    play.firebase_installation,
]
TADLAR_VIEW: list[Gen] = [
    tadlar.podcast_posiziun,
    tadlar.piano_av,
    tadlar.xiti_live,
    tadlar.tadla_istorgia,
    tadlar.adjust_event,
    tadlar.opaque_rows,
    tadlar.piano_av,
]
TADLAR_DEV: list[Gen] = [tadlar.adjust_session, tadlar.piano_screen]
EID_BIO: list[Gen] = [
    eid.facetec_liveness,
    eid.vectur_protobuf,
    eid.nfc_passport,
    eid.verificaziun_fatscha,
    eid.facetec_match_idscan,
    eid.frames_multipart,
    eid.resultat,
    eid.vectur_json,
    eid.facetec_liveness,
]
EID_DEV: list[Gen] = [eid.device_bind, eid.hashed_status, eid.hashed_status]
SJOCH_VIEW: list[Gen] = [
    sjoch.fierder_sjen,
    sjoch.comscore,
    sjoch.hertslach,
    sjoch.skiednis,
    sjoch.hex_beacon,
    lambda c: sjoch.comscore(c, "play"),
    sjoch.harke_posysje,
    sjoch.comscore,
]
SJOCH_DEV: list[Gen] = [
    sjoch.comscore_app,
    sjoch.register,
    sjoch.hashed_prefs,
    sjoch.firebase_installation,
]
REED_VIEW: list[Gen] = [reed.fideo_besjoen, reed.besjoen_list, reed.fideo_besjoen]
REED_BIO: list[Gen] = [reed.gesichten, reed.gesichten_raw, reed.gesichten]
REED_DEV: list[Gen] = [reed.login, reed.firebase_installation]
MOLKE_DEV: list[Gen] = [molke.register, molke.push_subscribe]
BERN_VIEW: list[Gen] = [bern.sjoen, bern.skermtiid_rapport, bern.sjoen, bern.history_pb]
BERN_DEV: list[Gen] = [bern.mdm_checkin, bern.start]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Families285.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            play.firebase_installation(c),
            play.register(c),
            play.didomi_consent(c),
            tadlar.adjust_session(c),
            eid.device_bind(c),
            sjoch.firebase_installation(c),
            sjoch.register(c),
            reed.firebase_installation(c),
            molke.register(c),
            bern.mdm_checkin(c),
            bern.start(c),
            background.weather(c),
        ]

    def play_block(self) -> None:
        self.some(
            [
                (0.5, play.catalog),
                (0.5, play.thumbnail),
                (0.7, play.hls_segment),
                (0.4, play.hls_segment),
                (0.2, play.tschertga),
                (0.2, play.programm),
                (0.15, play.ils_pli_guardads),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(PLAY_VIEW, "play_view")
        if self.p(0.35):
            self.next(PLAY_DEV, "play_dev")

    def tadlar_block(self) -> None:
        self.some(
            [
                (0.6, tadlar.now_playing),
                (0.6, tadlar.audio_chunk),
                (0.25, tadlar.rss_feed),
                (0.2, tadlar.tschercha),
            ]
        )
        if self.p(0.8):
            self.next(TADLAR_VIEW, "tadlar_view")
        if self.p(0.3):
            self.next(TADLAR_DEV, "tadlar_dev")

    def eid_block(self) -> None:
        self.some(
            [
                (0.5, eid.servetschs),
                (0.4, eid.session_token),
                (0.2, eid.mrz_only),
                (0.15, eid.formular),
                (0.15, eid.pdf),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(EID_BIO, "eid_bio")
        if self.p(0.3):
            self.next(EID_DEV, "eid_dev")

    def sjoch_block(self) -> None:
        self.some(
            [
                (0.5, sjoch.gids),
                (0.5, sjoch.thumbnail),
                (0.6, sjoch.dash_segment),
                (0.4, sjoch.nijs),
                (0.2, sjoch.sykje),
                (0.15, sjoch.meast_besjoen),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(SJOCH_VIEW, "sjoch_view")
        if self.p(0.35):
            self.next(SJOCH_DEV, "sjoch_dev")

    def reed_block(self) -> None:
        self.some(
            [
                (0.5, reed.thumbnail),
                (0.6, reed.hls),
                (0.25, reed.rute),
                (0.25, reed.iis),
                (0.1, reed.winkel),
            ]
        )
        if self.p(0.6):
            self.next(REED_VIEW, "reed_view")
        if self.p(0.55):
            self.next(REED_BIO, "reed_bio")
        if self.p(0.25):
            self.next(REED_DEV, "reed_dev")

    def molke_block(self) -> None:
        self.some(
            [
                (0.8, molke.molkproduksje),
                (0.7, molke.sensor_batch),
                (0.5, molke.sensor_batch),
                (0.5, molke.robot_status),
                (0.3, molke.fiedering),
                (0.3, molke.alarmen),
            ]
        )
        if self.p(0.25):
            self.next(MOLKE_DEV, "molke_dev")

    def bern_block(self) -> None:
        self.some([(0.6, bern.clip), (0.5, bern.thumbnail), (0.3, bern.katalogus)])
        if self.p(0.75):
            self.next(BERN_VIEW, "bern_view")
        if self.p(0.25):
            self.next(BERN_DEV, "bern_dev")


def generate_session(seed: int, target: int) -> tuple[Families285, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.2, s.play_block),
        (0.13, s.tadlar_block),
        (0.13, s.eid_block),
        (0.17, s.sjoch_block),
        (0.12, s.reed_block),
        (0.12, s.molke_block),
        (0.13, s.bern_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
