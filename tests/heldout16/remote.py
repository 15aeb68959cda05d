"""The owner's phone app that controls the Bravia over the LAN, plus its cloud.

Real formats: Sony BRAVIA REST API (JSON-RPC over POST `/sony/system`,
`/sony/avContent`, `/sony/IRCC`; `X-Auth-PSK`; getSystemInformation answers
serial, macAddr, cid; getPlayingContentInfo answers programTitle, title,
dispNum, startDateTime, durationSec; see bunk3r/braviapy README), Firebase
Installations REST (`POST /v1/projects/{p}/installations` with fid, appId,
authVersion FIS_v2, sdkVersion).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, phone_ua, rid

SDK = "tvremote"
TV = "http://192.168.1.47"
UA = phone_ua("BraviaPilot", "2.8.1")
API = "https://api.braviapilot.app"
PROGS = [
    ("BBC One HD", "Antiques Roadshow", "001"),
    ("ITV1 HD", "The Chase", "003"),
    ("Channel 4 HD", "Bake Off", "004"),
    ("Film4", "Paddington 2", "014"),
]


def _rpc(b: FB, method: str, n: int) -> None:
    b.header("x-auth-psk", b.acct("remote_psk"))
    b.json({"method": method, "id": n, "params": [], "version": "1.0"})


def playing(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{TV}/sony/avContent", http_version="HTTP/1.1")
    _rpc(b, "getPlayingContentInfo", 103)
    ch, prog, num = ctx.rng.choice(PROGS)
    b.view("response.result[0].programTitle/startDateTime", direction="response")
    b.ok_json(
        {
            "result": [
                {
                    "programTitle": prog,
                    "title": ch,
                    "dispNum": num,
                    "source": "tv:dvbt",
                    "startDateTime": "2024-11-05T20:00:00+0000",
                    "durationSec": 3600,
                    "programMediaType": "tv",
                    "uri": "tv:dvbt?trip=9018.4165.4171",
                }
            ],
            "id": 103,
        }
    )
    return b.build()


def sysinfo(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{TV}/sony/system", http_version="HTTP/1.1")
    _rpc(b, "getSystemInformation", 33)
    info = {
        "product": "TV",
        "region": "GBR",
        "model": "KD-55X85K",
        "serial": b.id("tv_serial", where="response.result[0].serial", direction="response"),
        "macAddr": b.id("tv_eth_mac", where="response.result[0].macAddr", direction="response"),
        "name": "BRAVIA",
        "generation": "5.6.0",
        "cid": b.id(
            "sony_cid", where="response.result[0].cid", detectable=False, direction="response"
        ),
    }
    b.ok_json({"result": [info], "id": 33})
    return b.build()


def ircc(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{TV}/sony/IRCC", http_version="HTTP/1.1")
    code = ctx.rng.choice(["AAAAAQAAAAEAAAASAw==", "AAAAAQAAAAEAAAATAw==", "AAAAAQAAAAEAAAAQAw=="])
    b.decoy("IRCC remote key code (base64 command, not an id)")
    soap = (
        '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'
        '<s:Body><u:X_SendIRCC xmlns:u="urn:schemas-sony-com:service:IRCC:1">'
        f"<IRCCCode>{code}</IRCCCode></u:X_SendIRCC></s:Body></s:Envelope>"
    )
    b.header("soapaction", '"urn:schemas-sony-com:service:IRCC:1#X_SendIRCC"')
    b.set_body(soap.encode(), "text/xml; charset=UTF-8")
    b.respond(200, "text/xml", b"<ok/>")
    return b.build()


def now_watching(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/sessions")
    ch, prog, _ = ctx.rng.choice(PROGS)
    b.view("body.nowWatching")
    b.header("user-agent", UA)
    b.json(
        {
            "nowWatching": {
                "channel": ch,
                "programme": prog,
                "since": iso(ctx),
                "watchedSec": ctx.rng.randint(60, 3600),
            },
            "tvSerialSha256": b.id("tv_serial", "sha256", where="body.tvSerialSha256"),
            "appInstance": b.id("remote_fid", where="body.appInstance", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def fis(ctx: Context) -> Flow:
    b = FB(
        ctx,
        SDK,
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/braviapilot-4f1e2/installations",
    )
    b.header("x-android-package", "app.braviapilot")
    b.header("user-agent", UA)
    b.json(
        {
            "fid": b.id("remote_fid", where="body.fid"),
            "appId": "1:718262040119:android:3be1c0e5d1a2f0b4",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/718262040119/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()


def ads(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"{API}/v1/promo")
    b.param("gaid", b.id("phone_adid", where="query.gaid"))
    b.param("android_id", b.id("aid_remote", "sha1", where="query.android_id"))
    b.param("lat", "0")
    b.ok_json({"promo": None})
    return b.build()


def signin(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{API}/v1/auth/signin")
    b.json(
        {
            "email": b.id("email", where="body.email"),
            "password": "\u2022" * 8,
            "nonce": rid(ctx.rng),
        }
    )
    b.ok_json({"token": rid(ctx.rng)})
    return b.build()


def app_icons(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", f"{TV}/sony/appControl", http_version="HTTP/1.1")
    _rpc(b, "getApplicationList", 60)
    b.decoy("installed TV app list with icons")
    b.ok_json(
        {
            "result": [
                [{"title": t, "uri": "com.sony.dtv." + t.lower()} for t in ("YouTube", "Karaoke")]
            ],
            "id": 60,
        }
    )
    return b.build()
