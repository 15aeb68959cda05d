"""Photo editor "YanJi": its ordinary traffic (materials, slider settings,
articles, album backup to Alibaba Cloud OSS), all in-house apart from the OSS
`PUT /{object}` upload with `x-oss-date`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .beauty import API, UA, hdr
from .phone import FB, rf

OSS = "https://yj-album.oss-cn-hangzhou.aliyuncs.com"


def sticker_catalogue(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx,
        "yanji-api",
        "GET",
        f"{API}/v2/materials",
        [("cat", "face_sticker"), ("page", str(r.randint(1, 5)))],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "items": [
                {
                    "id": new_digits(r, 6),
                    "name": n,
                    "anchor": "face_landmark_106",
                    "zip": f"https://cdn.yanji-photo.com/m/{new_hex(r, 16)}.zip",
                    "md5": new_hex(r, 32),
                }
                for n in ("猫耳", "腮红", "星星眼", "雀斑妆")
            ]
        }
    )
    b.decoy("face-sticker catalogue (names, hashes, anchor type)")
    return b.build()


def slider_prefs(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "yanji-api", "PUT", f"{API}/v1/user/beauty_prefs")
    hdr(b)
    b.json(
        {
            "smoothSkin": rf(r, 0, 1, 2),
            "whiten": rf(r, 0, 1, 2),
            "slimFace": rf(r, 0, 1, 2),
            "bigEye": rf(r, 0, 1, 2),
            "narrowNose": rf(r, 0, 1, 2),
            "preset": "natural_02",
        }
    )
    b.ok_json({"code": 0})
    b.decoy("user's beauty slider settings (no measurement of a face)")
    return b.build()


def article(ctx: Context) -> Flow:
    b = FB(ctx, "yanji-api", "GET", f"{API}/v1/academy/article/{new_digits(ctx.rng, 6)}")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "title": "How face reshaping finds your jawline",
            "body": "Our editor detects 240 facial landmarks, then warps the jaw and cheek "
            "contour with a mesh so the face shape changes smoothly ...",
            "tags": ["face", "landmarks", "tutorial"],
        }
    )
    b.decoy("article about face landmarks")
    return b.build()


def album_backup(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "yanji-cloud",
        "PUT",
        f"{OSS}/u/{new_hex(ctx.rng, 16)}/IMG_{new_digits(ctx.rng, 8)}.jpg",
    )
    b.set_body(fake_jpeg(ctx.rng.randint(0, 1 << 30), 1600), "image/jpeg")
    b.header("x-oss-date", str(int(ctx.now)))
    b.respond(200, None, headers=[("etag", '"' + new_hex(ctx.rng, 32).upper() + '"')])
    b.decoy("photo backup to object storage (not a face API)")
    return b.build()
