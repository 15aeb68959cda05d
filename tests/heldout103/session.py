"""The script of the set-103 session: the household uses eleven apps in turn on the
Galaxy A55 and the Fire TV Stick (three Celtic-language broadcasters, a sports
streamer, music, podcasts, a bank, the mobile network, a dating app, a ferry app,
a farm app, the watch companion), with ordinary background traffic in between.
Sensitive events rotate through a schedule per app so that even a small set
covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    banc,
    caman,
    cariad,
    curiad,
    eisteachd,
    feachaint,
    feirm,
    fferi,
    gwylio,
    oriawr,
    podlediad,
    rhwyd,
)
from .phone import Household

START = 1764489600.0  # 2025-11-30T08:00:00Z

Gen = Callable[[Context], Flow]


def tv(fn: Callable[..., Flow]) -> Gen:
    return lambda c: fn(c, tv=True)


GWYLIO_VIEW: list[Gen] = [
    gwylio.digwyddiad,
    gwylio.hanes_gwylio,
    tv(gwylio.digwyddiad),
    gwylio.ystadegau_cudd,
    gwylio.parhau_i_wylio,
    tv(gwylio.digwyddiad),
    tv(gwylio.parhau_i_wylio),
    tv(gwylio.ystadegau_cudd),
]
FEACH_VIEW: list[Gen] = [
    feachaint.eachtra,
    feachaint.raidio_eisteacht,
    feachaint.logail_cainéal,
    feachaint.stair_feachana,
    feachaint.beacon_e,
    tv(feachaint.eachtra),
    tv(feachaint.stair_feachana),
]
EIST_VIEW: list[Gen] = [
    eisteachd.tachartas,
    eisteachd.eachdraidh,
    eisteachd.tachartas,
    eisteachd.adhartas_protobuf,
]
CAMAN_VIEW: list[Gen] = [
    caman.heartbeat,
    caman.amplitude_progress,
    caman.bookmark,
    tv(caman.heartbeat),
    caman.secure_heartbeat,
    caman.heartbeat,
]
CURIAD_VIEW: list[Gen] = [
    curiad.gwrando,
    curiad.lastfm_scrobble,
    curiad.braze_listen,
    curiad.gwrando,
    curiad.chwaraewyd_yn_ddiweddar,
]
POD_VIEW: list[Gen] = [
    podlediad.gpodder_actions,
    podlediad.cynnydd,
    podlediad.batch_q,
    podlediad.gpodder_actions,
    podlediad.cynnydd,
]
BANC_BIO: list[Gen] = [
    banc.onfido_live_photo,
    banc.face_login,
    banc.onfido_live_video,
    banc.fraud_crop,
    banc.face_login,
]
RHWYD_BIO: list[Gen] = [
    rhwyd.voice_verify,
    rhwyd.voice_enrol,
    rhwyd.voiceprint_cache,
    rhwyd.raw_pcm,
    rhwyd.voice_verify,
]
CARIAD_BIO: list[Gen] = [
    cariad.selfie_verify,
    cariad.filter_landmarks,
    cariad.photo_coach_analytics,
    cariad.duplicate_check,
    cariad.filter_landmarks,
]
WATCH_DEV: list[Gen] = [
    oriawr.sync,
    oriawr.devices,
    oriawr.dump_protobuf,
    oriawr.register,
    oriawr.config_h,
]
RHWYD_DEV: list[Gen] = [rhwyd.register_device, rhwyd.imei_check]
BANC_DEV: list[Gen] = [banc.appsflyer, banc.bind_device, banc.appsflyer_event]
CARIAD_DEV: list[Gen] = [cariad.measurement, cariad.firebase, cariad.measurement]
FFERI_DEV: list[Gen] = [fferi.adjust, fferi.measurement]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Household.make, START)

    def next(self, schedule: list[Gen], key: str) -> None:
        self.flows.append(self.pick(schedule, key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            rhwyd.register_device(c),
            gwylio.pair_tv(c),
            oriawr.register(c),
            banc.appsflyer(c),
            cariad.firebase(c),
            fferi.adjust(c),
            background.weather(c),
        ]

    def gwylio_block(self) -> None:
        tv_now = self.p(0.45)
        self.some(
            [
                (0.6, lambda c: gwylio.catalogue(c, tv=tv_now)),
                (0.7, lambda c: gwylio.manifest(c, tv=tv_now)),
                (0.3, gwylio.mwyaf_poblogaidd),
                (0.3, gwylio.isdeitlau),
                (0.25, gwylio.chwilio),
                (0.35, lambda c: gwylio.ima(c, tv=tv_now)),
                (0.04, gwylio.pair_tv),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            self.next(GWYLIO_VIEW, "gwylio_view")

    def feach_block(self) -> None:
        self.some(
            [
                (0.5, feachaint.sceideal),
                (0.3, feachaint.is_mo_feachaint),
                (0.6, feachaint.raidio_stream),
                (0.4, feachaint.raidio_stream),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(FEACH_VIEW, "feach_view")

    def eist_block(self) -> None:
        self.some(
            [
                (0.5, eisteachd.clar_ama),
                (0.3, eisteachd.faclan),
                (0.4, eisteachd.naidheachdan),
                (0.6, eisteachd.sruth),
            ]
        )
        if self.p(0.8):
            self.next(EIST_VIEW, "eist_view")

    def caman_block(self) -> None:
        self.some(
            [
                (0.6, caman.scores),
                (0.4, caman.fixtures),
                (0.3, caman.table),
                (0.3, caman.trending),
                (0.5, caman.thumbnail),
                (0.2, caman.amplitude_browse),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.8) else 0):
            self.next(CAMAN_VIEW, "caman_view")

    def curiad_block(self) -> None:
        self.some(
            [
                (0.7, curiad.audio_chunk),
                (0.3, curiad.siart),
                (0.25, curiad.geiriau),
                (0.3, curiad.rhestr_chwarae),
                (0.2, curiad.braze_engagement),
            ]
        )
        if self.p(0.8):
            self.next(CURIAD_VIEW, "curiad_view")

    def pod_block(self) -> None:
        self.some(
            [
                (0.5, podlediad.feed),
                (0.6, podlediad.episode_audio),
                (0.25, podlediad.chapters),
                (0.1, podlediad.opml_export),
                (0.15, podlediad.top_chart),
            ]
        )
        if self.p(0.75):
            self.next(POD_VIEW, "pod_view")

    def banc_block(self) -> None:
        self.some(
            [
                (0.6, banc.transactions),
                (0.3, banc.fx),
                (0.15, banc.passport_ocr),
                (0.12, banc.signup),
            ]
        )
        if self.p(0.8):
            self.next(BANC_BIO, "banc_bio")
        if self.p(0.4):
            self.next(BANC_DEV, "banc_dev")

    def rhwyd_block(self) -> None:
        self.some(
            [
                (0.5, rhwyd.usage),
                (0.3, rhwyd.coverage),
                (0.25, rhwyd.voicemail_transcript),
                (0.2, rhwyd.top_up),
            ]
        )
        if self.p(0.8):
            self.next(RHWYD_BIO, "rhwyd_bio")
        if self.p(0.3):
            self.next(RHWYD_DEV, "rhwyd_dev")

    def cariad_block(self) -> None:
        self.some(
            [
                (0.5, cariad.nearby),
                (0.3, cariad.profile_photo),
                (0.2, cariad.pet_match),
                (0.2, cariad.profile_update),
            ]
        )
        if self.p(0.9):
            self.next(CARIAD_BIO, "cariad_bio")
        if self.p(0.35):
            self.next(CARIAD_DEV, "cariad_dev")

    def fferi_block(self) -> None:
        self.some(
            [
                (0.7, fferi.timetable),
                (0.5, fferi.vessel_positions),
                (0.2, fferi.ticket),
                (0.4, fferi.bus_arrivals),
                (0.15, fferi.onboard_wifi),
                (0.3, fferi.weather_warning),
                (0.2, fferi.booking_request_id),
            ]
        )
        if self.p(0.4):
            self.next(FFERI_DEV, "fferi_dev")

    def feirm_block(self) -> None:
        self.some(
            [
                (0.4, feirm.cattle_register),
                (0.4, feirm.sheep_eid),
                (0.35, feirm.cow_face),
                (0.4, feirm.milk_yield),
                (0.4, feirm.mart_prices),
                (0.3, feirm.tasc),
            ]
        )

    def watch_block(self) -> None:
        self.some(
            [
                (0.4, oriawr.watch_face),
                (0.5, oriawr.heart_summary),
                (0.4, oriawr.sleep),
            ]
        )
        if self.p(0.8):
            self.next(WATCH_DEV, "watch_dev")


def generate_session(seed: int, target: int) -> tuple[Household, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.11, s.gwylio_block),
        (0.09, s.feach_block),
        (0.07, s.eist_block),
        (0.09, s.caman_block),
        (0.08, s.curiad_block),
        (0.07, s.pod_block),
        (0.09, s.banc_block),
        (0.08, s.rhwyd_block),
        (0.09, s.cariad_block),
        (0.08, s.fferi_block),
        (0.07, s.feirm_block),
        (0.08, s.watch_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.38)
