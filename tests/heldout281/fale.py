"""Fale Mautū: a fale / guest-house rental app for Upolu and Savaiʻi (Leota's
Samsung in Apia), with room photos, maps and bookings.

Branch attributes installs and opens (`api2.branch.io/v1/install` and
`/v1/open`: `hardware_id` with `is_hardware_id_real`, `advertising_ids.aaid`;
the response's `randomized_device_token` is reused on open,
https://help.branch.io/developers-hub/docs/android-basic-integration).
Everything else is ordinary: `matamata` here is "look at" a listing, the
hosts' room photos (`ata o potu`) show rooms, not faces, the `foliga` rating
is the fale's appearance, and listings carry coordinates.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import AB, iso, rf, rid, ua

API = "https://api.falemautu.example"
UA = ua("FaleMautu", "2.0.4", "leota")
BRANCH_KEY = "key_live_fM7tq2QZx9cVb3kLp0sWe4nRh1yUa8dJ"
FALE = [
    ("F-118", "Fale Tai Lalomanu", -14.07, -171.43),
    ("F-124", "Fale o le Vasa Manase", -13.46, -172.37),
    ("F-131", "Fale Apia Fou", -13.83, -171.76),
    ("F-140", "Fale Aganoa", -13.94, -172.21),
]


def _b(c: Context, method: str, url: str) -> AB:
    b = AB(c, "falemautu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _branch_body(b: AB, c: Context) -> dict[str, object]:
    return {
        "hardware_id": b.id("aid_fale", where="json hardware_id"),
        "is_hardware_id_real": True,
        "brand": "samsung",
        "model": "SM-A155F",
        "screen_dpi": 450,
        "os": "Android",
        "os_version": 34,
        "country": "WS",
        "language": "sm",
        "advertising_ids": {"aaid": b.id("gaid_leota", where="json advertising_ids.aaid")},
        "lat_val": 0,
        "branch_key": BRANCH_KEY,
        "sdk": "android5.12.0",
        "app_version": "2.0.4",
        "environment": "FULL_APP",
        "retryNumber": 0,
        "debug": False,
        "local_ip": f"192.168.1.{c.rng.randint(2, 250)}",
    }


def branch_install(c: Context) -> Flow:
    b = AB(c, "branch", "POST", "https://api2.branch.io/v1/install")
    b.header("user-agent", "okhttp/4.12.0")
    body = _branch_body(b, c)
    body["first_install_time"] = int(c.now * 1000) - 86_400_000
    b.json(body)
    b.other_id(
        "fale_branch_token", where="response json randomized_device_token", direction="response"
    )
    b.ok_json(
        {
            "session_id": str(c.rng.randint(10**17, 10**18)),
            "randomized_bundle_token": str(c.rng.randint(10**17, 10**18)),
            "randomized_device_token": c.phone.fale_branch_token,
            "link": "https://falemautu.app.link?%24identity_id="
            + str(c.rng.randint(10**17, 10**18)),
            "data": js({"+clicked_branch_link": False, "+is_first_session": True}),
        }
    )
    return b.build()


def branch_open(c: Context) -> Flow:
    b = AB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", "okhttp/4.12.0")
    body = _branch_body(b, c)
    body["randomized_device_token"] = b.id(
        "fale_branch_token", where="json randomized_device_token"
    )
    b.json(body)
    b.ok_json(
        {
            "session_id": str(c.rng.randint(10**17, 10**18)),
            "data": js({"+clicked_branch_link": False, "+is_first_session": False}),
        }
    )
    return b.build()


def branch_link(c: Context) -> Flow:
    b = AB(c, "branch", "POST", "https://api2.branch.io/v1/url")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("share-link creation (listing id, no device ids)")
    fid = c.rng.choice(FALE)[0]
    b.json(
        {
            "branch_key": BRANCH_KEY,
            "data": {"$canonical_identifier": f"fale/{fid}", "$og_title": "Matamata i lenei fale"},
            "feature": "share",
            "channel": "whatsapp",
        }
    )
    b.ok_json({"url": f"https://falemautu.app.link/{new_hex(c.rng, 11)}"})
    return b.build()


def saili(c: Context) -> Flow:
    lat, lon = rf(c.rng, -14.05, -13.45, 3), rf(c.rng, -172.7, -171.4, 3)
    b = _b(c, "GET", f"{API}/v1/saili?lat={lat}&lon={lon}&po=3")
    b.decoy("listing search around a map point (coordinates)")
    b.ok_json(
        {
            "fale": [
                {"id": i, "igoa": n, "lat": la, "lon": lo, "tau_po": c.rng.randint(80, 250)}
                for i, n, la, lo in FALE
            ]
        }
    )
    return b.build()


def matamata_fale(c: Context) -> Flow:
    fid, name, lat, lon = c.rng.choice(FALE)
    b = _b(c, "GET", f"{API}/v1/fale/{fid}/matamata")
    b.decoy("'matamata' = look at a listing (content fetch)")
    b.ok_json(
        {
            "id": fid,
            "igoa": name,
            "ata": [f"https://img.falemautu.example/{fid}/potu-{i}.jpg" for i in range(1, 5)],
            "foliga": {"togi": rf(c.rng, 3.5, 5, 1), "faamatalaga": "Mama ma lelei"},
            "lat": lat,
            "lon": lon,
        }
    )
    return b.build()


def potu_photo(c: Context) -> Flow:
    fid = c.rng.choice(FALE)[0]
    b = AB(
        c, "falemautu", "GET", f"https://img.falemautu.example/{fid}/potu-{c.rng.randint(1, 4)}.jpg"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def host_upload(c: Context) -> Flow:
    fid = c.rng.choice(FALE)[0]
    b = _b(c, "POST", f"{API}/v1/fale/{fid}/ata")
    b.decoy("host's room photo upload (rooms, not faces)")
    boundary = new_hex(c.rng, 24)
    body = multipart(
        boundary,
        [
            ("ata_o_potu", "potu_moe.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
            ("faamatalaga", None, None, b"Potu moe e lua moega"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ata_id": rid(c.rng)})
    return b.build()


def tusi_nofo(c: Context) -> Flow:
    fid = c.rng.choice(FALE)[0]
    b = _b(c, "POST", f"{API}/v1/tusi-nofo")
    b.decoy("booking with order number")
    b.json({"fale": fid, "aso_amata": iso(c)[:10], "po": c.rng.randint(1, 5), "tagata": 2})
    b.ok_json({"numera_tusi": order_no(c.rng), "tulaga": "faamaonia"})
    return b.build()
