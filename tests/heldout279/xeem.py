"""Xeem Hmoob: a clan-community app (18 xeem / clans) on the father's Galaxy S23
in Maplewood.

Keys are Hmong RPA: `lub_xov_tooj_id` (phone id), `cov_txheeb_ze` (relatives),
`ntsej_muag` (face), `cim_ntsej_muag` (face signature = embedding), `daim_teb`
(field / garden plot), `kev_pam_tuag` (funeral). The family photo album groups
relatives' faces: the app computes a 128-float embedding per face found in a
photo and uploads them with the photo id (other people's faces are biometric);
a newer build sends them as protobuf packed floats. Funeral and New Year
livestreams are watched in-app and the watch time goes to Braze as a custom
event (`/api/v3/data`, `device_id`, `events[].name` = "ce", `data.n`, `data.p`).
Firebase Installations registers the install. The clan directory, the events
calendar, the community garden plot map and the market orders are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.xeemhmoob.example"
UA = ua("XeemHmoob", "2.12.1", "txiv")
BRAZE = "https://sdk.iad-05.braze.com/api/v3/data"
CLANS = ["Vaj", "Yaj", "Xyooj", "Lis", "Thoj", "Muas", "Tsab", "Hawj", "Vwj", "Kwm"]
LIVES = [
    ("kpt-8812", "Kev Pam Tuag: Niam Tais Xyooj"),
    ("xt-2024", "Xyoo Tshiab Hmoob St. Paul RiverCentre"),
    ("kpt-8830", "Kev Pam Tuag: Yawg Txooj Lwm Vaj"),
    ("txp-0415", "Tshoob Kos: Nplaj thiab Ntxhi"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xeemhmoob", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _braze(c: Context, events: list[dict]) -> FB:
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", UA)
    b.header("x-braze-api-key", "6b8e2c1a-44d0-4f7a-9e51-0c3b7d2a9f10")
    body = {
        "api_key": "6b8e2c1a-44d0-4f7a-9e51-0c3b7d2a9f10",
        "device_id": b.id("braze_did", where="json device_id"),
        "time": int(c.now),
        "sdk_version": "30.4.0",
        "app_version": "2.12.1",
        "device": {
            "model": "SM-S911U",
            "os_version": "14",
            "carrier": "T-Mobile",
            "google_ad_id": b.id("gaid_txiv", where="json device.google_ad_id"),
            "ad_tracking_enabled": True,
            "locale": "hmn_US",
        },
        "events": events,
    }
    b.json(body)
    b.ok_json({"config": {"time": int(c.now)}})
    return b


def braze_live_watch(c: Context) -> Flow:
    lid, title = c.rng.choice(LIVES)
    ev = {
        "name": "ce",
        "data": {
            "n": "saib_live",
            "p": {
                "live_id": lid,
                "npe": title,
                "feeb_saib": c.rng.randint(2, 120),
                "pib_saib": iso(c),
            },
        },
        "time": round(c.now, 3),
        "session_id": rid(c.rng),
        "user_id": str(c.phone.xeem_user),  # type: ignore[attr-defined]  # account, not a device
    }
    b = _braze(c, [ev])
    b.view("json events[].data.n=saib_live p.npe/feeb_saib (livestream watch time)")
    return b.build()


def braze_session(c: Context) -> Flow:
    ev = {"name": "ss", "data": {}, "time": round(c.now, 3), "session_id": rid(c.rng)}
    return _braze(c, [ev]).build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/xeem-hmoob/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "org.xeemhmoob.app")
    b.json(
        {
            "fid": b.id("xeem_fid", where="json fid"),
            "appId": "1:802113554719:android:4c1e9b0d7a2f36e5",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/802113554719/installations/x",
            "fid": b.id("xeem_fid", where="response json fid", direction="response"),
        }
    )
    return b.build()


def sau_npe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tswv-cuab/sau-npe")
    b.json(
        {
            "lub_xov_tooj_id": b.id("aid_xeem", where="json lub_xov_tooj_id (ANDROID_ID)"),
            "firebase_id": b.id("xeem_fid", where="json firebase_id"),
            "xeem": c.rng.choice(CLANS),
            "lub_nroog": "Maplewood, MN",
        }
    )
    b.ok_json({"tus_tswv": b.acct("xeem_user"), "zoo": True})
    return b.build()


def path_device(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ceeb-toom/{c.rng.randint(1, 9)}")
    b.header("cookie", f"xh_did={b.id('aid_xeem', where='cookie xh_did')}; lang=hmn")
    b.ok_json({"ceeb_toom": [{"lus": "Tuaj koom rooj sib txoos", "hnub": iso(c)[:10]}]})
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """Keep-alive; a header named 'x-kw' holds a SHA-1 of the ANDROID_ID."""
    b = _b(c, "POST", f"{API}/v1/k")
    b.header("x-kw", b.id("aid_xeem", "sha1", "header x-kw", detectable=False))
    b.json({"t": ms(c), "s": 1})
    b.no_content()
    return b.build()


def ntsej_muag_album(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/duab/ntsej-muag")
    b.bio("face_embedding", "json cov_ntsej_muag[].cim_ntsej_muag (128 floats, relatives)")
    n = c.rng.randint(2, 5)
    b.json(
        {
            "duab_id": "ph_" + new_hex(c.rng, 12),
            "cov_ntsej_muag": [
                {
                    "thawv": [rf(c.rng, 0, 0.7, 3), rf(c.rng, 0, 0.7, 3), 0.18, 0.22],
                    "cim_ntsej_muag": floats(c.rng, 128),
                    "txheeb_ze_tag": c.rng.choice(["niam tais", "yawg", "txiv ntxawm", ""]),
                }
                for _ in range(n)
            ],
        }
    )
    b.ok_json({"pab_pawg": [f"g{c.rng.randint(1, 40)}" for _ in range(n)]})
    return b.build()


def ntsej_muag_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/a/s")
    b.bio("face_embedding", "protobuf repeated message field 2 packed floats", detectable=False)
    body = pb_bytes(1, "ph_" + new_hex(c.rng, 12))
    for _ in range(c.rng.randint(1, 3)):
        body += pb_msg(
            2, [pb_varint(1, c.rng.randint(0, 9)), pb_packed_floats(2, floats(c.rng, 128))]
        )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def daim_teb(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vaj-zaub/daim-teb?lub_vaj=hmong-american-farmers")
    b.decoy("community garden plot coordinates (not a person's location trail)")
    b.ok_json(
        {
            "cov_daim_teb": [
                {
                    "tus_lej": f"A{i}",
                    "lat": rf(c.rng, 44.60, 44.62, 5),
                    "lon": rf(c.rng, -92.98, -92.96, 5),
                    "loj": "20x40 ft",
                    "tus_cog": c.rng.choice(CLANS),
                }
                for i in range(1, 6)
            ]
        }
    )
    return b.build()


def npe_xeem(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/xeem/{c.rng.choice(CLANS).lower()}/cov-thawj")
    b.decoy("clan leaders' directory")
    b.ok_json(
        {
            "cov_thawj": [
                {"npe": f"{x} Tub", "xov_tooj": "651-555-01" + str(c.rng.randint(10, 99))}
                for x in CLANS[:3]
            ]
        }
    )
    return b.build()


def kev_ua_si(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/xwm-txheej/tuaj-yeem")
    b.decoy("event calendar with stream ids and start times (not a watch)")
    b.ok_json(
        {
            "cov_xwm_txheej": [
                {"id": lid, "npe": t, "pib": iso(c), "live": c.rng.random() < 0.5}
                for lid, t in LIVES
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(
        c,
        "xeemhmoob",
        "GET",
        f"https://cdn.xeemhmoob.example/live/{c.rng.choice(LIVES)[0]}/poster.jpg",
    )
    b.header("user-agent", UA)
    b.decoy("livestream poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
