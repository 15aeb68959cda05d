"""The script of the set-109 session: the family's realme phone runs ten apps in
turn (teleseryes, a noontime show, PBA, OPM, church audio, K-dramas, an e-wallet,
remittances, the telco app, a driver app) while the TV in the sala and the
watch talk too, with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    himig,
    household,
    kdrama,
    padala,
    pba,
    pitaka,
    rider,
    simbahan,
    tanghali,
    telco,
    teleserye,
)
from .phone import Phone109

START = 1732060800.0  # 2024-11-20T00:00:00Z (08:00 in Manila)

Gen = Callable[[Context], Flow]

TAHANAN_VIEW: list[Gen] = [
    teleserye.progress,
    teleserye.moengage_event,
    teleserye.continue_rail,
    teleserye.progress,
    teleserye.resume_beacon,
]
TANGHALI_VIEW: list[Gen] = [
    tanghali.tuning_log,
    tanghali.replay_position,
    tanghali.numeric_beacon,
    tanghali.tuning_log,
]
PBA_VIEW: list[Gen] = [pba.heartbeat, pba.highlight_seen, pba.heartbeat, pba.proto_heartbeat]
HIMIG_VIEW: list[Gen] = [
    himig.played,
    himig.recently_played,
    himig.firebase_analytics,
    himig.played,
    himig.offline_sync,
]
SIMBAHAN_VIEW: list[Gen] = [
    simbahan.listened,
    simbahan.mass_attendance,
    simbahan.listened,
    simbahan.widget_ping,
]
KDRAMA_VIEW: list[Gen] = [kdrama.watch_event, kdrama.history, kdrama.watch_event, kdrama.qos_sealed]
PITAKA_BIO: list[Gen] = [
    pitaka.facetec_enroll,
    pitaka.advai_compare,
    pitaka.facetec_match_id,
    pitaka.relogin_frames,
]
PITAKA_DEV: list[Gen] = [pitaka.appsflyer_launch, pitaka.device_bind, pitaka.signed_balance]
PADALA_BIO: list[Gen] = [padala.onfido_selfie, padala.onfido_motion]
PADALA_DEV: list[Gen] = [padala.adjust_session, padala.adjust_event]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.voice_vector,
    telco.voice_verify_opaque,
]
TELCO_DEV: list[Gen] = [telco.clevertap, telco.device_health, telco.clevertap]
RIDER_BIO: list[Gen] = [
    rider.selfie_check,
    rider.liveness_points,
    rider.selfie_check,
    rider.spot_check_proto,
]
TV_VIEW: list[Gen] = [household.acr_report, household.acr_report, household.acr_heartbeat_opaque]
WATCH_DEV: list[Gen] = [household.watch_sync, household.watch_pair, household.watch_ota]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone109.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            background.time_sync(c),
            teleserye.moengage_login(c),
            tanghali.device_register(c),
            himig.firebase_install(c),
            pitaka.appsflyer_launch(c),
            padala.adjust_session(c),
            telco.device_health(c),
            rider.device_login(c),
            household.watch_pair(c),
            household.tv_firmware(c),
            kdrama.mintegral(c),
            pba.pangle_ad(c),
        ]

    def tahanan_block(self) -> None:
        self.some(
            [
                (0.6, teleserye.catalogue),
                (0.5, teleserye.poster),
                (0.3, teleserye.most_watched),
                (0.3, teleserye.search),
                (0.5, teleserye.manifest),
                (0.3, teleserye.drm_license),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(TAHANAN_VIEW, "tahanan_view")

    def tanghali_block(self) -> None:
        self.some(
            [
                (0.5, tanghali.news_article),
                (0.3, tanghali.read_progress),
                (0.3, tanghali.vote),
                (0.3, tanghali.schedule),
                (0.2, tanghali.ratings_board),
            ]
        )
        if self.p(0.75):
            self.next(TANGHALI_VIEW, "tanghali_view")

    def pba_block(self) -> None:
        self.some(
            [
                (0.5, pba.box_score),
                (0.4, pba.games_today),
                (0.5, pba.live_manifest),
                (0.2, pba.pangle_ad),
                (0.1, pba.subscribe),
                (0.25, pba.court_camera),
            ]
        )
        if self.p(0.75):
            self.next(PBA_VIEW, "pba_view")

    def himig_block(self) -> None:
        self.some(
            [
                (0.4, himig.chart),
                (0.3, himig.lyrics),
                (0.7, himig.audio_fetch),
                (0.5, himig.audio_fetch),
            ]
        )
        if self.p(0.75):
            self.next(HIMIG_VIEW, "himig_view")

    def simbahan_block(self) -> None:
        self.some(
            [
                (0.4, simbahan.reading_plan),
                (0.4, simbahan.verse_of_day),
                (0.3, simbahan.sermon_list),
                (0.15, simbahan.prayer_request),
                (0.6, simbahan.audio_chunk),
            ]
        )
        if self.p(0.7):
            self.next(SIMBAHAN_VIEW, "simbahan_view")

    def kdrama_block(self) -> None:
        self.some(
            [
                (0.5, kdrama.subtitles),
                (0.4, kdrama.trending),
                (0.4, kdrama.episodes),
                (0.2, kdrama.mintegral),
            ]
        )
        if self.p(0.75):
            self.next(KDRAMA_VIEW, "kdrama_view")

    def pitaka_block(self) -> None:
        self.some(
            [
                (0.5, pitaka.qr_pay),
                (0.4, pitaka.transactions),
                (0.15, pitaka.kyc_form),
                (0.1, pitaka.profile_photo),
            ]
        )
        if self.p(0.55):
            self.next(PITAKA_BIO, "pitaka_bio")
        if self.p(0.5):
            self.next(PITAKA_DEV, "pitaka_dev")

    def padala_block(self) -> None:
        self.some(
            [
                (0.6, padala.fx_rates),
                (0.3, padala.beneficiary),
                (0.4, padala.send_money),
                (0.3, padala.branches),
            ]
        )
        if self.p(0.4):
            self.next(PADALA_BIO, "padala_bio")
        if self.p(0.5):
            self.next(PADALA_DEV, "padala_dev")

    def telco_block(self) -> None:
        self.some(
            [
                (0.3, telco.chatbot_stt),
                (0.5, telco.data_usage),
                (0.3, telco.buy_load),
                (0.4, telco.promos),
                (0.15, telco.rented_pocket_wifi),
            ]
        )
        if self.p(0.5):
            self.next(TELCO_BIO, "telco_bio")
        if self.p(0.5):
            self.next(TELCO_DEV, "telco_dev")

    def rider_block(self) -> None:
        self.some(
            [
                (0.8, rider.gps_ping),
                (0.5, rider.trip_offer),
                (0.3, rider.earnings),
                (0.15, rider.fleet_dashcam),
                (0.1, rider.device_login),
            ]
        )
        if self.p(0.5):
            self.next(RIDER_BIO, "rider_bio")

    def household_block(self) -> None:
        self.some([(0.3, household.tv_channels), (0.15, household.tv_firmware)])
        if self.p(0.7):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.5):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Phone109, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.tahanan_block),
        (0.09, s.tanghali_block),
        (0.09, s.pba_block),
        (0.09, s.himig_block),
        (0.08, s.simbahan_block),
        (0.1, s.kdrama_block),
        (0.11, s.pitaka_block),
        (0.07, s.padala_block),
        (0.08, s.telco_block),
        (0.07, s.rider_block),
        (0.08, s.household_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
