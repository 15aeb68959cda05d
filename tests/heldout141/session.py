"""The script of the set-141 session: an Ohio household's evening across its phones,
iPad, TV, watch, doorbell, speaker and car, with ordinary background traffic in
between. Sensitive events rotate through a schedule per app so that even a small
set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    audiobooks,
    background,
    bank,
    fitness,
    home,
    livetv,
    marquee,
    music,
    news,
    podcast,
    retail,
    sdkwire,
    social,
    speaker,
    sports,
    tv,
)
from .phone import Household

START = 1732575600.0  # 2024-11-25T23:00:00Z, 6 pm in Ohio

Gen = Callable[[Context], Flow]
Table = list[tuple[float, Gen]]


def marquee_segment(c: Context) -> Flow:
    props = {
        "asset_id": c.rng.choice(marquee.TITLES)[0],
        "position": c.rng.randint(10, 3000),
        "total_length": 3120,
        "livestream": False,
        "session_id": "ps_" + str(c.rng.randint(10**5, 10**6)),
    }
    return sdkwire.segment_track(c, "marquee", "Video Content Playing", props, "idfv_stream", True)


def marquee_braze(c: Context) -> Flow:
    title = c.rng.choice(marquee.TITLES)[1]
    events = [
        {
            "name": "ce",
            "time": int(c.now),
            "data": {
                "n": "title_watched",
                "p": {"title": title, "minutes_watched": c.rng.randint(5, 60)},
            },
        }
    ]
    return sdkwire.braze(c, "marquee", events, "idfv_stream", True)


def marquee_opaque_attrib(c: Context) -> Flow:
    return sdkwire.opaque_sdk_blob(c, "marqueeplus", "idfv_stream")


MARQUEE_VIEW: list[Gen] = [
    marquee.bookmark,
    marquee.conviva_hb,
    marquee.continue_watching,
    marquee_segment,
    marquee.mux_beacon,
    marquee.firetv_progress_opaque,
    marquee_braze,
    marquee.bookmark,
]
MARQUEE_DEV: list[Gen] = [marquee.device_register, marquee.firetv_ad_break, marquee_opaque_attrib]
LIVE_VIEW: list[Gen] = [
    livetv.tuning_log,
    livetv.nielsen_dcr,
    livetv.tuning_log,
    livetv.tuning_protobuf,
]
SPORTS_VIEW: list[Gen] = [sports.highlight_progress, sports.highlight_watched]
SPORTS_DEV: list[Gen] = [
    sports.applovin_max,
    sports.ironsource_init,
    sports.unity_ads,
    sports.ad_config_opaque,
    sports.screen_views,
]
POD_VIEW: list[Gen] = [
    podcast.sync_progress,
    podcast.amplitude_played,
    podcast.listen_history,
    podcast.batch_opaque,
]
MUSIC_VIEW: list[Gen] = [
    music.play_event,
    music.mixpanel_played,
    music.recently_played,
    music.play_log_protobuf,
    music.play_event,
]
BOOK_VIEW: list[Gen] = [
    audiobooks.listening_position,
    audiobooks.listening_stats,
    audiobooks.position_opaque,
]
BANK_BIO: list[Gen] = [
    bank.onfido_live_photo,
    bank.onfido_motion,
    bank.face_reauth_jwe,
    bank.onfido_live_photo,
    bank.onfido_document,
]
BANK_DEV: list[Gen] = [bank.device_bind, bank.device_risk_hash]
FIT_VIEW: list[Gen] = [
    fitness.class_progress,
    fitness.recently_taken,
    fitness.class_beacon_opaque,
    fitness.class_progress,
]
FIT_DEV: list[Gen] = [fitness.watch_heart_rate, fitness.kochava_session, fitness.watch_ping_opaque]
SOCIAL_BIO: list[Gen] = [
    social.face_mesh_sync,
    social.blendshape_stream,
    social.age_gate_selfie,
    social.face_lock_opaque,
    social.face_mesh_sync,
]
SPEAKER_BIO: list[Gen] = [
    speaker.speaker_identify,
    speaker.voice_enrol,
    speaker.speaker_identify,
    speaker.speaker_identify_opaque,
]
NEWS_VIEW: list[Gen] = [news.comscore, news.watched_videos, news.comscore]
TV_VIEW: list[Gen] = [tv.roku_acr, tv.samba_fingerprints, tv.roku_acr, tv.roku_watch_report_opaque]
TV_DEV: list[Gen] = [tv.ecp_device_info, tv.roku_ad_request]
HOME_DEV: list[Gen] = [
    home.bell_register,
    home.vehicle_status,
    home.bell_health,
    home.vehicle_telemetry_opaque,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive_apple(c),
            marquee.device_register(c),
            social.appsflyer_launch(c),
            retail.branch(c),
            bank.device_bind(c),
            music.adjust_session(c),
            news.singular_start(c),
            speaker.device_setup(c),
            home.bell_register(c),
            background.generate_204(c),
        ]

    def app(self, table: Table, sensitive: list[tuple[float, list[Gen], str]]) -> None:
        self.some(table)
        for prob, schedule, key in sensitive:
            if self.p(prob):
                self.next(schedule, key)

    def marquee_block(self) -> None:
        self.app(
            [
                (0.6, marquee.manifest),
                (0.7, marquee.artwork),
                (0.5, marquee.artwork),
                (0.4, marquee.top10_rail),
                (0.3, marquee.search),
                (0.2, marquee.profiles),
            ],
            [
                (0.9, MARQUEE_VIEW, "mq_view"),
                (0.5, MARQUEE_VIEW, "mq_view"),
                (0.35, MARQUEE_DEV, "mq_dev"),
            ],
        )

    def live_block(self) -> None:
        self.app(
            [
                (0.5, livetv.epg_grid),
                (0.6, livetv.ssai_playlist),
                (0.4, livetv.dai_stream),
                (0.3, livetv.location_check),
            ],
            [(0.8, LIVE_VIEW, "live_view")],
        )

    def sports_block(self) -> None:
        self.app(
            [
                (0.7, sports.live_scores),
                (0.4, sports.win_probability),
                (0.4, sports.most_watched),
                (0.4, sports.clip_fetch),
            ],
            [(0.6, SPORTS_VIEW, "sp_view"), (0.6, SPORTS_DEV, "sp_dev")],
        )

    def podcast_block(self) -> None:
        self.app(
            [
                (0.4, podcast.feed),
                (0.5, podcast.download),
                (0.3, podcast.charts),
                (0.3, podcast.amplitude_ui),
            ],
            [(0.8, POD_VIEW, "pod_view")],
        )

    def music_block(self) -> None:
        self.app(
            [
                (0.4, music.lyrics),
                (0.3, music.top50),
                (0.2, music.equaliser),
                (0.2, music.mixpanel_ui),
                (0.15, music.adjust_session),
            ],
            [(0.85, MUSIC_VIEW, "mu_view")],
        )

    def books_block(self) -> None:
        self.app(
            [
                (0.5, audiobooks.ebook_position),
                (0.3, audiobooks.sample_clip),
                (0.3, audiobooks.store),
                (0.3, audiobooks.appsflyer_launch),
            ],
            [(0.7, BOOK_VIEW, "bk_view")],
        )

    def bank_block(self) -> None:
        self.app(
            [
                (0.7, bank.balances),
                (0.6, bank.transactions),
                (0.2, bank.check_deposit),
                (0.2, bank.check_result),
            ],
            [(0.6, BANK_BIO, "bank_bio"), (0.4, BANK_DEV, "bank_dev")],
        )

    def fitness_block(self) -> None:
        self.app(
            [(0.4, fitness.leaderboard), (0.5, fitness.catalogue), (0.3, fitness.form_feedback)],
            [(0.8, FIT_VIEW, "fit_view"), (0.5, FIT_DEV, "fit_dev")],
        )

    def social_block(self) -> None:
        self.app(
            [
                (0.6, social.feed),
                (0.4, social.stickers),
                (0.3, social.pet_filter),
                (0.3, social.braze_events),
            ],
            [(0.8, SOCIAL_BIO, "soc_bio")],
        )

    def speaker_block(self) -> None:
        self.app(
            [
                (0.6, speaker.voice_command),
                (0.3, speaker.routines),
                (0.2, speaker.alarm_sync),
                (0.2, speaker.device_list),
                (0.3, speaker.mparticle_event),
            ],
            [(0.75, SPEAKER_BIO, "spk_bio")],
        )

    def retail_block(self) -> None:
        self.app(
            [
                (0.7, retail.search),
                (0.3, retail.price_history),
                (0.3, retail.recently_viewed),
                (0.2, retail.weekly_ad_video),
                (0.3, retail.store_locator),
                (0.15, retail.checkout),
                (0.3, retail.segment_product),
                (0.1, retail.consent),
                (0.1, retail.branch),
            ],
            [],
        )

    def news_block(self) -> None:
        self.app(
            [
                (0.6, news.article),
                (0.3, news.trending),
                (0.3, news.radar),
                (0.4, news.video_fetch),
                (0.05, news.breaking_push),
                (0.4, news.gam_ad),
                (0.1, news.singular_start),
            ],
            [(0.7, NEWS_VIEW, "news_view")],
        )

    def tv_block(self) -> None:
        self.app(
            [(0.6, tv.ecp_keypress), (0.4, tv.ecp_keypress), (0.3, tv.home_row)],
            [(0.85, TV_VIEW, "tv_view"), (0.35, TV_DEV, "tv_dev")],
        )

    def home_block(self) -> None:
        self.app(
            [(0.5, home.motion_events), (0.4, home.snapshot), (0.3, home.trip_summary)],
            [(0.5, HOME_DEV, "home_dev")],
        )


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.marquee_block),
        (0.08, s.live_block),
        (0.07, s.sports_block),
        (0.07, s.podcast_block),
        (0.07, s.music_block),
        (0.05, s.books_block),
        (0.08, s.bank_block),
        (0.06, s.fitness_block),
        (0.08, s.social_block),
        (0.06, s.speaker_block),
        (0.07, s.retail_block),
        (0.06, s.news_block),
        (0.07, s.tv_block),
        (0.05, s.home_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
