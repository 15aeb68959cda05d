"""The script of the set-32 session: the tester uses the iPhone's apps in turn
(three streaming apps, an audiobook / podcast app, a bank, a digital-ID app, a
face-yoga app, a fitness app, a TV companion and a kids' game), with ordinary
background traffic in between. Sensitive events rotate through a schedule per
app so that even a small set covers every family, opaque ones too.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import audio, background, bank, fit, glow, gov, kesher, kids, kino, thea, tvcomp
from .phone import Phone32

START = 1717225200.0  # 2024-06-01T07:00:00Z

Gen = Callable[[Context], Flow]

SCHEDULES: dict[str, list[Gen]] = {
    "kesher": [
        kesher.tsfiya_heartbeat,
        kesher.watch_history_english,
        kesher.hamshech_list,
        kesher.tsfiya_heartbeat,
        kesher.tsfiya_opaque,
    ],
    "kesher_dev": [
        kesher.register_device,
        kesher.ima_preroll,
        kesher.device_path,
        kesher.ima_preroll,
    ],
    "thea": [thea.youbora_start, thea.youbora_ping, thea.parakolouthisi, thea.youbora_ping],
    "thea_dev": [thea.ad_hashed, thea.login],
    "kino": [
        kino.sledovani,
        kino.sledovani_gzip_batch,
        kino.progress_protobuf,
        kino.sledovani,
        kino.sledovani_opaque,
    ],
    "kino_dev": [kino.zarizeni, kino.ident_cookie],
    "audio": [audio.audiobook_position, audio.episode_played, audio.listen_log, audio.bookmark],
    "bank": [
        bank.selfie_fallback,
        bank.voice_enrol,
        bank.voice_verify_embedding,
        bank.selfie_json,
        bank.face_opaque,
        bank.voice_verify_embedding,
    ],
    "bank_dev": [bank.bind_device, bank.device_header_b64],
    "gov": [
        gov.liveness_3d,
        gov.chip_upload,
        gov.match_3d_2d,
        gov.portrait_multipart_opaque,
        gov.liveness_3d,
    ],
    "glow": [
        glow.landmark_snapshot,
        glow.blendshape_session,
        glow.skin_analysis,
        glow.mesh_binary,
        glow.blendshape_session,
        glow.progress_opaque,
    ],
    "tv": [tvcomp.acr_match, tvcomp.tv_watchlog, tvcomp.acr_match, tvcomp.acr_fingerprint_opaque],
    "tv_dev": [tvcomp.register_tv, tvcomp.app_device, tvcomp.tv_ping_opaque, tvcomp.pair_protobuf],
    "kids": [kids.admob, kids.unity, kids.applovin, kids.chartboost, kids.appsflyer, kids.admob],
    "fit_dev": [fit.profile, fit.fis_register],
}


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone32.make, START)

    def next(self, key: str, prob: float = 1.0, times: int = 1) -> None:
        for _ in range(times):
            if self.p(prob):
                self.flows.append(self.pick(SCHEDULES[key], key)(self.ctx))

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.captive(c),
            kesher.register_device(c),
            thea.login(c),
            kino.zarizeni(c),
            audio.push_register(c),
            bank.bind_device(c),
            gov.register(c),
            glow.device(c),
            fit.fis_register(c),
            tvcomp.register_tv(c),
            kids.appsflyer(c),
            background.swupdate(c),
        ]

    def kesher_block(self) -> None:
        self.some(
            [
                (0.6, kesher.catalogue),
                (0.7, kesher.poster),
                (0.8, kesher.hls_segment),
                (0.5, kesher.hls_segment),
            ]
        )
        self.next("kesher", 0.9, self.rng.randint(1, 2))
        self.some([(0.3, kesher.cast_photo)])
        self.next("kesher_dev", 0.45)

    def thea_block(self) -> None:
        self.some([(0.5, thea.search), (0.4, thea.youbora_data)])
        self.next("thea", 0.9, self.rng.randint(1, 2))
        self.next("thea_dev", 0.3)

    def kino_block(self) -> None:
        self.some([(0.5, kino.program_guide)])
        self.next("kino", 0.9, self.rng.randint(1, 2))
        self.next("kino_dev", 0.35)

    def audio_block(self) -> None:
        self.some(
            [
                (0.7, audio.chapter_download),
                (0.4, audio.recommend_vector),
                (0.05, audio.push_register),
            ]
        )
        self.next("audio", 0.9, self.rng.randint(1, 2))

    def bank_block(self) -> None:
        self.some([(0.5, bank.fx_rates), (0.4, bank.transfer), (0.2, bank.onboarding_form)])
        self.next("bank", 0.85)
        self.next("bank_dev", 0.4)

    def gov_block(self) -> None:
        self.some([(0.4, gov.mrz_check), (0.4, gov.news), (0.05, gov.register)])
        self.next("gov", 0.85)

    def glow_block(self) -> None:
        self.some([(0.4, glow.article), (0.6, glow.video_lesson), (0.05, glow.device)])
        self.next("glow", 0.9, self.rng.randint(1, 2))

    def fit_block(self) -> None:
        self.some(
            [
                (0.9, fit.pose_frames),
                (0.6, fit.pose_frames),
                (0.5, fit.rep_summary),
                (0.3, fit.plan),
            ]
        )
        self.next("fit_dev", 0.3)

    def tv_block(self) -> None:
        self.some([(0.6, tvcomp.keypress), (0.4, tvcomp.epg)])
        self.next("tv", 0.85)
        self.next("tv_dev", 0.4)

    def kids_block(self) -> None:
        self.some([(0.7, kids.game_camera), (0.4, kids.ad_creative), (0.2, background.flags)])
        self.next("kids", 0.95, self.rng.randint(1, 3))


def generate_session(seed: int, target: int) -> tuple[Phone32, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.10, s.kesher_block),
        (0.08, s.thea_block),
        (0.08, s.kino_block),
        (0.08, s.audio_block),
        (0.12, s.bank_block),
        (0.10, s.gov_block),
        (0.12, s.glow_block),
        (0.08, s.fit_block),
        (0.10, s.tv_block),
        (0.14, s.kids_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.4)
