"""Kkumnarae Kids: a children's cartoon app on the family tablet-phone. Episode
watch reports are viewing history (a child's, still the household's); the
animal-face camera game and the drawing upload are not biometric."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import builder, galaxy_ua, kst, ms

API = "https://api.kkumnarae.example"
UA = galaxy_ua("KkumnaraeKids", "3.3.0")
SHOWS = ["뽀로로", "핑크퐁 아기상어", "타요", "신비아파트", "브레드이발소"]


def watch_report(c: Context) -> Flow:
    b = builder(c, "kkumnarae", "POST", f"{API}/v1/aideul/sicheong", UA)
    b.view("json 시청한영상[] (episode, 본시간 seconds) for the child profile")
    b.json(
        {
            "profile": b.acct("kids_profile"),
            "시청한영상": [
                {
                    "에피소드": f"{c.rng.choice(SHOWS)} {c.rng.randint(1, 52)}화",
                    "본시간": c.rng.randint(60, 900),
                }
                for _ in range(2)
            ],
            "기기": b.id("aid_kids", where="json 기기 (ANDROID_ID)"),
            "보낸시각": kst(c),
        }
    )
    b.no_content()
    return b.build()


def parent_report(c: Context) -> Flow:
    b = builder(c, "kkumnarae", "GET", f"{API}/v1/bumo/report?week=1", UA)
    b.view(
        "response json sicheongNaeyeok (child's watch history for the parent)", direction="response"
    )
    b.ok_json(
        {
            "sicheongNaeyeok": [
                {"title": s, "bun": c.rng.randint(5, 60), "date": kst(c)[:8]} for s in SHOWS[:3]
            ],
            "chongBun": c.rng.randint(30, 300),
        }
    )
    return b.build()


def animal_game(c: Context) -> Flow:
    b = builder(c, "kkumnarae", "POST", f"{API}/v1/game/dongmul-eolgul", UA)
    b.decoy("animal-face matching game result (cartoon animal faces, no face data)")
    b.json(
        {
            "dongmul": c.rng.choice(["rabbit", "tiger", "bear"]),
            "score": c.rng.randint(0, 100),
            "t": ms(c),
        }
    )
    b.ok_json({"stars": 3})
    return b.build()


def drawing_upload(c: Context) -> Flow:
    b = builder(c, "kkumnarae", "PUT", f"https://up.kkumnarae.example/geurim/{ms(c)}.jpg", UA)
    b.decoy("child's drawing image (not a face)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 500), "image/jpeg")
    b.ok_json({"ok": True})
    return b.build()
