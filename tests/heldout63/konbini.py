"""A convenience-store app (fictional host) with LINE Login.

LINE Login v2.1 as the LINE SDK for Android does it (developers.line.biz
docs): POST api.line.me/oauth2/v2.1/token (form: grant_type=
authorization_code, code, redirect_uri, client_id, code_verifier), then GET
api.line.me/v2/profile with the bearer token; the LINE user id is an account
id, not a device id. Store search sends coordinates, the parcel locker and
the shop's multifunction copier are shared things (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://app.machi-konbini.jp"
UA = ua("MachiKonbini", "6.3.0")


def line_token(ctx: Context) -> Flow:
    b = FB(ctx, "line", "POST", "https://api.line.me/oauth2/v2.1/token")
    b.form(
        [
            ("grant_type", "authorization_code"),
            ("code", new_hex(ctx.rng, 20)),
            ("redirect_uri", "intent://result#Intent;package=jp.konbini.machi;end"),
            ("client_id", new_digits(ctx.rng, 10, "16")),
            ("code_verifier", new_hex(ctx.rng, 43)),
        ]
    )
    b.decoy("OAuth code exchange (tokens, no device id)")
    b.ok_json(
        {"access_token": new_hex(ctx.rng, 40), "expires_in": 2592000, "id_token": rid(ctx.rng)}
    )
    return b.build()


def line_profile(ctx: Context) -> Flow:
    b = FB(ctx, "line", "GET", "https://api.line.me/v2/profile")
    b.header("authorization", "Bearer " + new_hex(ctx.rng, 40))
    b.decoy("account profile (LINE user id is an account id)")
    b.ok_json({"userId": ctx.phone.line_user, "displayName": "はるか"})  # type: ignore[attr-defined]
    return b.build()


def app_install(ctx: Context) -> Flow:
    b = FB(ctx, "konbini", "POST", f"{API}/api/v2/install")
    b.header("user-agent", UA)
    b.json(
        {
            "installId": ctx.phone.konbi_install,  # type: ignore[attr-defined]
            "androidId": b.id("aid_konbi", how="upper", where="body.androidId(upper)"),
            "pushToken": ctx.phone.push_token,  # type: ignore[attr-defined]
            "memberNo": ctx.phone.konbi_member,  # type: ignore[attr-defined]
            "osVersion": "14",
        }
    )
    b.other_id("konbi_install", "body.installId")
    b.ok_json({"result": "ok"})
    return b.build()


def coupons(ctx: Context) -> Flow:
    b = FB(ctx, "konbini", "GET", f"{API}/api/v2/coupons", [("cat", "onigiri")])
    b.header("user-agent", UA)
    b.header("x-app-inst", ctx.phone.konbi_install)  # type: ignore[attr-defined]
    b.other_id("konbi_install", "header.x-app-inst", detectable=False)
    b.ok_json({"coupons": [{"id": new_digits(ctx.rng, 8), "yen": 30}], "req": rid(ctx.rng)})
    return b.build()


def store_search(ctx: Context) -> Flow:
    lat, lng = rf(ctx.rng, 35.60, 35.72), rf(ctx.rng, 139.65, 139.80)
    b = FB(ctx, "konbini", "GET", f"{API}/api/v2/stores", [("lat", str(lat)), ("lng", str(lng))])
    b.decoy("store search with coordinates")
    stores = [
        {
            "storeNo": new_digits(ctx.rng, 6),
            "lat": rf(ctx.rng, 35.6, 35.7),
            "lng": rf(ctx.rng, 139.6, 139.8),
        }
        for _ in range(4)
    ]
    b.ok_json({"stores": stores})
    return b.build()


def locker(ctx: Context) -> Flow:
    b = FB(ctx, "konbini", "POST", f"{API}/api/v2/locker/open")
    b.header("user-agent", UA)
    b.json(
        {
            "lockerId": "PL" + new_digits(ctx.rng, 8),
            "boxNo": ctx.rng.randint(1, 30),
            "pickupCode": new_digits(ctx.rng, 6),
        }
    )
    b.decoy("parcel locker id (shared thing)")
    b.ok_json({"opened": True})
    return b.build()


def copier(ctx: Context) -> Flow:
    b = FB(ctx, "konbini", "POST", f"{API}/api/v2/netprint/reserve")
    b.json(
        {
            "mfpSerial": "MFP" + new_digits(ctx.rng, 9),
            "storeNo": new_digits(ctx.rng, 6),
            "file": "ticket.pdf",
            "at": iso(ctx),
        }
    )
    b.decoy("shop's copier serial (shared thing)")
    b.ok_json({"yoyaku_no": new_hex(ctx.rng, 8).upper()})
    return b.build()


def member_barcode(ctx: Context) -> Flow:
    b = FB(ctx, "konbini", "GET", f"{API}/api/v2/member/barcode")
    b.header("user-agent", UA)
    b.decoy("member number (account)")
    b.ok_json({"memberNo": ctx.phone.konbi_member, "points": ctx.rng.randint(0, 9000)})  # type: ignore[attr-defined]
    return b.build()
