"""The SDKs the family's apps carry: Iranian ones (Metrix analytics and
attribution, Tapsell and Adivery ads, Pushe push), plus Firebase reached
through the VPN, and the local app stores' update and billing calls.

Metrix custom events from Didbaz carry what was watched (`tamasha_video` with
its attributes). Tapsell's ad request carries a SHA-1 of the advertising id
under the bare key `h` as well as the plain one when the limit flag is off; the
opaque variant sends only the hash.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

UA = ua("Didbaz", "6.4.2")
APP_IDS = {"didbaz": "xkqwnzmpd", "navaye": "pqalrvbse", "safarbar": "hfyzmdwcq"}


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def metrix_session(c: Context) -> Flow:
    app = c.rng.choice(sorted(APP_IDS))
    b = _b(c, "metrix", "POST", "https://analytics.metrix.ir/v3/engagement_event")
    aid_attr = {"didbaz": "aid_vid", "navaye": "aid_music", "safarbar": "aid_ride"}[app]
    b.json(
        {
            "appId": APP_IDS[app],
            "metrixUserId": b.id("metrix_uid", where="json metrixUserId"),
            "androidAdvertisingId": b.id("gaid", where="json androidAdvertisingId"),
            "androidId": b.id(aid_attr, where="json androidId"),
            "events": [
                {"type": "sessionStart", "time": ms(c), "sessionNum": c.rng.randint(1, 400)}
            ],
            "deviceModel": "SM-A546E",
            "carrier": "MCI",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def metrix_watch_event(c: Context) -> Flow:
    b = _b(c, "metrix", "POST", "https://analytics.metrix.ir/v3/engagement_event")
    b.view("json events[].attributes film_uid + zaman_tamasha (custom event tamasha_video)")
    b.json(
        {
            "appId": APP_IDS["didbaz"],
            "metrixUserId": b.id("metrix_uid", where="json metrixUserId"),
            "events": [
                {
                    "type": "custom",
                    "slug": "tamasha_video",
                    "attributes": {
                        "film_uid": "k" + str(c.rng.randint(1000, 9999)),
                        "dastebandi": "serial",
                    },
                    "metrics": {"zaman_tamasha": c.rng.randint(20, 2400)},
                    "time": ms(c),
                }
            ],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def tapsell_ad(c: Context) -> Flow:
    b = _b(c, "tapsell", "POST", "https://api.tapsell.ir/v2/suggestions/native")
    b.decoy("ad zone id and ad request id")
    b.json(
        {
            "zoneId": "5f8b" + "".join(c.rng.choice("0123456789abcdef") for _ in range(20)),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "tapsellUserId": b.id("tapsell_uid", where="json tapsellUserId"),
            "requestId": rid(c.rng),
            "os": "android",
            "sdkVersion": "4.9.2",
        }
    )
    b.ok_json({"suggestions": [{"title": "تخفیف ویژه", "cta": "نصب"}]})
    return b.build()


def tapsell_hashed(c: Context) -> Flow:
    b = _b(c, "tapsell", "GET", "https://api.tapsell.ir/v2/s")
    b.param("h", b.id("gaid", "sha1", "query h (sha1 of advertising id)", detectable=False))
    b.param("z", str(c.rng.randint(10**5, 10**6)))
    b.no_content()
    return b.build()


def adivery_ad(c: Context) -> Flow:
    b = _b(c, "adivery", "POST", "https://api.adivery.com/api/v2/ad")
    b.json(
        {
            "placement_id": rid(c.rng),
            "app_id": rid(c.rng),
            "gaid": b.id("gaid", where="json gaid"),
            "android_id": b.id("aid_vid", where="json android_id"),
            "screen": "1080x2340",
        }
    )
    b.ok_json({"type": "banner", "url": "https://cdn.adivery.com/b/1.jpg"})
    return b.build()


def pushe_register(c: Context) -> Flow:
    b = _b(c, "pushe", "POST", "https://api.pushe.co/v2/register")
    b.json(
        {
            "pushe_id": b.id("pushe_id", where="json pushe_id"),
            "android_id": b.id("aid_msg", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "app_id": "ir.goftino.messenger",
            "time": ms(c),
        }
    )
    b.ok_json({"status": 1})
    return b.build()


def pushe_ack(c: Context) -> Flow:
    b = _b(c, "pushe", "POST", "https://api.pushe.co/v2/ack")
    b.decoy("notification message ids")
    b.json({"pid": b.id("pushe_id", where="json pid"), "msg_ids": [rid(c.rng) for _ in range(2)]})
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sekkeh-prod/installations",
    )
    b.json(
        {
            "fid": b.id("fid", where="json fid"),
            "appId": "1:40219:android:9a1b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.1.3",
        }
    )
    b.ok_json({"name": "projects/40219/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def bazaar_update(c: Context) -> Flow:
    b = _b(c, "bazaar", "POST", "https://api.cafebazaar.ir/rest-v1/process/GetAppUpdatesRequest")
    b.decoy("package names and version codes")
    b.json(
        {
            "packages": [
                {"pkg": p, "vc": c.rng.randint(100, 900)}
                for p in ("ir.didbaz.app", "ir.sekkeh", "ir.navaye")
            ]
        }
    )
    b.ok_json({"updates": []})
    return b.build()


def myket_billing(c: Context) -> Flow:
    b = _b(c, "myket", "POST", "https://apiserver.myket.ir/billing/v1/purchase/verify")
    b.decoy("purchase token and order id")
    b.json(
        {
            "sku": "eshterak_3mah",
            "purchaseToken": rid(c.rng),
            "orderId": "MK" + str(c.rng.randint(10**9, 10**10)),
            "time": iso(c),
        }
    )
    b.ok_json({"valid": True})
    return b.build()
