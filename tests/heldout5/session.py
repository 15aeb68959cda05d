"""The script of the set-5 session: the tester uses eight apps in turn on a
Xiaomi phone, watches anime on a Chromecast with Google TV and drives the car,
while an LG and a Vizio TV on the same network run their own ACR; the phone's
background traffic falls in between. Sensitive events rotate through a
schedule per app so that even a small set covers every family, including the
opaque ones.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import SessionBase

from . import (
    background,
    caredock,
    chapterly,
    glint,
    jetway,
    keepsake,
    mochi,
    motorlink,
    parla,
    swiftshield,
    tvacr,
)
from .phone import Phone5

START = 1720947600.0  # 2024-07-14T09:00:00Z

Table = list[tuple[float, Callable[[Context], Flow]]]

CARE_BIO = [
    "incode",
    "liveness",
    "persona",
    "voice_b64",
    "iproov",
    "voice_enrol",
    "voice",
    "opaque",
]
KEEP_BIO = ["groups", "b64", "groups", "pb", "b64", "groups"]
JET_BIO = ["enrol", "selfie", "enrol_b64", "gate", "selfie"]
MOTOR_BIO = ["dms", "profile", "dms", "blob", "dms"]
PARLA_BIO = ["enrol", "verify", "named", "unnamed", "enrol", "verify"]
SHIELD_ADS = [
    "pubnative",
    "yandex",
    "mytarget",
    "bidmachine",
    "huawei",
    "aps",
    "dt",
    "pubnative_sha1",
    "xiaomi",
    "moloco",
    "obf",
    "yandex",
]
TV_VIEW = ["lg_fp", "vizio", "lg_match", "lg_fp_opaque", "vizio_audio", "vizio", "lg_fp"]


class Session(SessionBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, Phone5.make, START)

    def next(self, schedule: list[str], key: str) -> str:
        return self.pick(schedule, key)

    def startup(self) -> None:
        c = self.ctx
        self.flows += [
            background.generate_204(c),
            glint.ui_event_anon(c),
            mochi.device_register(c),
            caredock.fid(c),
            caredock.push_register(c),
            keepsake.amplitude(c, False),
            jetway.adjust_session(c, False),
            motorlink.tcu_register(c),
            motorlink.push_token(c),
            swiftshield.remote_config(c),
            parla.install_ping(c),
            parla.braze(c),
            chapterly.device_auth(c),
            tvacr.vizio_heartbeat(c),
            tvacr.lg_epg(c),
        ]

    # --- per-app blocks ---------------------------------------------------------------

    def glint_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        self.some(
            [
                (0.6, glint.stream_metadata),
                (0.3, glint.directory),
                (0.4, glint.emote),
                (0.3, glint.ivs_quality),
                (0.25, glint.chat_send),
                (0.15, glint.ui_event_anon),
            ]
        )
        if not self.p(0.75):
            return
        out.append(glint.playback_token(c))
        out.append(glint.hls_master(c))
        for _ in range(rng.randint(1, 3)):
            out.append(glint.ivs_segment(c))
        if self.p(0.8):
            out.append(glint.minute_watched(c, self.next(["n", "n", "n", "o"], "mw") == "o"))
        self.some(
            [
                (0.35, glint.video_play),
                (0.25, glint.chat_state),
                (0.15, glint.app_event),
                (0.2, glint.vod_resume),
                (0.18, glint.telemetry_pb),
                (0.15, glint.sync_blob),
            ]
        )
        if self.p(0.3):
            out.append(
                glint.bitmovin_sample(c, rng.choice(["playing", "playing", "startup", "buffering"]))
            )

    def mochi_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        self.some(
            [
                (0.6, mochi.browse),
                (0.4, mochi.episodes),
                (0.5, mochi.thumbnail),
                (0.25, mochi.search),
                (0.05, mochi.settings_sync),
                (0.05, mochi.crash),
            ]
        )
        if not self.p(0.7):
            return
        out.append(mochi.manifest(c))
        out.append(mochi.widevine(c))
        if self.p(0.35):
            out.append(mochi.ima_ad(c, self.p(0.3)))
        for _ in range(rng.randint(1, 3)):
            out.append(mochi.segment(c))
        self.some(
            [
                (0.7, mochi.playhead),
                (0.15, mochi.watch_history),
                (0.15, mochi.continue_watching),
                (0.3, mochi.bitmovin),
                (0.22, mochi.events_batch),
            ]
        )

    def care_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.5, caredock.appointments),
                (0.3, caredock.clinician_search),
                (0.2, caredock.symptom_check),
                (0.1, caredock.article),
                (0.04, caredock.signup),
                (0.08, caredock.prescription),
                (0.1, caredock.okhttp_health),
            ]
        )
        if self.p(0.3):
            out += [caredock.video_token(c), caredock.video_stats(c)]
            if self.p(0.5):
                out.append(caredock.video_stats(c))
        for _ in range(self.rng.randint(1, 2) if self.p(0.95) else 0):
            name = self.next(CARE_BIO, "care")
            out.append(
                {
                    "incode": caredock.incode_face,
                    "liveness": caredock.liveness_challenge,
                    "persona": caredock.persona_selfie,
                    "voice_b64": lambda x: caredock.voice_template(x, True),
                    "voice": lambda x: caredock.voice_template(x, False),
                    "voice_enrol": caredock.voice_enrol,
                    "iproov": caredock.iproov_claim,
                    "opaque": caredock.face_template_opaque,
                }[name](c)
            )
        if self.p(0.08):
            out.append(caredock.fid(c))

    def keep_block(self) -> None:
        c, rng, out = self.ctx, self.rng, self.flows
        for _ in range(rng.randint(1, 3)):
            out.append(keepsake.upload_chunk(c))
        self.some(
            [
                (0.5, keepsake.thumbnails),
                (0.4, keepsake.upload_progress),
                (0.3, keepsake.albums),
                (0.3, keepsake.object_labels),
                (0.25, keepsake.exif_sync),
                (0.1, keepsake.person_rename),
                (0.08, keepsake.storage_quota),
            ]
        )
        if self.p(0.95):
            name = self.next(KEEP_BIO, "keep")
            out.append(
                {
                    "groups": keepsake.face_groups,
                    "b64": keepsake.faceprint_b64,
                    "pb": keepsake.face_pb,
                }[name](c)
            )
        if self.p(0.35):
            out.append(keepsake.amplitude(c, self.next(["n", "n", "o"], "amp") == "o"))

    def jet_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.6, jetway.flight_status),
                (0.3, jetway.fare_calendar),
                (0.2, jetway.seat_map),
                (0.25, jetway.boarding_pass),
                (0.3, jetway.airport_map),
                (0.15, jetway.loyalty),
                (0.1, jetway.ancillary_offer),
            ]
        )
        if self.p(0.9):
            name = self.next(JET_BIO, "jet")
            out.append(
                {
                    "enrol": lambda x: jetway.face_enrol(x, False),
                    "enrol_b64": lambda x: jetway.face_enrol(x, True),
                    "selfie": jetway.selfie_capture,
                    "gate": jetway.gate_token,
                }[name](c)
            )
        if self.p(0.2):
            out.append(jetway.adjust_session(c, self.p(0.3)))
        if self.p(0.1):
            out.append(jetway.analytics_opaque(c))

    def motor_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.45, motorlink.vehicle_status),
                (0.2, motorlink.remote_command),
                (0.4, motorlink.trip_trace),
                (0.3, motorlink.chargers),
                (0.2, motorlink.fuel_prices),
                (0.08, motorlink.ota_check),
                (0.06, motorlink.service_booking),
                (0.03, motorlink.tcu_register),
            ]
        )
        if self.p(0.9):
            name = self.next(MOTOR_BIO, "motor")
            out.append(
                {
                    "dms": motorlink.dms_event,
                    "profile": motorlink.driver_profile,
                    "blob": motorlink.dms_blob,
                }[name](c)
            )

    def shield_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.5, swiftshield.server_list),
                (0.5, swiftshield.connect),
                (0.25, swiftshield.speed_test),
                (0.4, swiftshield.ip_check),
                (0.3, swiftshield.junk_scan),
                (0.04, swiftshield.purchase),
                (0.1, swiftshield.remote_config),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.85) else 0):
            name = self.next(SHIELD_ADS, "ads")
            out.append(
                {
                    "pubnative": lambda x: swiftshield.pubnative(x, "plain"),
                    "pubnative_sha1": lambda x: swiftshield.pubnative(x, "sha1"),
                    "yandex": swiftshield.yandex,
                    "mytarget": swiftshield.mytarget,
                    "huawei": swiftshield.huawei,
                    "aps": swiftshield.aps,
                    "dt": swiftshield.dt_exchange,
                    "bidmachine": swiftshield.bidmachine,
                    "moloco": swiftshield.moloco,
                    "xiaomi": swiftshield.xiaomi_ads,
                    "obf": swiftshield.obfuscated_sdk,
                }[name](c)
            )
            self.some([(0.6, swiftshield.creative), (0.4, swiftshield.impression)])

    def parla_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.6, parla.lesson),
                (0.4, parla.tts),
                (0.5, parla.pronunciation_azure),
                (0.4, parla.pronunciation_own),
                (0.4, parla.progress),
                (0.15, parla.leaderboard),
                (0.15, parla.braze),
            ]
        )
        if self.p(0.7):
            name = self.next(PARLA_BIO, "parla")
            if name in ("enrol", "verify"):
                if name == "enrol":
                    out.append(parla.speaker_profile(c))
                out.append(parla.speaker_enrol(c, name == "verify"))
            else:
                out.append(parla.voice_login_cache(c, name == "named"))

    def chapter_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.4, chapterly.catalogue),
                (0.2, chapterly.search),
                (0.4, chapterly.cover),
                (0.3, chapterly.reading_position),
                (0.1, chapterly.highlights),
            ]
        )
        if self.p(0.65):
            for _ in range(self.rng.randint(1, 3)):
                out.append(chapterly.audio_chunk(c))
            self.some(
                [
                    (0.7, chapterly.listening_position),
                    (0.25, chapterly.listening_sessions),
                    (0.12, chapterly.library_history),
                    (0.22, chapterly.listen_opaque),
                ]
            )
        if self.p(0.25):
            out.append(chapterly.mixpanel(c, self.next(["n", "n", "h"], "mp") == "h"))

    def tv_block(self) -> None:
        c, out = self.ctx, self.flows
        self.some(
            [
                (0.3, tvacr.lg_epg),
                (0.2, tvacr.lg_home_icons),
                (0.05, tvacr.lg_firmware),
                (0.25, tvacr.vizio_guide),
                (0.2, tvacr.time_sync),
                (0.12, tvacr.lg_ad),
                (0.12, tvacr.vizio_ad),
                (0.05, tvacr.vizio_heartbeat),
            ]
        )
        for _ in range(self.rng.randint(1, 2) if self.p(0.9) else 0):
            name = self.next(TV_VIEW, "tv")
            out.append(
                {
                    "lg_fp": lambda x: tvacr.lg_fingerprints(x, False),
                    "lg_fp_opaque": lambda x: tvacr.lg_fingerprints(x, True),
                    "lg_match": tvacr.lg_match_report,
                    "vizio": tvacr.vizio_viewing,
                    "vizio_audio": tvacr.vizio_audio_acr,
                }[name](c)
            )


def generate_session(seed: int, target: int) -> tuple[Phone5, list[Flow]]:
    """About `target` flows (never fewer), deterministic for a seed."""
    s = Session(seed)
    s.startup()
    blocks = [
        (0.16, s.glint_block),
        (0.14, s.mochi_block),
        (0.1, s.care_block),
        (0.09, s.keep_block),
        (0.09, s.jet_block),
        (0.1, s.motor_block),
        (0.13, s.shield_block),
        (0.1, s.parla_block),
        (0.13, s.chapter_block),
        (0.14, s.tv_block),
    ]
    return s.finish(blocks, background.BENIGN, target, 0.3)
