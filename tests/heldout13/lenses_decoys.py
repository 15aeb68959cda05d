"""The camera messenger's ordinary traffic: lens catalogue and assets, chat,
a menu-built cartoon avatar, a ranking feature vector. Decoys: faces are talked
about or drawn, never measured.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow

from .lenses import LENSES, UA, _b
from .phone import FB, floats, ms, rid


def lens_carousel(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/lens/v4/carousel")
    b.param("placement", "camera")
    b.param("limit", "30")
    items = [
        {
            "id": ln,
            "name": ln[3:].replace("_", " "),
            "icon": f"https://cdn.flashpix-chat.app/i/{ln}.png",
        }
        for ln in LENSES
    ]
    b.ok_json({"lenses": items})
    b.decoy("lens catalogue (names of face lenses, icons)")
    return b.build()


def chat_send(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/chat/v3/send")
    r = ctx.rng
    text = r.choice(
        [
            "that face filter makes u look like ur grandpa lmao",
            "did u see the new anime eyes lens",
            "omw to school",
            "my face when the bank app asked me to say a sentence",
        ]
    )
    b.json(
        {"to": "fs_" + rid(r)[:12].replace("-", ""), "kind": "text", "text": text, "cid": rid(r)}
    )
    b.ok_json({"msg_id": rid(r), "ts": ms(ctx)})
    b.decoy("chat text that talks about faces and filters")
    return b.build()


def avatar_editor(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", "/avatar/v1/me")
    r = ctx.rng
    look = {
        "face_shape": r.choice(["round", "oval", "heart"]),
        "eyes": f"style_{r.randint(1, 40)}",
        "skin_tone": f"#{r.randint(0, 0xFFFFFF):06x}",
        "hair": r.choice(["bob", "buzz", "long_wavy"]),
        "gender_style": r.choice(["feminine", "masculine", "neutral"]),
    }
    b.json({"avatar": look, "rev": r.randint(2, 40)})
    b.ok_json({"ok": True})
    b.decoy("cartoon avatar picked from menus (face shape, eye style): not measured")
    return b.build()


def lens_asset(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(
        ctx, "flashpix", "GET", f"https://cdn.flashpix-chat.app/lens/{r.choice(LENSES)}/model.bin"
    )
    b.header("user-agent", UA)
    b.respond(200, "application/octet-stream", hashlib.shake_256(r.randbytes(8)).digest(800))
    b.decoy("lens asset download (a face-tracking model file, nothing about the user)")
    return b.build()


def feature_weights(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/ranker/v1/score")
    r = ctx.rng
    b.json(
        {"surface": "discover", "candidates": [rid(r)[:8] for _ in range(6)], "emb": floats(r, 32)}
    )
    b.ok_json({"order": list(range(6))})
    b.decoy("content-ranking feature vector (no face context)")
    return b.build()
