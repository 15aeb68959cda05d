"""The script of the set-67 session: on a Pixel 8a in Israel and Cyprus the
family uses an Israeli and a Greek streaming app (casting to their Chromecast),
a kids' cartoon app, a sports app, a music / podcast app, a news app, a bank,
a digital-ID wallet, a voice-note app and the doorbell app, with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import background as bg
from . import bank, chromecast, digid, doorbell, kids, masach, music, news, sport, theama, voice
from .phone import Phone67

START = 1731571200.0  # 2024-11-14T08:00:00Z

Gen = Callable[[Context], Flow]

MASACH_VIEW: list[Gen] = [
    masach.tzfiya_log,
    masach.hemshech_sync,
    masach.hebrew_heartbeat,
    masach.cast_session,
    masach.tzfiya_log,
    masach.opaque_beacon,
]
MASACH_DEV: list[Gen] = [masach.register, masach.ima, chromecast.eureka_info, chromecast.home_graph]
THEAMA_VIEW: list[Gen] = [
    theama.greek_progress,
    theama.greeklish_log,
    theama.synexeia,
    theama.gz_batch,
    theama.opaque_stats,
    theama.greek_progress,
]
THEAMA_DEV: list[Gen] = [theama.device_bind, theama.header_device, theama.tv_pairing, theama.af]
KIDS_VIEW: list[Gen] = [
    kids.episode_watched,
    kids.ga_episode,
    kids.screen_time,
    kids.episode_watched,
]
SPORT_VIEW: list[Gen] = [sport.npaw_start, sport.npaw_ping, sport.live_heartbeat, sport.npaw_ping]
SPORT_DEV: list[Gen] = [sport.device_register, sport.adjust]
MUSIC_VIEW: list[Gen] = [
    music.play_log,
    music.podcast_progress,
    music.audiobook_sync,
    music.recently_played,
    music.queue_sync,
    music.play_log,
]
MUSIC_DEV: list[Gen] = [music.device_header, music.adjust]
NEWS_VIEW: list[Gen] = [news.clip_view, news.ga_video, news.clip_view]
NEWS_DEV: list[Gen] = [news.taboola, news.outbrain, news.firebase, news.ima]
BANK_BIO: list[Gen] = [
    bank.onfido_photo,
    bank.face_login,
    bank.onfido_video,
    bank.iproov_frames,
    bank.face_login,
]
BANK_DEV: list[Gen] = [bank.device_binding, bank.af]
DIGID_BIO: list[Gen] = [
    digid.au10tix_selfie,
    digid.facetec,
    digid.taftisi_prosopou,
    digid.jumio_liveness,
    digid.greek_result,
    lambda c: digid.facetec(c, "match-3d-3d"),
]
VOICE_BIO: list[Gen] = [
    voice.verify,
    voice.enrol,
    voice.voiceprint_sync,
    voice.multipart_verify,
    voice.opaque_sync,
    voice.verify,
]
BELL_BIO: list[Gen] = [
    doorbell.face_event,
    doorbell.recognised,
    doorbell.familiar_enrol,
    doorbell.face_event,
]
BELL_DEV: list[Gen] = [
    doorbell.device_list,
    doorbell.bind,
    doorbell.snapshot,
    doorbell.opaque_status,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone67.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            bg.generate_204(c),
            masach.register(c),
            theama.device_bind(c),
            news.firebase(c),
            bank.device_binding(c),
            digid.attest(c),
            doorbell.bind(c),
            chromecast.eureka_info(c),
            bg.flags(c),
        ]

    def masach_block(self) -> None:
        self.some(
            [
                (0.5, masach.catalogue),
                (0.8, masach.segment),
                (0.6, masach.segment),
                (0.2, masach.search),
                (0.3, masach.epg),
                (0.1, chromecast.cast_app_list),
            ]
        )
        self.next(MASACH_VIEW, "masach_view", self.rng.randint(1, 2))
        if self.p(0.35):
            self.next(MASACH_DEV, "masach_dev")

    def theama_block(self) -> None:
        self.some([(0.7, theama.poster), (0.4, theama.most_watched), (0.4, theama.poster)])
        self.next(THEAMA_VIEW, "theama_view", self.rng.randint(1, 2))
        if self.p(0.35):
            self.next(THEAMA_DEV, "theama_dev")

    def kids_block(self) -> None:
        self.some(
            [
                (0.8, kids.thumbnail),
                (0.3, kids.colouring),
                (0.15, kids.age_gate),
                (0.2, kids.register_device),
                (0.2, kids.adjust),
            ]
        )
        self.next(KIDS_VIEW, "kids_view")

    def sport_block(self) -> None:
        self.some(
            [
                (0.7, sport.scores),
                (0.3, sport.shot_map),
                (0.25, sport.odds),
                (0.2, sport.stadium_view),
            ]
        )
        self.next(SPORT_VIEW, "sport_view", self.rng.randint(1, 2))
        if self.p(0.3):
            self.next(SPORT_DEV, "sport_dev")

    def music_block(self) -> None:
        self.some([(0.7, music.audio_chunk), (0.3, music.charts), (0.15, music.equaliser)])
        self.next(MUSIC_VIEW, "music_view", self.rng.randint(1, 2))
        if self.p(0.3):
            self.next(MUSIC_DEV, "music_dev")

    def news_block(self) -> None:
        self.some([(0.4, news.most_watched), (0.5, news.clip_mp4), (0.25, news.face_article)])
        if self.p(0.8):
            self.next(NEWS_VIEW, "news_view")
        if self.p(0.6):
            self.next(NEWS_DEV, "news_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.6, bank.transactions),
                (0.3, bank.fx_rates),
                (0.15, bank.kyc_form),
                (0.3, bank.iproov_token),
            ]
        )
        self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def digid_block(self) -> None:
        self.some([(0.3, digid.doc_scan), (0.3, digid.certificates), (0.2, digid.attest)])
        self.next(DIGID_BIO, "digid_bio")

    def voice_block(self) -> None:
        self.some([(0.4, voice.transcribe), (0.3, voice.waveform), (0.2, voice.device)])
        self.next(VOICE_BIO, "voice_bio")

    def bell_block(self) -> None:
        self.some([(0.35, doorbell.motion_zones), (0.5, doorbell.person_boxes)])
        self.next(BELL_BIO, "bell_bio")
        if self.p(0.5):
            self.next(BELL_DEV, "bell_dev")


def generate_session(seed: int, target: int) -> tuple[Phone67, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.masach_block),
        (0.09, s.theama_block),
        (0.07, s.kids_block),
        (0.09, s.sport_block),
        (0.08, s.music_block),
        (0.08, s.news_block),
        (0.11, s.bank_block),
        (0.09, s.digid_block),
        (0.09, s.voice_block),
        (0.10, s.bell_block),
    ]
    return s.finish(blocks, bg.BENIGN, target, 0.35)
