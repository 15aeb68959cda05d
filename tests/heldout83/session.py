"""The script of the set-83 session: the tester in Dhaka uses six apps in turn on a
Galaxy A15 (a Bengali OTT app, a cricket app, a music / audiobook app, a wallet with
face eKYC, a bank with voice ID, a ride-hailing driver app) and a Nepali streaming
app on the TV box, with ordinary background traffic in between. Sensitive events
rotate through a schedule per app so that even a small set covers every family,
opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import ads, background, bank, chobi, cricket, driver, gaan, herne, measure, taka
from .phone import Phone83

START = 1731398400.0  # 2024-11-12T08:00:00Z (14:00 in Dhaka)

Gen = Callable[[Context], Flow]


def _ga4(app: str, name: str, params: dict[str, str | int]) -> Gen:
    """A GA4 event that is not a video event (screens, products viewed: no viewing history)."""
    return lambda c: measure.firebase(c, app, [(name, params)])


def _activate(app: str) -> Gen:
    return lambda c: measure.facebook(
        c, app, [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}]
    )


CHOBI_VIEW: list[Gen] = [
    chobi.heartbeat,
    chobi.dekhechi_sync,
    chobi.ga4_video,
    chobi.heartbeat,
    chobi.fb_view,
    chobi.beacon_opaque,
    chobi.heartbeat,
    lambda c: chobi.ga4_video(c, "video_complete"),
]
CHOBI_DEV: list[Gen] = [
    chobi.register_device,
    lambda c: ads.ima(c, "chobi"),
    lambda c: ads.applovin(c, "chobi", "aid_chobi"),
    lambda c: measure.appsflyer(c, "chobi"),
]
HERNE_VIEW: list[Gen] = [
    herne.heriyeko,
    herne.herne_ping,
    herne.channel_log,
    herne.ping_opaque,
    herne.herne_ping,
    herne.acr_match,
]
HERNE_DEV: list[Gen] = [
    herne.activate,
    herne.ota_check,
    lambda c: ads.ima(c, "herne", tv=True),
    herne.entitlements,
]
CRICKET_VIEW: list[Gen] = [
    cricket.live_hb,
    cricket.highlights_log,
    cricket.live_hb,
    cricket.ga4_live,
]
CRICKET_DEV: list[Gen] = [
    lambda c: ads.unity(c, "cricket"),
    lambda c: ads.ima(c, "cricket"),
    lambda c: ads.applovin(c, "cricket", "aid_cricket"),
    _activate("cricket"),
]
GAAN_VIEW: list[Gen] = [
    gaan.plays,
    gaan.audiobook_progress,
    gaan.podcast_listen,
    gaan.stats_opaque,
    gaan.plays,
]
GAAN_DEV: list[Gen] = [
    lambda c: ads.unity(c, "gaan"),
    lambda c: measure.appsflyer(c, "gaan"),
    _activate("gaan"),
    _ga4("gaan", "screen_view", {"firebase_screen": "Library", "firebase_screen_class": "Main"}),
]
TAKA_BIO: list[Gen] = [
    taka.liveness_result,
    taka.facepp_compare,
    taka.face_template,
    taka.liveness_blend,
    taka.ekyc_envelope,
]
TAKA_DEV: list[Gen] = [
    taka.device_bind,
    lambda c: measure.appsflyer(c, "taka", "af_login", '{"method":"pin"}'),
    _ga4("taka", "view_item", {"item_id": "recharge_gp_199", "item_name": "GP 30GB 30 din"}),
]
BANK_BIO: list[Gen] = [
    bank.voice_verify,
    bank.speaker_embedding,
    bank.voice_enrol,
    bank.voice_verify,
    bank.voice_opaque,
]
DRIVER_BIO: list[Gen] = [
    driver.shift_selfie,
    driver.azure_detect,
    driver.landmarks_retry,
    driver.azure_detect,
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone83.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            herne.activate(c),
            herne.ota_check(c),
            chobi.register_device(c),
            taka.device_bind(c),
            measure.appsflyer(c, "chobi"),
            background.weather(c),
        ]

    def app(
        self, extras: list[tuple[float, Gen]], scheds: list[tuple[float, list[Gen], str]]
    ) -> None:
        self.some(extras)
        for prob, sched, key in scheds:
            if self.p(prob):
                self.next(sched, key)

    def chobi_block(self) -> None:
        self.app(
            [
                (0.5, chobi.home),
                (0.6, chobi.poster),
                (0.7, chobi.hls_segment),
                (0.5, chobi.hls_segment),
                (0.25, chobi.search),
            ],
            [(0.9, CHOBI_VIEW, "cv"), (0.4, CHOBI_VIEW, "cv"), (0.45, CHOBI_DEV, "cd")],
        )

    def herne_block(self) -> None:
        self.app(
            [(0.5, herne.epg), (0.4, herne.logo), (0.4, herne.catalogue)],
            [(0.9, HERNE_VIEW, "hv"), (0.3, HERNE_VIEW, "hv"), (0.35, HERNE_DEV, "hd")],
        )

    def cricket_block(self) -> None:
        self.app(
            [
                (0.6, cricket.scorecard),
                (0.3, cricket.win_prob),
                (0.4, cricket.clip_thumb),
                (0.4, cricket.live_manifest),
            ],
            [(0.9, CRICKET_VIEW, "kv"), (0.4, CRICKET_VIEW, "kv"), (0.5, CRICKET_DEV, "kd")],
        )

    def gaan_block(self) -> None:
        self.app(
            [
                (0.6, gaan.audio_chunk),
                (0.4, gaan.lyrics),
                (0.35, gaan.ebook_position),
                (0.3, gaan.playlist),
            ],
            [(0.85, GAAN_VIEW, "gv"), (0.45, GAAN_DEV, "gd")],
        )

    def taka_block(self) -> None:
        self.app(
            [(0.6, taka.statement), (0.4, taka.qr_pay), (0.2, taka.signup_form)],
            [(0.85, TAKA_BIO, "tb"), (0.4, TAKA_DEV, "td")],
        )

    def bank_block(self) -> None:
        self.app(
            [(0.5, bank.balance), (0.3, bank.stt_command), (0.3, bank.voice_otp)],
            [(0.85, BANK_BIO, "bb")],
        )

    def driver_block(self) -> None:
        self.app(
            [
                (0.7, driver.location_ping),
                (0.4, driver.location_ping),
                (0.25, driver.vehicle_photo),
                (0.3, driver.earnings),
                (0.3, driver.heatmap),
            ],
            [(0.85, DRIVER_BIO, "db")],
        )


def generate_session(seed: int, target: int) -> tuple[Phone83, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.chobi_block),
        (0.12, s.herne_block),
        (0.14, s.cricket_block),
        (0.13, s.gaan_block),
        (0.16, s.taka_block),
        (0.14, s.bank_block),
        (0.15, s.driver_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
