"""The script of the set-71 session: the tester in Almaty uses eight apps in
turn on a Galaxy A35 and the family's IPTV box, with ordinary background
traffic in between. Sensitive events rotate through a schedule per app so
that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background, bank, efir, kino, muz, sdks, sport, stalker, taxi, voice
from .phone import Phone71

START = 1732341600.0  # 2024-11-23T06:00:00Z (11:00 in Almaty)

Gen = Callable[[Context], Flow]


def _sdk(fn: Callable[[Context, str], Flow], app: str) -> Gen:
    return lambda c: fn(c, app)


KINO_VIEW: list[Gen] = [
    kino.prosmotr_log,
    kino.koru_heartbeat,
    kino.prodolzhit_list,
    kino.prosmotr_log,
    kino.sealed_beacon,
    kino.koru_heartbeat,
]
KINO_DEV: list[Gen] = [
    kino.register,
    kino.entitlements,
    _sdk(sdks.appmetrica_report, "kino"),
    _sdk(sdks.mytarget_ad, "kino"),
    _sdk(sdks.appmetrica_startup, "kino"),
]
EFIR_VIEW: list[Gen] = [
    efir.history_sync,
    efir.catchup_report,
    efir.stats_batch,
    efir.numeric_beacon,
    efir.catchup_report,
]
SPORT_VIEW: list[Gen] = [
    sport.heartbeat,
    sport.heartbeat,
    sport.watch_end,
    sport.qos_protobuf,
    sport.highlights_history,
]
MUZ_VIEW: list[Gen] = [
    muz.play_log,
    muz.audiobook_progress,
    muz.podcast_listen,
    muz.recently_played,
]
BOX_VIEW: list[Gen] = [
    stalker.play_log,
    stalker.channel_switch,
    stalker.set_last_id,
    stalker.channel_switch,
]
BANK_BIO: list[Gen] = [
    bank.luna_liveness,
    bank.regula_match,
    bank.liveness_result,
    bank.sumsub_selfie,
    bank.luna_verify_descriptor,
    bank.findface_detect,
    bank.sealed_biometry,
]
VOICE_BIO: list[Gen] = [
    voice.voice_login,
    voice.enrol,
    voice.voiceprint_sync,
    voice.voice_login,
    voice.avatar_blendshapes,
    voice.opaque_upload,
]
TAXI_BIO: list[Gen] = [taxi.selfie_check, taxi.match_result, taxi.selfie_b64, taxi.face_embedding]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone71.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            sdks.appmetrica_startup(c, "kino"),
            kino.register(c),
            stalker.box_checkin(c),
            stalker.handshake(c),
            stalker.get_profile(c),
            sdks.firebase_install(c, "bank"),
            bank.device_fingerprint(c),
            sdks.appsflyer_launch(c, "taxi"),
            sdks.adjust_session(c, "muz"),
            sdks.remote_config(c, "voice"),
            background.time_sync(c),
        ]

    def kino_block(self) -> None:
        self.some([(0.6, kino.katalog), (0.5, kino.poster), (0.7, kino.segment), (0.2, kino.poisk)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KINO_VIEW, "kino_view")
        if self.p(0.45):
            self.next(KINO_DEV, "kino_dev")

    def efir_block(self) -> None:
        self.some([(0.6, efir.epg), (0.2, efir.tariffs)])
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(EFIR_VIEW, "efir_view")
        self.some([(0.15, _sdk(sdks.appmetrica_report, "efir"))])

    def sport_block(self) -> None:
        self.some(
            [
                (0.7, sport.scores),
                (0.3, sport.shot_map),
                (0.25, sport.odds),
                (0.25, sport.tracking),
                (0.15, sport.vr_viewport),
            ]
        )
        if self.p(0.85):
            self.next(SPORT_VIEW, "sport_view")
        self.some([(0.3, _sdk(sdks.mytarget_ad, "sport"))])

    def muz_block(self) -> None:
        self.some(
            [
                (0.35, muz.ebook_position),
                (0.3, muz.lyrics),
                (0.3, muz.charts),
                (0.2, muz.similar_tracks),
            ]
        )
        if self.p(0.85):
            self.next(MUZ_VIEW, "muz_view")
        self.some([(0.12, _sdk(sdks.adjust_session, "muz"))])

    def box_block(self) -> None:
        self.some(
            [
                (0.5, stalker.watchdog),
                (0.5, stalker.create_link),
                (0.3, stalker.short_epg),
                (0.15, stalker.all_channels),
                (0.06, stalker.box_checkin),
                (0.05, stalker.get_profile),
            ]
        )
        if self.p(0.85):
            self.next(BOX_VIEW, "box_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, bank.transactions),
                (0.3, bank.fx_rates),
                (0.12, bank.signup_form),
                (0.12, bank.id_ocr),
                (0.15, bank.device_fingerprint),
                (0.08, _sdk(sdks.firebase_install, "bank")),
            ]
        )
        if self.p(0.85):
            self.next(BANK_BIO, "bank_bio")

    def voice_block(self) -> None:
        self.some([(0.5, voice.asr), (0.3, voice.tts), (0.25, voice.weather_skill)])
        self.some([(0.08, _sdk(sdks.remote_config, "voice"))])
        if self.p(0.85):
            self.next(VOICE_BIO, "voice_bio")

    def taxi_block(self) -> None:
        self.some(
            [
                (0.5, taxi.location_ping),
                (0.4, taxi.route),
                (0.3, taxi.fares),
                (0.1, taxi.car_photo),
                (0.1, taxi.profile),
                (0.1, _sdk(sdks.appsflyer_launch, "taxi")),
            ]
        )
        if self.p(0.85):
            self.next(TAXI_BIO, "taxi_bio")


def generate_session(seed: int, target: int) -> tuple[Phone71, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.kino_block),
        (0.12, s.efir_block),
        (0.12, s.sport_block),
        (0.11, s.muz_block),
        (0.13, s.box_block),
        (0.14, s.bank_block),
        (0.12, s.voice_block),
        (0.12, s.taxi_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
