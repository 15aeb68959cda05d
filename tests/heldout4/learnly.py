"""Learnly: an e-learning app with course videos. Progress goes to the app's API and,
as xAPI statements, to a Learning Record Store; Branch handles deep links.

Wire formats: xAPI 1.0.3 statements (`actor`, `verb`, `object`, `result`,
`context`, header `X-Experience-API-Version`) with the ADL xAPI Video Profile
verbs (https://w3id.org/xapi/video/verbs/played, paused, seeked, completed) and
extensions (`.../extensions/time`, `progress`, `played-segments`, `length`),
https://github.com/adlnet/xapi-authored-profiles (Video Profile.jsonld); the xAPI
State API (`/activities/state?activityId&agent&stateId`); Branch `POST /v1/open`
(`hardware_id`, `is_hardware_id_real`, `advertising_ids`).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, okhttp, req_id, rf, ua
from .shapes import COURSES

API = "https://api.learnly-academy.com"
LRS = "https://lrs.learnly-academy.com/xapi"
UA = ua("Learnly", "4.7.3")
VIDEO_PROFILE = "https://w3id.org/xapi/video"


def lecture(ctx: Context) -> dict[str, object]:
    slug, title = ctx.rng.choice(COURSES)
    n = ctx.rng.randint(1, 24)
    return {
        "course": slug,
        "course_title": title,
        "lecture_id": f"{slug}-l{n:02d}",
        "title": f"{title} - Lesson {n}",
        "length": ctx.rng.randint(240, 1500),
    }


def _api(ctx: Context, method: str, path: str) -> FB:
    fb = FB(ctx, "learnly", method, API + path)
    fb.header("user-agent", UA)
    fb.header("authorization", "Bearer " + new_hex(ctx.rng, 48))
    return fb


# --- negatives -------------------------------------------------------------------------


def catalog(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/api/v2/courses")
    fb.param("category", ctx.rng.choice(["data", "design", "languages"]))
    fb.ok_json(
        {"courses": [{"slug": s, "title": t, "rating": rf(ctx.rng, 4, 5, 1)} for s, t in COURSES]}
    )
    return fb.build()


def course_page(ctx: Context) -> Flow:
    lec = lecture(ctx)
    fb = _api(ctx, "GET", f"/api/v2/courses/{lec['course']}/curriculum")
    fb.ok_json({"sections": [{"title": "Getting started", "lectures": [lec["lecture_id"]]}]})
    return fb.build()


def video_manifest(ctx: Context, lec: dict[str, object]) -> Flow:
    fb = FB(
        ctx,
        "learnly-cdn",
        "GET",
        f"https://vod.learnly-cdn.com/{lec['lecture_id']}/hls/master.m3u8",
    )
    fb.param("Policy", new_hex(ctx.rng, 40))
    fb.param("Signature", new_hex(ctx.rng, 40))
    fb.header("user-agent", "ExoPlayerLib/2.19.1")
    fb.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000\n720p.m3u8\n",
    )
    return fb.build()


def video_segment(ctx: Context, lec: dict[str, object]) -> Flow:
    fb = FB(
        ctx,
        "learnly-cdn",
        "GET",
        f"https://vod.learnly-cdn.com/{lec['lecture_id']}/hls/"
        f"720p_{ctx.rng.randint(0, 200):05d}.ts",
    )
    fb.header("user-agent", "ExoPlayerLib/2.19.1")
    fb.respond(200, "video/mp2t", b"G@" + bytes(ctx.rng.getrandbits(8) for _ in range(500)))
    return fb.build()


def captions(ctx: Context, lec: dict[str, object]) -> Flow:
    fb = FB(
        ctx,
        "learnly-cdn",
        "GET",
        f"https://vod.learnly-cdn.com/{lec['lecture_id']}/captions/en.vtt",
    )
    fb.respond(
        200, "text/vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome back to the course.\n"
    )
    return fb.build()


def quiz_submit(ctx: Context) -> Flow:
    fb = _api(ctx, "POST", f"/api/v2/quizzes/q{new_digits(ctx.rng, 6)}/attempts")
    fb.json(
        {
            "answers": [{"q": i, "choice": ctx.rng.randint(0, 3)} for i in range(5)],
            "attempt_id": req_id(ctx.rng),
        }
    )
    fb.ok_json({"score": ctx.rng.randint(2, 5), "max": 5})
    return fb.build()


def certificate(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", f"/api/v2/certificates/UC-{new_uuid(ctx.rng)}.pdf")
    fb.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(ctx.rng.getrandbits(8) for _ in range(400))
    )
    return fb.build()


def search(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/api/v2/search")
    fb.param("q", ctx.rng.choice(["pandas", "pivot", "figma", "aperture"]))
    fb.ok_json({"results": [], "took_ms": ctx.rng.randint(5, 80)})
    return fb.build()


# --- viewing -------------------------------------------------------------------------


def _actor(fb: FB, ctx: Context) -> dict[str, object]:
    if ctx.rng.random() < 0.5:
        return {
            "objectType": "Agent",
            "mbox": "mailto:" + fb.id("email", where="statement actor.mbox"),
        }
    return {
        "objectType": "Agent",
        "account": {"homePage": "https://learnly-academy.com", "name": ctx.phone.learner_id},
    }


def xapi_statements(ctx: Context, lec: dict[str, object], verbs: list[str]) -> Flow:
    fb = FB(ctx, "learnly-lrs", "POST", f"{LRS}/statements")
    fb.header("user-agent", UA)
    fb.header("x-experience-api-version", "1.0.3")
    fb.header("authorization", "Basic " + b64(new_hex(ctx.rng, 12) + ":" + new_hex(ctx.rng, 20)))
    actor = _actor(fb, ctx)
    sid = new_uuid(ctx.rng)
    statements = []
    t = 0.0
    for verb in verbs:
        t = min(float(lec["length"]), t + ctx.rng.uniform(20, 300))  # type: ignore[arg-type]
        ext = {f"{VIDEO_PROFILE}/extensions/time": round(t, 3)}
        if verb in ("paused", "completed"):
            ext[f"{VIDEO_PROFILE}/extensions/progress"] = round(t / float(lec["length"]), 3)  # type: ignore[arg-type]
            ext[f"{VIDEO_PROFILE}/extensions/played-segments"] = f"0[.]{round(t, 3)}"  # type: ignore[assignment]
        statements.append(
            {
                "id": new_uuid(ctx.rng),
                "actor": actor,
                "verb": {"id": f"{VIDEO_PROFILE}/verbs/{verb}", "display": {"en-US": verb}},
                "object": {
                    "id": f"https://learnly-academy.com/lectures/{lec['lecture_id']}",
                    "definition": {
                        "type": "https://w3id.org/xapi/video/activity-type/video",
                        "name": {"en-US": lec["title"]},
                    },
                },
                "result": {"extensions": ext},
                "context": {
                    "registration": sid,
                    "contextActivities": {"category": [{"id": VIDEO_PROFILE}]},
                    "extensions": {
                        f"{VIDEO_PROFILE}/extensions/session-id": sid,
                        f"{VIDEO_PROFILE}/extensions/length": lec["length"],
                    },
                },
                "timestamp": iso(ctx),
            }
        )
    fb.view("xAPI statements verb=video/verbs/* object=lecture result.extensions.time")
    fb.json(statements)
    fb.ok_json([s["id"] for s in statements])
    return fb.build()


def xapi_state(ctx: Context, lec: dict[str, object]) -> Flow:
    fb = FB(ctx, "learnly-lrs", "PUT", f"{LRS}/activities/state")
    fb.header("x-experience-api-version", "1.0.3")
    fb.header("user-agent", UA)
    fb.param("activityId", f"https://learnly-academy.com/lectures/{lec['lecture_id']}")
    fb.param(
        "agent",
        js(
            {
                "objectType": "Agent",
                "account": {
                    "homePage": "https://learnly-academy.com",
                    "name": ctx.phone.learner_id,
                },
            }
        ),
    )
    fb.param("stateId", "https://w3id.org/xapi/video/state/resume")
    fb.json({"time": round(ctx.rng.uniform(10, float(lec["length"])), 2), "completion": False})  # type: ignore[arg-type]
    fb.view("xAPI state stateId=video resume for activityId=lecture")
    fb.no_content()
    return fb.build()


def progress(ctx: Context, lec: dict[str, object]) -> Flow:
    fb = _api(ctx, "PUT", f"/api/v2/lectures/{lec['lecture_id']}/progress")
    pos = ctx.rng.randint(10, int(lec["length"]))  # type: ignore[call-overload]
    fb.json(
        {
            "position_seconds": pos,
            "duration_seconds": lec["length"],
            "completed": pos > int(lec["length"]) - 20,
            "watched_at": iso(ctx),
        }
    )  # type: ignore[call-overload]
    fb.view("url lectures/{id}/progress body position_seconds/watched_at")
    fb.ok_json({"ok": True})
    return fb.build()


def telemetry_opaque(ctx: Context, lec: dict[str, object]) -> Flow:
    fb = FB(ctx, "learnly", "POST", "https://t.learnly-academy.com/b")
    fb.header("user-agent", UA)
    rows = [
        ["v", lec["lecture_id"], ctx.rng.randint(10, 1500), rf(ctx.rng, 0, 1, 2), ms(ctx)]
        for _ in range(ctx.rng.randint(1, 4))
    ]
    fb.json(
        {"i": fb.id("learn_install", where="body i", detectable=False), "e": rows}, encoding="gzip"
    )
    fb.view("body e[][lecture, seconds, ratio, ts] (positional, no keys)", detectable=False)
    fb.no_content()
    return fb.build()


def recently_watched(ctx: Context, lecs: list[dict[str, object]]) -> Flow:
    fb = _api(ctx, "GET", "/api/v2/me/recently-watched")
    fb.view("response items[].lecture_id/last_position/watched_at", direction="response")
    fb.ok_json(
        {
            "items": [
                {
                    "lecture_id": lec["lecture_id"],
                    "last_position": ctx.rng.randint(10, 900),
                    "watched_at": iso(ctx),
                }
                for lec in lecs
            ]
        }
    )
    return fb.build()


# --- Branch -----------------------------------------------------------------------------


def branch_open(ctx: Context) -> Flow:
    fb = FB(ctx, "branch", "POST", "https://api2.branch.io/v1/open")
    fb.header("user-agent", okhttp())
    fb.json(
        {
            "hardware_id": fb.id("aid_learn", where="body hardware_id"),
            "is_hardware_id_real": True,
            "randomized_device_token": fb.id("branch_token", where="body randomized_device_token"),
            "advertising_ids": {"aaid": fb.id("gaid", where="body advertising_ids.aaid")},
            "brand": "google",
            "model": "Pixel 8",
            "os": "Android",
            "os_version": 34,
            "branch_key": "key_live_" + new_hex(ctx.rng, 32),
            "app_version": "4.7.3",
            "sdk": "android5.12.0",
        }
    )
    fb.ok_json(
        {"session_id": new_digits(ctx.rng, 18, "1"), "data": js({"+clicked_branch_link": False})}
    )
    return fb.build()


def deeplink_meta(ctx: Context) -> Flow:
    fb = _api(ctx, "GET", "/api/v2/links/resolve")
    fb.param("url", quote("https://learnly.app.link/" + new_hex(ctx.rng, 10)))
    fb.ok_json({"target": "course", "slug": ctx.rng.choice(COURSES)[0]})
    return fb.build()
