"""The script of the set-61 session: the tester uses the Honor phone and the
family's TV box across Türkiye, the UAE and Qatar (two streaming apps, a sports
app, a Quran / podcast app, a bank, a government identity app, a telco app, a
smart-home app and a ride-hailing driver app), with ad SDKs and background
traffic in between. Sensitive events rotate through a schedule per app so that
even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import adsdk, background, bank, dizi, hawiya, home, mal3ab, ride, sahra, telco, tilawa, tvbox
from .phone import Phone61

START = 1772521200.0  # 2026-03-03T07:00:00Z

Gen = Callable[[Context], Flow]

ADS: list[Gen] = [
    adsdk.adjust_session,
    adsdk.appsflyer_launch,
    adsdk.applovin_event,
    adsdk.unity_config,
    adsdk.mintegral_report,
    adsdk.petal_ad_request,
    adsdk.appsflyer_encrypted,
    lambda c: adsdk.adjust_session(c, "event"),
    adsdk.petal_opaque,
]
DIZI_VIEW: list[Gen] = [
    dizi.heartbeat,
    dizi.youbora_ping,
    dizi.continue_watching,
    dizi.heartbeat,
    dizi.watch_log,
    dizi.opaque_beacon,
    dizi.youbora_ping,
]
SAHRA_VIEW: list[Gen] = [
    sahra.progress,
    sahra.ga4_video,
    sahra.arabic_history,
    sahra.tv_continue,
    sahra.progress,
    sahra.msgpack_beacon,
    sahra.ga4_video,
]
SPORT_VIEW: list[Gen] = [
    mal3ab.live_heartbeat,
    mal3ab.conviva_hb,
    mal3ab.live_heartbeat,
    mal3ab.replay_progress,
]
TILAWA_VIEW: list[Gen] = [
    tilawa.listen_position,
    tilawa.podcast_progress,
    tilawa.listen_history,
    tilawa.listen_position,
    tilawa.opaque_sync,
]
TV_VIEW: list[Gen] = [tvbox.acr_match, tvbox.viewing_sessions, tvbox.acr_match, tvbox.acr_protobuf]
TV_DEV: list[Gen] = [tvbox.ota_check, tvbox.operator_checkin, tvbox.opaque_token]
ID_BIO: list[Gen] = [
    hawiya.selfie_upload,
    hawiya.liveness_result,
    hawiya.face_template,
    hawiya.selfie_upload,
    hawiya.relogin_opaque,
]
BANK_BIO: list[Gen] = [
    bank.compare_faces,
    bank.landmarks,
    bank.expression_challenge,
    bank.landmarks,
    bank.video_call_opaque,
]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.speaker_vector,
    telco.voice_verify,
    telco.voice_opaque,
]
HOME_BIO: list[Gen] = [home.face_event, home.familiar_face, home.face_event]
HOME_DEV: list[Gen] = [home.devices, home.doorbell_status, home.pair_camera, home.heartbeat_opaque]
RIDE_BIO: list[Gen] = [ride.azure_detect, ride.selfie_result]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone61.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            dizi.register(c),
            mal3ab.register(c),
            tilawa.register(c),
            tilawa.fis_register(c),
            bank.device_binding(c),
            hawiya.register(c),
            telco.device_check(c),
            home.pair_camera(c),
            ride.register(c),
            tvbox.operator_checkin(c),
            background.time_sync(c),
        ]

    def ad(self, prob: float) -> None:
        if self.p(prob):
            self.next(ADS, "ads")

    def dizi_block(self) -> None:
        self.some(
            [
                (0.6, dizi.catalogue),
                (0.7, dizi.segment),
                (0.5, dizi.segment),
                (0.4, dizi.poster),
                (0.3, dizi.search),
                (0.05, dizi.register),
            ]
        )
        for _ in range(self.rng.randint(1, 2)):
            self.next(DIZI_VIEW, "dizi_view")
        self.ad(0.4)

    def sahra_block(self) -> None:
        self.some([(0.6, sahra.rails), (0.4, sahra.trailer_manifest), (0.3, tvbox.launcher_rows)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(SAHRA_VIEW, "sahra_view")
        self.ad(0.3)

    def sport_block(self) -> None:
        self.some(
            [
                (0.7, mal3ab.scores),
                (0.4, mal3ab.odds),
                (0.3, mal3ab.race_telemetry),
                (0.3, mal3ab.onboard_cam),
                (0.05, mal3ab.register),
            ]
        )
        if self.p(0.85):
            self.next(SPORT_VIEW, "sport_view")
        self.ad(0.6)

    def tilawa_block(self) -> None:
        self.some(
            [
                (0.6, tilawa.audio_chunk),
                (0.4, tilawa.mushaf_page),
                (0.4, tilawa.prayer_times),
                (0.05, tilawa.fis_register),
            ]
        )
        if self.p(0.85):
            self.next(TILAWA_VIEW, "tilawa_view")
        self.ad(0.3)

    def tv_block(self) -> None:
        self.some([(0.4, tvbox.launcher_rows), (0.4, tvbox.remote_keys)])
        if self.p(0.85):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.5):
            self.next(TV_DEV, "tv_dev")

    def id_block(self) -> None:
        self.some([(0.3, hawiya.signup_form), (0.4, hawiya.services), (0.05, hawiya.register)])
        if self.p(0.9):
            self.next(ID_BIO, "id_bio")

    def bank_block(self) -> None:
        self.some([(0.5, bank.fx_rates), (0.3, bank.transfer), (0.15, bank.device_binding)])
        for _ in range(self.rng.randint(1, 2)):
            self.next(BANK_BIO, "bank_bio")

    def telco_block(self) -> None:
        self.some(
            [
                (0.3, telco.stt_support),
                (0.5, telco.usage),
                (0.3, telco.imei_query),
                (0.1, telco.device_check),
            ]
        )
        if self.p(0.85):
            self.next(TELCO_BIO, "telco_bio")

    def home_block(self) -> None:
        self.some([(0.35, home.person_event), (0.4, home.clip_thumb), (0.3, home.timeline)])
        if self.p(0.7):
            self.next(HOME_BIO, "home_bio")
        if self.p(0.6):
            self.next(HOME_DEV, "home_dev")

    def ride_block(self) -> None:
        self.some(
            [(0.5, ride.route), (0.4, ride.fares), (0.6, ride.location_ping), (0.05, ride.register)]
        )
        if self.p(0.7):
            self.next(RIDE_BIO, "ride_bio")
        self.ad(0.3)


def generate_session(seed: int, target: int) -> tuple[Phone61, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.dizi_block),
        (0.11, s.sahra_block),
        (0.1, s.sport_block),
        (0.1, s.tilawa_block),
        (0.1, s.tv_block),
        (0.1, s.id_block),
        (0.1, s.bank_block),
        (0.12, s.telco_block),
        (0.1, s.home_block),
        (0.08, s.ride_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.35)
