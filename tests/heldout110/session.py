"""The script of the set-110 session: a family in Addis Ababa, Mekelle and Asmara
uses a Tecno phone, an Android TV box with IPTV and a Bluetooth speaker: drama
streaming, Tigrinya music and radio, Orthodox hymns and sermons, a Quran app, a
football streamer, the IPTV portal, a mobile-money wallet with face
verification, the telco's Voice ID, a ride-hailing driver app with selfie checks
and the speaker's companion app, with the SDKs these apps carry and ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    arada,
    background,
    birr,
    driver,
    iptv,
    kuas,
    mezmur,
    quran,
    speaker,
    telco,
    trackers,
    wegahta,
)
from .phone import Phone110

START = 1732438800.0  # 2024-11-24T09:00:00Z (12:00 in Addis Ababa)

Gen = Callable[[Context], Flow]

ARADA_VIEW: list[Gen] = [
    arada.watch_progress,
    arada.player_event,
    arada.continue_watching,
    arada.resume_blob,
    arada.player_event,
    arada.watch_progress,
]
ARADA_SDK: list[Gen] = [
    trackers.appsflyer_launch,
    trackers.firebase_installation,
    trackers.athena_upload,
    trackers.appsflyer_subscribe_event,
    trackers.athena_opaque,
]
WEGAHTA_VIEW: list[Gen] = [
    wegahta.listen_log,
    wegahta.radio_tuning,
    wegahta.legacy_rows,
    wegahta.listen_log,
    wegahta.radio_tuning,
]
WEGAHTA_SDK: list[Gen] = [trackers.onesignal_session, trackers.onesignal_player]
MEZMUR_VIEW: list[Gen] = [
    mezmur.sermon_history,
    mezmur.geez_events,
    mezmur.pixel,
    mezmur.geez_events,
    mezmur.sermon_history,
]
QURAN_VIEW: list[Gen] = [
    quran.listen_progress,
    quran.sync_last_listened,
    quran.listen_rows,
    quran.listen_progress,
]
KUAS_VIEW: list[Gen] = [kuas.heartbeat, kuas.heartbeat, kuas.pixel, kuas.highlights_history]
BOX_VIEW: list[Gen] = [iptv.play_log, iptv.set_last_id, iptv.play_log]
BOX_DEV: list[Gen] = [iptv.handshake, iptv.get_profile, iptv.ota_check, iptv.player_app_launch]
BIRR_BIO: list[Gen] = [birr.face_verify, birr.face_template, birr.stepup_envelope, birr.face_verify]
BIRR_DEV: list[Gen] = [birr.device_bind, birr.hashed_id_check]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.ivr_fallback,
    telco.voice_verify,
]
DRIVER_BIO: list[Gen] = [
    driver.selfie_check,
    driver.face_audit,
    driver.quick_recheck,
    driver.selfie_check,
]
SPEAKER_DEV: list[Gen] = [
    speaker.firmware_check,
    speaker.usage_ping,
    speaker.register,
    speaker.usage_ping,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone110.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            trackers.athena_upload(c),
            trackers.firebase_installation(c),
            trackers.appsflyer_launch(c),
            trackers.onesignal_player(c),
            birr.device_bind(c),
            telco.device_info(c),
            driver.device_register(c),
            iptv.handshake(c),
            iptv.get_profile(c),
            speaker.register(c),
            background.time_sync(c),
        ]

    def arada_block(self) -> None:
        self.some(
            [
                (0.6, arada.home_rails),
                (0.7, arada.poster),
                (0.7, arada.hls_segment),
                (0.5, arada.hls_segment),
                (0.25, arada.search),
                (0.1, arada.subscribe),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(ARADA_VIEW, "arada_view")
        if self.p(0.6):
            self.next(ARADA_SDK, "arada_sdk")

    def wegahta_block(self) -> None:
        self.some(
            [
                (0.5, wegahta.charts),
                (0.5, wegahta.artwork),
                (0.5, wegahta.radio_stream),
                (0.3, wegahta.lyrics),
                (0.15, wegahta.download_offline),
            ]
        )
        if self.p(0.85):
            self.next(WEGAHTA_VIEW, "wegahta_view")
        if self.p(0.3):
            self.next(WEGAHTA_SDK, "wegahta_sdk")

    def mezmur_block(self) -> None:
        self.some(
            [
                (0.5, mezmur.hymn_catalogue),
                (0.7, mezmur.audio_fetch),
                (0.35, mezmur.synaxarium_progress),
                (0.2, mezmur.fasting_calendar),
                (0.1, mezmur.asrat),
                (0.15, mezmur.icon_recognition),
            ]
        )
        if self.p(0.8):
            self.next(MEZMUR_VIEW, "mezmur_view")

    def quran_block(self) -> None:
        self.some(
            [
                (0.6, quran.recitation_audio),
                (0.4, quran.reading_bookmark),
                (0.4, quran.prayer_times),
                (0.3, quran.translation),
                (0.3, trackers.facebook_activities),
                (0.2, quran.tajweed_check),
            ]
        )
        if self.p(0.8):
            self.next(QURAN_VIEW, "quran_view")

    def kuas_block(self) -> None:
        self.some(
            [
                (0.6, kuas.live_scores),
                (0.3, kuas.standings),
                (0.5, kuas.manifest),
                (0.3, kuas.ad_request),
                (0.3, trackers.ga4_app_event),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(KUAS_VIEW, "kuas_view")

    def box_block(self) -> None:
        self.some([(0.5, iptv.watchdog), (0.3, iptv.all_channels), (0.4, iptv.epg)])
        if self.p(0.8):
            self.next(BOX_VIEW, "box_view")
        if self.p(0.35):
            self.next(BOX_DEV, "box_dev")

    def birr_block(self) -> None:
        self.some(
            [
                (0.6, birr.balance),
                (0.4, birr.send_money),
                (0.3, birr.statement),
                (0.25, birr.merchant_qr),
                (0.1, birr.kyc_form),
            ]
        )
        if self.p(0.6):
            self.next(BIRR_BIO, "birr_bio")
        if self.p(0.35):
            self.next(BIRR_DEV, "birr_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.5, telco.bundles),
                (0.5, telco.balance),
                (0.3, telco.voice_command),
                (0.2, telco.topup),
                (0.1, telco.device_info),
            ]
        )
        if self.p(0.6):
            self.next(TELCO_BIO, "telco_bio")

    def driver_block(self) -> None:
        self.some(
            [
                (0.8, driver.gps_ping),
                (0.5, driver.gps_ping),
                (0.4, driver.trip_offer),
                (0.2, driver.earnings),
                (0.15, driver.fleet_tablet),
                (0.1, driver.driver_b64_doc),
                (0.05, driver.device_register),
            ]
        )
        if self.p(0.6):
            self.next(DRIVER_BIO, "driver_bio")

    def speaker_block(self) -> None:
        self.some(
            [
                (0.4, speaker.eq_preset),
                (0.3, speaker.battery_history),
                (0.15, speaker.party_link),
                (0.4, speaker.now_playing),
            ]
        )
        if self.p(0.6):
            self.next(SPEAKER_DEV, "speaker_dev")


def generate_session(seed: int, target: int) -> tuple[Phone110, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.arada_block),
        (0.1, s.wegahta_block),
        (0.1, s.mezmur_block),
        (0.09, s.quran_block),
        (0.1, s.kuas_block),
        (0.1, s.box_block),
        (0.11, s.birr_block),
        (0.09, s.telco_block),
        (0.1, s.driver_block),
        (0.08, s.speaker_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
