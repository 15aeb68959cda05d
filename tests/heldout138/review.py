"""Review and approval of cuts on Frame.io (Adobe): work, not the producer's own viewing.

Frame.io v2 comments sit at a frame (`timestamp` in frames, `duration`,
https://developer.frame.io/api/reference/operation/createComment/); the client's
review playback is reported to the producer as a review-link activity feed
(`playhead`, `percent_viewed` of a cut by the client's reviewer). The reviewer
is another person watching a work-in-progress for approval, and the producer
scrubbing a cut to answer a note is editing work: neither is viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, new_builder, rid

API = "https://api.frame.io/v2"
UA = "Frame.io/4.9.2 (Android 14; Pixel 8)"
NOTES = [
    "Couper 4 images plus tôt ici svp",
    "Can we lift the mids on the VO from here?",
    "Le logo est trop petit",
    "Swap this b-roll for the drone shot",
    "Fondu trop long",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = new_builder(c, "frameio", method, f"{API}{path}", UA)
    b.header("authorization", "Bearer fio-u-" + rid(c.rng).replace("-", ""))
    return b


def comment(c: Context) -> Flow:
    b = _b(c, "POST", f"/assets/{rid(c.rng)}/comments")
    b.decoy("frame-accurate review comment at a timeline position (editing work)")
    b.json(
        {
            "text": c.rng.choice(NOTES),
            "timestamp": c.rng.randint(0, 24 * 600),
            "duration": c.rng.choice([0, 12, 48]),
            "annotation": None,
            "page": None,
        }
    )
    b.ok_json({"id": rid(c.rng), "inserted_at": iso(c), "owner_id": b.acct("frameio_user")})
    return b.build()


def comments_list(c: Context) -> Flow:
    b = _b(c, "GET", f"/assets/{rid(c.rng)}/comments?include=replies&page_size=50")
    b.decoy("comment list with frame timestamps (work notes)")
    b.ok_json(
        [
            {
                "id": rid(c.rng),
                "text": c.rng.choice(NOTES),
                "timestamp": c.rng.randint(0, 14000),
                "frame": c.rng.randint(0, 14000),
                "completed": c.rng.random() < 0.4,
            }
            for _ in range(c.rng.randint(2, 6))
        ]
    )
    return b.build()


def client_review_activity(c: Context) -> Flow:
    b = _b(c, "GET", f"/review_links/{rid(c.rng)}/activity")
    b.decoy(
        "the client's reviewer played the cut (playhead, percent_viewed): another person"
        " reviewing work for approval, not the tester's own viewing"
    )
    b.ok_json(
        [
            {
                "type": c.rng.choice(["asset.viewed", "asset.played", "asset.approved"]),
                "actor": {"name": "Agence Lumen — Sophie G."},
                "asset_name": f"SPOT_30s_v{c.rng.randint(2, 9)}.mov",
                "playhead": round(c.rng.uniform(0, 30), 2),
                "percent_viewed": c.rng.randint(20, 100),
                "at": iso(c),
            }
            for _ in range(c.rng.randint(1, 4))
        ]
    )
    return b.build()


def proxy_stream(c: Context) -> Flow:
    b = new_builder(
        c,
        "frameio",
        "GET",
        f"https://assets.frame.io/encode/{rid(c.rng)}/h264_1080_best.mp4?x-amz-expires=3600",
        "ExoPlayerLib/2.19.1",
    )
    b.respond(206, "video/mp4", b"\x00\x00\x00\x20ftypisom" + bytes(300))
    return b.build()


def approval(c: Context) -> Flow:
    b = _b(c, "PUT", f"/assets/{rid(c.rng)}/label")
    b.json({"label": c.rng.choice(["approved", "needs_review", "in_progress"])})
    b.ok_json({"ok": True})
    return b.build()


ALL = [comment, comments_list, client_review_activity, proxy_stream, approval, comment]
