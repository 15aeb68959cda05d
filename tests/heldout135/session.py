"""The script of the set-135 session: the family's apps in turn (catch-up TV,
anime, radio, karaoke, manga, securities eKYC, dating, fitness, vtuber) and the
household's TV, console and car navi, with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a
small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    anime,
    background,
    bank,
    catchup,
    dating,
    fitness,
    household,
    karaoke,
    manga,
    radio,
    sdks,
    vtuber,
)
from .phone import Phone135

START = 1733011200.0  # 2024-12-01T00:00:00Z (09:00 JST)

Gen = Callable[[Context], Flow]

CATCHUP_VIEW: list[Gen] = [
    catchup.saisei_heartbeat,
    catchup.shichou_rireki,
    lambda c: catchup.saisei_heartbeat(c, "pause"),
    catchup.compact_beacon,
    lambda c: catchup.saisei_heartbeat(c, "kanryou"),
]
ANIME_VIEW: list[Gen] = [anime.shinchoku, anime.tsuzuki, anime.shinchoku, anime.msgpack_batch]
RADIO_VIEW: list[Gen] = [
    radio.tyousyu_log,
    radio.timefree_resume,
    radio.numbered_beacon,
    radio.tyousyu_log,
]
TV_VIEW: list[Gen] = [household.hc_senkyoku, household.hc_senkyoku, household.hc_numbered]
BANK_BIO: list[Gen] = [
    bank.trustdock_selfie,
    bank.liveness,
    bank.face_crop_encrypted,
    bank.liveness,
]
DATE_BIO: list[Gen] = [
    dating.selfie_verify,
    dating.face_template,
    dating.template_opaque,
    dating.face_template,
]
VT_BIO: list[Gen] = [
    vtuber.face_tracking,
    vtuber.face_tracking,
    vtuber.frame_binary,
    vtuber.face_tracking,
]
FIT_VIEW: list[Gen] = [fitness.douga_shichou, fitness.douga_shichou, fitness.stats_pb]
ADS: list[Gen] = [
    sdks.nend_ad,
    sdks.fluct_ad,
    sdks.imobile_ad,
    sdks.firebase_log,
    sdks.repro_events,
    sdks.adjust_session,
    sdks.appsflyer_launch,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone135.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            catchup.tanmatsu_touroku(c),
            sdks.appsflyer_launch(c),
            anime.device_register(c),
            manga.login(c),
            vtuber.install(c),
            bank.device_bind(c),
            household.tv_firmware(c),
            household.console_presence(c),
            household.navi_probe(c),
            sdks.onetrust_consent(c),
        ]

    def ad(self) -> None:
        if self.p(0.45):
            self.next(ADS, "ads")

    def catchup_block(self) -> None:
        self.some(
            [
                (0.6, catchup.catalogue),
                (0.5, catchup.ninki_ranking),
                (0.7, catchup.manifest),
                (0.6, catchup.thumbnail),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(CATCHUP_VIEW, "catchup_view")
        self.ad()

    def anime_block(self) -> None:
        self.some(
            [
                (0.5, anime.trending),
                (0.4, anime.search),
                (0.7, anime.key_art),
                (0.05, anime.device_register),
            ]
        )
        if self.p(0.85):
            self.next(ANIME_VIEW, "anime_view")
        self.ad()

    def radio_block(self) -> None:
        self.some([(0.6, radio.area_check), (0.3, radio.station_list), (0.5, radio.now_on_air)])
        if self.p(0.8):
            self.next(RADIO_VIEW, "radio_view")

    def karaoke_block(self) -> None:
        self.some(
            [
                (0.7, karaoke.score_upload),
                (0.3, karaoke.voice_type),
                (0.3, karaoke.kashou_rireki),
                (0.3, karaoke.recording_upload),
            ]
        )
        if self.p(0.5):
            self.flows.append(karaoke.kiita_kyoku(self.ctx))
        self.ad()

    def manga_block(self) -> None:
        self.some(
            [
                (0.8, manga.page_image),
                (0.7, manga.page_image),
                (0.7, manga.yomi_rireki),
                (0.3, manga.kidoku_list),
                (0.3, lambda c: sdks.fluct_ad(c, ios=True)),
            ]
        )

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.quotes),
                (0.3, bank.order),
                (0.3, bank.trustdock_card),
                (0.1, bank.device_bind),
            ]
        )
        if self.p(0.6):
            self.next(BANK_BIO, "bank_bio")

    def dating_block(self) -> None:
        self.some([(0.6, dating.swipe_feed), (0.3, dating.profile), (0.3, dating.profile_photo)])
        if self.p(0.55):
            self.next(DATE_BIO, "date_bio")
        self.ad()

    def fitness_block(self) -> None:
        self.some(
            [
                (0.5, fitness.form_check),
                (0.5, fitness.heart_rate),
                (0.3, fitness.run_track),
                (0.4, fitness.lesson_list),
            ]
        )
        if self.p(0.6):
            self.next(FIT_VIEW, "fit_view")

    def vtuber_block(self) -> None:
        self.some(
            [
                (0.4, vtuber.avatar_bones),
                (0.4, vtuber.room_chat),
                (0.3, vtuber.avatar_asset),
                (0.15, vtuber.thumbnail_upload),
                (0.05, vtuber.install),
            ]
        )
        if self.p(0.75):
            self.next(VT_BIO, "vt_bio")

    def house_block(self) -> None:
        self.some(
            [
                (0.5, household.hc_data_content),
                (0.2, household.tv_firmware),
                (0.3, household.console_playtime),
                (0.2, household.console_presence),
                (0.3, household.navi_probe),
                (0.15, household.navi_map_update),
                (0.1, household.rental_navi),
            ]
        )
        if self.p(0.7):
            self.next(TV_VIEW, "tv_view")


def generate_session(seed: int, target: int) -> tuple[Phone135, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.catchup_block),
        (0.11, s.anime_block),
        (0.09, s.radio_block),
        (0.09, s.karaoke_block),
        (0.10, s.manga_block),
        (0.10, s.bank_block),
        (0.09, s.dating_block),
        (0.09, s.fitness_block),
        (0.09, s.vtuber_block),
        (0.10, s.house_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
