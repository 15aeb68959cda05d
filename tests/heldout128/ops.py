"""The mall operations app's shared request shape: one bearer token per shift,
a staff number in a header (an account, not a device), a Malay locale."""

from __future__ import annotations

from tests.heldout.flowmodel import Context
from tests.heldout.wire import jwt

from .phone import FB, ua

UA = ua("LamanSeriOps", "4.2.1")
ZONES = ["L1-Utama", "L2-Timur", "L3-Barat", "LG-Pintu-C", "P2-Parkir", "L4-Medan-Selera"]


def ops(c: Context, sdk: str, method: str, host: str, path: str) -> FB:
    b = FB(c, sdk, method, f"https://{host}.lamanseri.example{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": b.acct("staff_no"), "role": "CR-OP"}))
    b.header("x-staff-no", b.acct("staff_no"))
    b.header("accept-language", "ms-MY,ms;q=0.9,en;q=0.8,zh;q=0.6")
    return b


def zone(c: Context) -> str:
    return c.rng.choice(ZONES)
