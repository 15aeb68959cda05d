"""The script of the set-252 session: one Kannada family's devices in turn (the
father's bank app, DTH box and ACR smart TV in Bengaluru; the mother's music /
radio app and health-insurance app in Mysuru; the son's OTT app and fitness
band in Singapore; the uncle's cricket and kabaddi app in Mangaluru), with
ordinary background traffic in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import aata, background, dth, nadige, ranga, sahyadri, sugama, tv, vima
from .phone import Family252

START = 1736825400.0  # 2025-01-14T03:30:00Z, 09:00 in Bengaluru (Makara Sankranti)

Gen = Callable[[Context], Flow]

RANGA_VIEW: list[Gen] = [
    ranga.pragati,
    ranga.firebase_batch,
    ranga.webengage_event,
    ranga.qoe_beacon,
    ranga.appsflyer_event,
    ranga.munduvarisi,
    ranga.yakshagana_nodida,
    ranga.qoe_beacon,
    ranga.pragati,
    ranga.itihasa,
]
RANGA_DEV: list[Gen] = [
    ranga.appsflyer_launch,
    lambda c: ranga.firebase_batch(c, watched=False),
    ranga.config_hashed,
    lambda c: ranga.webengage_event(c, watched=False),
    ranga.drm_licence,
    ranga.webengage_profile,
    ranga.register,
    ranga.firebase_installation,
    lambda c: ranga.appsflyer_event(c, watched=False),
]
SUGAMA_VIEW: list[Gen] = [
    sugama.kelida_haadu,
    sugama.fm_kelike,
    sugama.stats_batch,
    sugama.podcast_sthana,
    sugama.kannada_sync,
    sugama.stats_batch,
    sugama.ittichege,
]
SUGAMA_DEV: list[Gen] = [sugama.ima_ad, sugama.config_hashed, sugama.register, sugama.ima_ad]
AATA_VIEW: list[Gen] = [
    aata.stream_heartbeat,
    aata.meta_content_view,
    aata.pixel,
    aata.adjust_event,
    aata.highlights_nodida,
    aata.pixel,
]
AATA_DEV: list[Gen] = [
    aata.adjust_session,
    aata.meta_activate,
    aata.live_list,
    lambda c: aata.adjust_event(c, watched=False),
    aata.meta_install,
]
BANK_BIO: list[Gen] = [
    sahyadri.face_login,
    sahyadri.idfy_selfie,
    sahyadri.face_login_protobuf,
    sahyadri.idfy_face_compare,
    sahyadri.vkyc_chunks,
    sahyadri.face_enrol,
    sahyadri.idfy_liveness,
    sahyadri.face_login,
]
BANK_DEV: list[Gen] = [
    sahyadri.device_bind,
    sahyadri.balance_hashed,
    sahyadri.keepalive,
    sahyadri.balance_hashed,
]
VIMA_BIO: list[Gen] = [
    vima.voice_enrol,
    vima.claim_voiceprint,
    vima.voice_opaque,
    vima.vendor_verify,
    vima.claim_voiceprint,
    vima.voice_opaque,
]
VIMA_DEV: list[Gen] = [vima.claim_status, vima.register, vima.claim_status]
TV_VIEW: list[Gen] = [tv.acr_matches, tv.acr_fingerprints, tv.recent_viewing, tv.acr_matches]
TV_DEV: list[Gen] = [tv.network_status, tv.register]
DTH_VIEW: list[Gen] = [
    dth.zap_log,
    dth.audience_rows,
    dth.recent_channels,
    dth.zap_log,
    dth.audience_rows,
]
DTH_DEV: list[Gen] = [dth.health, dth.box_login, dth.app_register]
BAND_DEV: list[Gen] = [
    nadige.sync,
    nadige.device_page,
    nadige.raw_dump,
    nadige.bind,
    nadige.sync,
    nadige.fw_channel,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Family252.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            ranga.firebase_installation(c),
            ranga.register(c),
            ranga.appsflyer_launch(c),
            sugama.register(c),
            aata.adjust_session(c),
            aata.meta_install(c),
            sahyadri.device_bind(c),
            vima.register(c),
            tv.register(c),
            dth.box_login(c),
            dth.app_register(c),
            nadige.bind(c),
            background.weather(c),
        ]

    def ranga_block(self) -> None:
        self.some(
            [
                (0.5, ranga.katalog),
                (0.7, ranga.hls_segment),
                (0.5, ranga.hls_segment),
                (0.4, ranga.poster),
                (0.2, ranga.huduku),
                (0.15, ranga.yojane),
                (0.15, ranga.hechchu_nodidavu),
                (0.12, ranga.mela_tirugata),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(RANGA_VIEW, "ranga_view")
        if self.p(0.35):
            self.next(RANGA_DEV, "ranga_dev")

    def sugama_block(self) -> None:
        self.some(
            [
                (0.6, sugama.now_playing),
                (0.7, sugama.audio_chunk),
                (0.5, sugama.audio_chunk),
                (0.25, sugama.charts),
                (0.2, sugama.saahitya),
                (0.15, sugama.podcast_catalogue),
                (0.15, sugama.bhakti_playlist),
            ]
        )
        if self.p(0.75):
            self.next(SUGAMA_VIEW, "sugama_view")
        if self.p(0.3):
            self.next(SUGAMA_DEV, "sugama_dev")

    def aata_block(self) -> None:
        self.some(
            [
                (0.6, aata.scorecard),
                (0.4, aata.raid_feed),
                (0.6, aata.stream_chunk),
                (0.2, aata.points_table),
                (0.2, aata.fixtures),
                (0.1, aata.follow_team),
                (0.1, aata.search),
            ]
        )
        if self.p(0.75):
            self.next(AATA_VIEW, "aata_view")
        if self.p(0.4):
            self.next(AATA_DEV, "aata_dev")

    def bank_block(self) -> None:
        self.some(
            [
                (0.5, sahyadri.vahivaatu),
                (0.3, sahyadri.upi_transfer),
                (0.25, sahyadri.otp),
                (0.2, sahyadri.fd_rates),
                (0.12, sahyadri.kyc_form),
                (0.1, sahyadri.address_proof_back),
                (0.1, sahyadri.avatar),
                (0.1, sahyadri.vkyc_slot),
            ]
        )
        if self.p(0.8):
            self.next(BANK_BIO, "bank_bio")
        if self.p(0.4):
            self.next(BANK_DEV, "bank_dev")

    def vima_block(self) -> None:
        self.some(
            [
                (0.5, vima.policy),
                (0.3, vima.hospitals),
                (0.2, vima.bill_upload),
                (0.15, vima.ecard),
                (0.15, vima.teleconsult_slots),
                (0.3, vima.wellness_steps),
            ]
        )
        if self.p(0.75):
            self.next(VIMA_BIO, "vima_bio")
        if self.p(0.3):
            self.next(VIMA_DEV, "vima_dev")

    def tv_block(self) -> None:
        self.some(
            [
                (0.4, tv.remote_key),
                (0.3, tv.home_rails),
                (0.2, tv.trending),
                (0.15, tv.app_store),
                (0.1, tv.firmware),
            ]
        )
        if self.p(0.8):
            self.next(TV_VIEW, "tv_view")
        if self.p(0.25):
            self.next(TV_DEV, "tv_dev")

    def dth_block(self) -> None:
        self.some(
            [
                (0.4, dth.epg),
                (0.3, dth.channel_list),
                (0.2, dth.recharge_packs),
                (0.1, dth.recharge),
                (0.1, dth.sw_update),
            ]
        )
        if self.p(0.8):
            self.next(DTH_VIEW, "dth_view")
        if self.p(0.3):
            self.next(DTH_DEV, "dth_dev")

    def band_block(self) -> None:
        self.some(
            [
                (0.6, nadige.daily),
                (0.3, nadige.sleep),
                (0.25, nadige.watchface),
                (0.2, nadige.raise_to_wake),
            ]
        )
        if self.p(0.75):
            self.next(BAND_DEV, "band_dev")


def generate_session(seed: int, target: int) -> tuple[Family252, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.17, s.ranga_block),
        (0.13, s.sugama_block),
        (0.13, s.aata_block),
        (0.12, s.bank_block),
        (0.1, s.vima_block),
        (0.12, s.tv_block),
        (0.12, s.dth_block),
        (0.1, s.band_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.45)
