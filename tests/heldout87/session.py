"""The script of the set-87 session: the tester uses eight apps in turn on an iPhone 14
(a public-service replay app, a commercial Belgian streamer, a sports live app, a
music / audiobook app, a Swiss radio app, a bank with face liveness, a telco with
voice ID, a car-sharing app with selfie checks) while the Samsung TV runs in the
living room, with ordinary background traffic in between. Sensitive events rotate
through a schedule per app so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import autopartage, background, banque, ecran, melodia, radio, sdks, sport, telco, tv, viva
from .phone import Phone87

START = 1731398400.0  # 2024-11-12T08:00:00Z

Gen = Callable[[Context], Flow]


def _ga4_video(ctx: Context) -> Flow:
    event = ctx.rng.choice(["video_progress", "video_start", "video_complete"])
    return sdks.firebase_measurement(
        ctx,
        "ch.sprintetbut.app",
        event,
        [
            ("video_title", "Tour de Romandie - étape 3"),
            ("video_current_time", str(ctx.rng.randint(0, 9000))),
            ("video_duration", "14400"),
            ("video_percent", str(ctx.rng.choice([10, 25, 50, 75, 90]))),
            ("video_provider", "sprintetbut"),
        ],
        view=True,
    )


def _ga4_screen(ctx: Context) -> Flow:
    return sdks.firebase_measurement(
        ctx, "fr.ecranpublic.app", "screen_view", [("firebase_screen", "Accueil")]
    )


ECRAN_VIEW: list[Gen] = [
    ecran.visionnage,
    ecran.reprise_sync,
    ecran.estat_hit,
    ecran.reprendre_list,
    ecran.visionnage,
    ecran.beacon_opaque,
]
VIVA_VIEW: list[Gen] = [viva.piano_av, viva.vu_log, viva.continuer, viva.piano_av]
SPORT_VIEW: list[Gen] = [
    sport.live_heartbeat,
    sport.regarde,
    _ga4_video,
    sport.live_heartbeat,
    sport.heartbeat_opaque,
]
MELO_VIEW: list[Gen] = [
    melodia.ecoutes,
    melodia.livre_audio,
    melodia.recently_played,
    melodia.ecoutes,
]
RADIO_VIEW: list[Gen] = [radio.ecoute_live, radio.podcast_avancement, radio.ecoute_live]
BANK_BIO: list[Gen] = [
    banque.onfido_live_photo,
    banque.liveness_result,
    banque.yoti_antispoofing,
    banque.face_template,
    banque.liveness_opaque,
]
TELCO_BIO: list[Gen] = [
    telco.voice_verify,
    telco.voice_enrol,
    telco.speaker_embedding,
    telco.voice_verify,
    telco.voice_opaque,
]
AUTO_BIO: list[Gen] = [autopartage.selfie_upload, autopartage.face_match]
TV_VIEW: list[Gen] = [tv.acr_report, tv.acr_fingerprints, tv.acr_report]
TV_DEV: list[Gen] = [tv.ad_request, tv.device_record, tv.tv_ping_opaque]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone87.make, START)

    def next(self, schedule: list[Gen], key: str, n: int = 1) -> None:
        for _ in range(n):
            self.flows.append(self.pick(schedule, key)(self.ctx))

    def sdk(self, app_id: str, idfv: str, att: bool) -> None:
        c = self.ctx
        self.some(
            [
                (0.15, lambda _: sdks.adjust_session(c, app_id, idfv, att)),
                (0.12, lambda _: sdks.appsflyer_launch(c, app_id, idfv)),
                (0.08, lambda _: sdks.batch_start(c, idfv)),
                (0.15, _ga4_screen),
            ]
        )

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            sdks.adjust_session(c, "ecranpublic", "idfv_ecran"),
            viva.device_register(c),
            telco.register(c),
            tv.device_record(c),
            sdks.appsflyer_launch(c, "id1450122", "idfv_melo"),
            sdks.batch_start(c, "idfv_radio"),
            background.apple_time(c),
        ]

    def ecran_block(self) -> None:
        self.some(
            [
                (0.6, ecran.catalogue),
                (0.7, ecran.segment),
                (0.5, ecran.segment),
                (0.5, ecran.vignette),
                (0.4, ecran.pre_roll),
            ]
        )
        self.next(ECRAN_VIEW, "ecran", self.rng.randint(1, 2))
        self.sdk("ecranpublic", "idfv_ecran", True)

    def viva_block(self) -> None:
        self.some([(0.5, viva.search), (0.4, viva.drm_license), (0.1, viva.device_register)])
        self.next(VIVA_VIEW, "viva", self.rng.randint(1, 2))
        self.sdk("vivastream", "idfv_viva", False)

    def sport_block(self) -> None:
        self.some([(0.6, sport.scores), (0.3, sport.stage_profile), (0.2, sport.trace)])
        self.next(SPORT_VIEW, "sport", self.rng.randint(1, 3))
        self.sdk("sprintetbut", "idfv_sport", True)

    def melo_block(self) -> None:
        self.some([(0.6, melodia.cover), (0.6, melodia.audio_chunk), (0.3, melodia.lyrics)])
        self.next(MELO_VIEW, "melo")
        self.sdk("melodia", "idfv_melo", True)

    def radio_block(self) -> None:
        self.some([(0.5, radio.now_playing), (0.5, radio.stream)])
        self.next(RADIO_VIEW, "radio")
        self.sdk("radiolac", "idfv_radio", False)

    def bank_block(self) -> None:
        self.some([(0.5, banque.comptes), (0.3, banque.virement), (0.15, banque.inscription)])
        if self.p(0.8):
            self.next(BANK_BIO, "bank")

    def telco_block(self) -> None:
        self.some([(0.5, telco.conso), (0.3, telco.assistant_stt), (0.1, telco.register)])
        if self.p(0.8):
            self.next(TELCO_BIO, "telco")

    def auto_block(self) -> None:
        self.some(
            [
                (0.5, autopartage.nearby),
                (0.4, autopartage.unlock),
                (0.3, autopartage.damage_photo),
                (0.3, autopartage.device_check),
            ]
        )
        if self.p(0.85):
            self.next(AUTO_BIO, "auto", 2)

    def tv_block(self) -> None:
        self.some([(0.4, tv.epg), (0.3, tv.app_list)])
        self.next(TV_VIEW, "tv_view")
        if self.p(0.6):
            self.next(TV_DEV, "tv_dev")


def generate_session(seed: int, target: int) -> tuple[Phone87, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.14, s.ecran_block),
        (0.10, s.viva_block),
        (0.12, s.sport_block),
        (0.10, s.melo_block),
        (0.08, s.radio_block),
        (0.14, s.bank_block),
        (0.13, s.telco_block),
        (0.09, s.auto_block),
        (0.10, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
