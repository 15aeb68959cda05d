"""The museum's staff app on her own phone: login, push registration, config.

It is her employer's app, but the ANDROID_ID it sends is her own phone's, so
it is labelled (the museum's lent players and fixed sensors are not). The
remote-config call keys on a SHA-256 of that id under `d`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rid, ua

API = "https://staff.havnemuseet.example"
UA = ua("HavnemuseetStaff", "3.4.1")


def login(c: Context) -> Flow:
    b = FB(c, "staffapp", "POST", f"{API}/api/v1/login")
    b.header("user-agent", UA)
    b.json(
        {
            "brugernavn": b.acct("staff_user"),
            "enhedsId": b.id("aid_staff", where="json enhedsId (her own phone's ANDROID_ID)"),
            "appVersion": "3.4.1",
        }
    )
    b.ok_json({"token": rid(c.rng), "udløber": iso(c)})
    return b.build()


def config(c: Context) -> Flow:
    b = FB(c, "staffapp", "GET", f"{API}/api/v1/config")
    b.header("user-agent", UA)
    b.param("d", b.id("aid_staff", "sha256", "query d (SHA-256 of ANDROID_ID)", detectable=False))
    b.ok_json({"features": {"lydguide": True, "klima": True, "samling_v2": False}})
    return b.build()


def schedule(c: Context) -> Flow:
    b = FB(c, "staffapp", "GET", f"{API}/api/v1/vagtplan?uge=45")
    b.header("user-agent", UA)
    b.ok_json(
        {"vagter": [{"dag": d, "fra": "09:30", "til": "17:00"} for d in ("man", "tir", "ons")]}
    )
    return b.build()
