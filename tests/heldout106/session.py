"""The script of the set-106 session: a curator's working day (and evening) on
her own Galaxy S23. Most of it is the museum's systems seen through the staff
app (audio-guide fleet, gallery sensors, collection database, digitisation,
exhibition screens, conservation lab, ticketing); now and then her own apps
(Podimo, DR TV / DR LYD, her bank, Garmin Connect, TV 2 Nyheder) send what is
truly hers. Sensitive events rotate through a schedule per app so that even a
small set covers each family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    audioguide,
    background,
    bank,
    collection,
    conservation,
    digitisation,
    drtv,
    garmin,
    news,
    podcast,
    screens,
    sensors,
    staffapp,
    tickets,
)
from .phone import CuratorPhone

START = 1730793600.0 + 7 * 3600  # 2024-11-05T07:00:00Z, 08:00 in Copenhagen

Gen = Callable[[Context], Flow]

PODCAST_VIEW: list[Gen] = [
    podcast.save_progress,
    podcast.continue_listening,
    podcast.save_progress,
    podcast.offline_batch,
    podcast.save_progress,
]
PODCAST_DEV: list[Gen] = [podcast.adjust_event, podcast.adjust_session]
DR_VIEW: list[Gen] = [
    drtv.watched,
    drtv.live_heartbeat,
    drtv.lyd_progress,
    drtv.continue_watching,
    drtv.compact_beacon,
    drtv.watched,
]
BANK_BIO: list[Gen] = [bank.face_login, bank.face_login, bank.face_login_jwe, bank.face_enrol]
GARMIN_DEV: list[Gen] = [garmin.devices, garmin.fit_upload, garmin.register, garmin.devices]
NEWS_DEV: list[Gen] = [news.gam_ad, news.appsflyer_launch, news.gam_ad, news.consent_ping]
STAFF_DEV: list[Gen] = [staffapp.config, staffapp.login]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, CuratorPhone.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            news.gam_ad(c),
            staffapp.login(c),
            audioguide.fleet_status(c),
            sensors.counter_counts(c),
            bank.face_login(c),
            drtv.continue_watching(c),
            collection.portrait_record(c),
            background.dmi_weather(c),
        ]

    def audioguide_block(self) -> None:
        self.some(
            [
                (0.6, audioguide.fleet_status),
                (0.5, audioguide.play_log),
                (0.4, audioguide.player_detail),
                (0.3, audioguide.dock_sync),
                (0.3, audioguide.track_stats),
                (0.2, audioguide.track_edit),
                (0.4, audioguide.track_audio),
                (0.3, audioguide.loan_checkout),
                (0.1, audioguide.transcribe_track),
            ]
        )

    def sensors_block(self) -> None:
        self.some(
            [
                (0.6, sensors.counter_counts),
                (0.4, sensors.occupancy_heatmap),
                (0.5, sensors.climate_readings),
                (0.2, sensors.climate_alarm),
                (0.4, sensors.dwell_aggregates),
            ]
        )

    def collection_block(self) -> None:
        self.some(
            [
                (0.7, collection.portrait_record),
                (0.4, collection.face_finder_job),
                (0.4, collection.similar_works),
                (0.2, collection.embedding_index),
                (0.8, collection.iiif_tile),
                (0.5, collection.iiif_tile),
                (0.3, collection.smk_search),
                (0.3, collection.sitter_search),
                (0.3, collection.record_edit),
            ]
        )

    def digitisation_block(self) -> None:
        self.some(
            [
                (0.5, digitisation.capture_session),
                (0.5, digitisation.colour_target),
                (0.4, digitisation.label_ocr),
                (0.7, digitisation.tiff_chunk),
                (0.5, digitisation.tiff_chunk),
                (0.3, digitisation.queue_status),
            ]
        )

    def screens_block(self) -> None:
        self.some(
            [
                (0.6, screens.proof_of_play),
                (0.6, screens.loop_sync),
                (0.3, screens.projector_health),
                (0.2, screens.playlist_publish),
                (0.4, screens.media_file),
                (0.15, screens.subtitle_edit),
            ]
        )

    def conservation_block(self) -> None:
        self.some(
            [
                (0.6, conservation.xrf_spectrum),
                (0.4, conservation.microfade),
                (0.3, conservation.condition_report),
                (0.3, conservation.hygrometer),
            ]
        )

    def tickets_block(self) -> None:
        self.some(
            [
                (0.6, tickets.most_visited),
                (0.5, tickets.survey_aggregates),
                (0.4, tickets.daily_sales),
                (0.3, tickets.order_lookup),
                (0.3, tickets.timeslots),
            ]
        )

    def staff_block(self) -> None:
        self.some([(0.6, staffapp.schedule)])
        if self.p(0.3):
            self.next(STAFF_DEV, "staff_dev")

    def podcast_block(self) -> None:
        self.some(
            [
                (0.5, podcast.search),
                (0.4, podcast.chart),
                (0.8, podcast.audio),
                (0.5, podcast.audio),
            ]
        )
        if self.p(0.5):
            self.next(PODCAST_VIEW, "podcast_view")
        if self.p(0.25):
            self.next(PODCAST_DEV, "podcast_dev")

    def drtv_block(self) -> None:
        self.some(
            [
                (0.7, drtv.manifest),
                (0.5, drtv.most_watched),
                (0.4, drtv.recommendations),
                (0.3, drtv.tv_guide),
                (0.03, drtv.register_device),
            ]
        )
        if self.p(0.55):
            self.next(DR_VIEW, "dr_view")

    def bank_block(self) -> None:
        self.some(
            [
                (0.7, bank.balance),
                (0.6, bank.transactions),
                (0.3, bank.fx_series),
                (0.3, bank.card_map),
                (0.1, bank.profile_form),
            ]
        )
        if self.p(0.7):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.15):
            self.flows.append(bank.device_bind(self.ctx))

    def garmin_block(self) -> None:
        self.some(
            [
                (0.6, garmin.daily_summary),
                (0.5, garmin.heart_rate),
                (0.3, garmin.bike_track),
                (0.3, garmin.watch_face),
            ]
        )
        if self.p(0.45):
            self.next(GARMIN_DEV, "garmin_dev")

    def news_block(self) -> None:
        self.some(
            [
                (0.8, news.front_page),
                (0.4, news.face_article),
                (0.4, news.most_read),
                (0.3, news.weather_widget),
            ]
        )
        if self.p(0.45):
            self.next(NEWS_DEV, "news_dev")


def generate_session(seed: int, target: int) -> tuple[CuratorPhone, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.audioguide_block),
        (0.12, s.sensors_block),
        (0.14, s.collection_block),
        (0.08, s.digitisation_block),
        (0.10, s.screens_block),
        (0.06, s.conservation_block),
        (0.08, s.tickets_block),
        (0.04, s.staff_block),
        (0.06, s.podcast_block),
        (0.06, s.drtv_block),
        (0.07, s.bank_block),
        (0.04, s.garmin_block),
        (0.06, s.news_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
