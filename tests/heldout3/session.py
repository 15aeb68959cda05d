"""The script of the set-3 session: the tester uses eight apps in turn on the
phone, and the kids' app also runs on the Fire TV stick behind the same proxy.

Start-up registers the apps and their SDKs; then blocks of use follow, with the
phone's background traffic in between. Rare sensitive events rotate through a
schedule per app, so that even a small set covers every family.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Flow
from tests.heldout.labelled import SessionBase

from . import background, dailyline, gemrush, mirrorly, northvale, pulse, singsong, toons, wavecast
from .phone import Phone3

START = 1718100000.0  # 2024-06-11T10:00:00Z

PULSE_SPECIAL = [
    "selfie",
    "rekognition",
    "face_attr",
    "opaque",
    "rekognition",
    "selfie",
    "frames",
    "opaque",
]
MIRROR_SPECIAL = [
    "avatar",
    "puppet:mediapipe",
    "retouch",
    "luxand:detect",
    "puppet:arkit_raw",
    "beautify",
    "mesh_b64",
    "puppet_pb",
    "luxand:landmarks",
    "retouch",
    "msgpack",
]
BANK_SPECIAL = [
    "face_login",
    "sumsub_selfie",
    "voice",
    "faceprint",
    "risk_opaque",
    "face_login",
    "tpl_opaque",
]
SING_SPECIAL = ["enrol", "match", "identify", "opaque", "create_profile", "match"]
GAME_BIDDERS = [
    "vungle",
    "mintegral_setting",
    "inmobi",
    "aps",
    "ironsource_logs",
    "mintegral_analytics",
    "unity",
    "levelplay",
]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone3.make, START)
        self.toons_watched: list[dict[str, object]] = []
        self.news_watched: list[dict[str, object]] = []

    def next(self, schedule: list[str], key: str) -> str:
        return self.pick(schedule, key)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            toons.wifistub(c),
            toons.register_tv(c),
            toons.kochava(c, True),
            toons.app_config(c),
            toons.register_phone(c),
            toons.kochava(c, False),
            pulse.branch(c),
            pulse.facebook(c),
            pulse.remote_config(c),
            mirrorly.singular(c),
            mirrorly.sync_device(c),
            gemrush.levelplay_init(c),
            gemrush.unity_config(c),
            singsong.appsflyer(c),
            northvale.risk_profile(c),
            northvale.signup(c),
            wavecast.mixpanel_app_open(c),
            background.oem_update(c),
            dailyline.consent(c),
        ]

    # --- per-app blocks ---------------------------------------------------------

    def pulse_block(self) -> None:
        c, out = self.ctx, self.flows
        for _ in range(self.rng.randint(1, 3)):
            out.append(self.rng.choice(pulse.BENIGN)(c))
        if self.p(0.85):
            name = self.next(PULSE_SPECIAL, "pulse")
            table: dict[str, Callable[[], list[Flow]]] = {
                "selfie": lambda: [pulse.selfie_verify(c), pulse.selfie_frames_meta(c)],
                "frames": lambda: [pulse.selfie_frames_meta(c)],
                "rekognition": lambda: [pulse.rekognition_detect(c)],
                "face_attr": lambda: [pulse.rekognition_detect(c), pulse.face_attributes_event(c)],
                "opaque": lambda: [pulse.face_vector_opaque(c)],
            }
            out += table[name]()
        if self.p(0.45):
            out.append(self.rng.choice(pulse.SENSITIVE_DEVICE)(c))

    def toons_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        tv = self.p(0.6)
        if self.toons_watched and self.p(0.3):
            ep = rng.choice(self.toons_watched)
        else:
            ep = toons.episode(rng)
            self.toons_watched.append(ep)
        if self.p(0.4):
            out.append(toons.catalog(c, tv))
            out += [toons.artwork(c) for _ in range(rng.randint(1, 2))]
        out.append(toons.authorize(c, ep, tv))
        out.append(toons.manifest(c, ep, tv))
        if self.p(0.3):
            out.append(toons.subtitles(c, ep))
        dur = int(ep["duration"])  # type: ignore[call-overload]
        pos = 0.0
        for i in range(rng.randint(1, 3)):
            out.append(toons.segment(c, ep))
            pos = min(dur, pos + rng.uniform(10, 200))
            if self.p(0.7):
                event = 3 if i == 0 else rng.choice([99, 99, 11, 12, 13])
                out.append(toons.kava(c, ep, event, i + 1, pos, tv))
        if tv and self.p(0.4):
            out.append(toons.beacon_opaque(c, ep))
        if tv and self.p(0.12):
            out.append(toons.heartbeat_opaque(c))
        if self.p(0.22):
            out.append(toons.history_sync(c, self.toons_watched[-3:]))
        if self.p(0.15):
            out.append(toons.continue_watching(c, self.toons_watched[-4:], tv))
        if not tv and self.p(0.35):
            out.append(rng.choice([toons.kidoz_init, toons.kidoz_events])(c))
        if tv and self.p(0.15):
            out.append(toons.entitlements(c))
        for prob, fn in ((0.15, toons.search), (0.1, toons.parental_pin), (0.08, toons.app_config)):
            if self.p(prob):
                out.append(fn(c))

    def wavecast_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        eps = [wavecast.episode(rng) for _ in range(rng.randint(1, 3))]
        if self.p(0.4):
            out.append(wavecast.rss(c))
        for e in eps[: rng.randint(1, len(eps))]:
            out.append(wavecast.audio_download(c, e))
        if self.p(0.3):
            out.append(wavecast.artwork(c))
        if self.p(0.35):
            out.append(wavecast.episode_actions(c, eps))
        if self.p(0.25):
            out.append(wavecast.mixpanel(c, eps[0]))
        if self.p(0.4):
            out.append(wavecast.listen_ping_opaque(c, eps[0]))
        if self.p(0.25):
            out.append(wavecast.book_position(c, wavecast.book(rng)))
        if self.p(0.2):
            out.append(wavecast.audio_ad_request(c))
        for prob, fn in (
            (0.15, wavecast.itunes_search),
            (0.1, wavecast.subscriptions),
            (0.08, wavecast.transcript),
            (0.12, wavecast.chapters),
            (0.05, wavecast.mixpanel_app_open),
        ):
            if self.p(prob):
                out.append(fn(c))

    def news_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        for _ in range(rng.randint(1, 3)):
            out.append(dailyline.article(c))
            out += [dailyline.image(c) for _ in range(rng.randint(0, 2))]
        if self.p(0.45):
            out.append(dailyline.ga4(c, None))
        if self.p(0.55):
            v = dailyline.video(rng)
            self.news_watched.append(v)
            out.append(dailyline.hls(c, v))
            out += [dailyline.segment(c) for _ in range(rng.randint(1, 2))]
            player = rng.choice(["jw_native", "jw_web", "brightcove", "brightcove", "ga4", "adobe"])
            if player == "jw_native":
                out += [dailyline.jw_ping(c, v, "s", True), dailyline.jw_ping(c, v, "t", True)]
            elif player == "jw_web":
                out += [dailyline.jw_ping(c, v, "e", False), dailyline.jw_ping(c, v, "s", False)]
            elif player == "brightcove":
                out.append(dailyline.brightcove(c, v, "player_load"))
                out.append(dailyline.brightcove(c, v, "video_view"))
                out += [
                    dailyline.brightcove(c, v, "video_engagement") for _ in range(rng.randint(1, 2))
                ]
            elif player == "ga4":
                out.append(dailyline.ga4(c, v))
            else:
                out.append(dailyline.adobe_session_start(c, v))
                out += [dailyline.adobe_ping(c) for _ in range(rng.randint(1, 2))]
            if self.p(0.2):
                out.append(dailyline.facebook_view(c, v))
        if self.news_watched and self.p(0.15):
            out.append(dailyline.watched_sync(c, self.news_watched[-3:]))
        for prob, fn in (
            (0.15, dailyline.personalised_home),
            (0.1, dailyline.weather),
            (0.15, dailyline.markets),
            (0.05, dailyline.comments),
            (0.04, dailyline.consent),
            (0.15, dailyline.liveblog),
        ):
            if self.p(prob):
                out.append(fn(c))

    def game_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out += [gemrush.level_telemetry(c) for _ in range(rng.randint(1, 2))]
        for prob, fn in (
            (0.2, gemrush.asset_bundle),
            (0.1, gemrush.remote_config),
            (0.15, gemrush.leaderboard),
            (0.08, gemrush.iap_verify),
            (0.06, gemrush.crash_report),
        ):
            if self.p(prob):
                out.append(fn(c))
        if self.p(0.75):
            out.append(gemrush.applovin_mediate(c))
            name = self.next(GAME_BIDDERS, "bidder")
            out.append(
                {
                    "vungle": gemrush.vungle_ads,
                    "mintegral_setting": gemrush.mintegral_setting,
                    "mintegral_analytics": gemrush.mintegral_analytics,
                    "inmobi": gemrush.inmobi_ad,
                    "aps": gemrush.amazon_aps,
                    "ironsource_logs": gemrush.ironsource_logs,
                    "unity": gemrush.unity_config,
                    "levelplay": gemrush.levelplay_init,
                }[name](c)
            )
            out.append(gemrush.ad_creative(c))
        if self.p(0.4):
            out.append(gemrush.gameanalytics(c, self.p(0.7)))
        if self.p(0.15):
            out.append(gemrush.backend_sync_opaque(c))

    def mirror_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        benign = [
            mirrorly.bg_remove,
            mirrorly.effects_catalog,
            mirrorly.effect_download,
            mirrorly.export_upload,
            mirrorly.paywall,
            mirrorly.style_vectors,
            mirrorly.effect_download,
        ]
        for _ in range(rng.randint(1, 2)):
            out.append(rng.choice(benign)(c))
        if self.p(0.05):
            out.append(mirrorly.model_download(c))
        for _ in range(rng.randint(1, 2) if self.p(0.9) else 0):
            kind, _, arg = self.next(MIRROR_SPECIAL, "mirror").partition(":")
            out.append(
                {
                    "avatar": lambda: mirrorly.avatar_train(c),
                    "puppet": lambda a=arg: mirrorly.puppet_blendshapes(c, a),
                    "retouch": lambda: mirrorly.retouch_mesh(c),
                    "luxand": lambda a=arg: mirrorly.luxand(c, a),
                    "beautify": lambda: mirrorly.beautify_points(c),
                    "mesh_b64": lambda: mirrorly.mesh_b64(c),
                    "puppet_pb": lambda: mirrorly.puppet_protobuf(c),
                    "msgpack": lambda: mirrorly.face_msgpack_opaque(c),
                }[kind]()
            )
        if self.p(0.15):
            out.append(mirrorly.singular(c))
        if self.p(0.05):
            out.append(mirrorly.sync_device(c))

    def bank_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out += [
            rng.choice([northvale.accounts, northvale.transactions])(c)
            for _ in range(rng.randint(1, 2))
        ]
        if self.p(0.8):
            name = self.next(BANK_SPECIAL, "bank")
            out.append(
                {
                    "face_login": lambda: northvale.face_login(c),
                    "faceprint": lambda: northvale.faceprint_b64(c),
                    "voice": lambda: northvale.voice_enrol(c),
                    "sumsub_selfie": lambda: northvale.sumsub_doc(c, True),
                    "risk_opaque": lambda: northvale.risk_opaque(c),
                    "tpl_opaque": lambda: northvale.template_opaque(c),
                }[name]()
            )
        for prob, fn in (
            (0.3, northvale.risk_profile),
            (0.2, northvale.fx_series),
            (0.1, northvale.atm_map),
            (0.15, northvale.card_freeze),
            (0.05, northvale.statement),
            (0.1, northvale.kyc_decision),
            (0.05, lambda cc: northvale.sumsub_doc(cc, False)),
        ):
            if self.p(prob):
                out.append(fn(c))

    def sing_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        out.append(rng.choice([singsong.search, singsong.charts])(c))
        out += [singsong.lyrics(c), singsong.backing_track(c)]
        if self.p(0.3):
            out.append(singsong.plays_sync(c))
        if self.p(0.35):
            out.append(singsong.clevertap(c, self.p(0.7)))
        if self.p(0.8):
            name = self.next(SING_SPECIAL, "sing")
            out.append(
                {
                    "enrol": singsong.azure_enrol,
                    "match": singsong.voice_match,
                    "identify": singsong.azure_identify,
                    "opaque": singsong.voice_vec_opaque,
                    "create_profile": singsong.azure_create_profile,
                }[name](c)
            )
        for prob, fn in (
            (0.2, singsong.performance_upload),
            (0.25, singsong.score_upload),
            (0.05, singsong.gift),
            (0.08, singsong.appsflyer),
        ):
            if self.p(prob):
                out.append(fn(c))


def generate_session(seed: int, target: int) -> tuple[Phone3, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.13, s.pulse_block),
        (0.16, s.toons_block),
        (0.12, s.wavecast_block),
        (0.15, s.news_block),
        (0.13, s.game_block),
        (0.11, s.mirror_block),
        (0.1, s.bank_block),
        (0.1, s.sing_block),
    ]
    return s.finish(
        blocks,
        background.BENIGN,
        target,
        0.4,
        after=lambda: s.rng.random() < 0.01 and s.flows.append(background.oem_update(s.ctx)),
    )
