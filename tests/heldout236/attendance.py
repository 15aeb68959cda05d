"""The staff attendance terminals: face-recognition clocks at the entrances that
push to the vendor's cloud over an ADMS-style push protocol (ZKTeco's "iclock":
`/iclock/getrequest?SN=`, `/iclock/cdata?SN=&table=ATTLOG|OPERLOG`, tab-separated
records). Clock-ins (PIN, time, verify mode) and heartbeats carry the terminal's
serial, the hospital's equipment, not the tester's. When a member of staff
enrols, the terminal uploads the face template (`FACE PIN= FID= TMP=`, or the
newer `BIODATA ... Type=9` visible-light face record) and the enrolment photo
(`BIOPHOTO ... Content=`): staff biometrics sent to the vendor. A firmware
build bulk-syncs templates as an encrypted blob (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .hospital import TERMINALS
from .phone import EB, rid

HOST = "https://adms.presence-cloud.example"


def _t(c: Context, method: str, path: str, table: str = "") -> tuple[EB, str]:
    sn = c.rng.choice(TERMINALS)
    url = f"{HOST}/iclock/{path}?SN={sn}"
    if table:
        url += f"&table={table}&Stamp={c.rng.randint(10**8, 10**9)}"
    b = EB(c, "attendance", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "iClock Proxy/1.09")
    b.decoy("terminal serial SN= (hospital equipment)")
    return b, sn


def _text(b: EB, lines: list[str]) -> None:
    b.set_body(("\n".join(lines) + "\n").encode(), "text/plain")
    b.respond(200, "text/plain", b"OK")


def _tmpl(c: Context, n: int) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(n)))


def getrequest(c: Context) -> Flow:
    b, _sn = _t(c, "GET", "getrequest")
    b.respond(200, "text/plain", b"OK")
    return b.build()


def attlog(c: Context) -> Flow:
    b, _sn = _t(c, "POST", "cdata", "ATTLOG")
    b.decoy("staff clock-in records (PIN, time, verify mode)")
    lines = [
        f"{c.rng.randint(1000, 1999)}\t2025-02-03 0{c.rng.randint(6, 9)}:{c.rng.randint(10, 59)}:"
        f"{c.rng.randint(10, 59)}\t0\t15\t0\t0"
        for _ in range(c.rng.randint(2, 5))
    ]
    _text(b, lines)
    return b.build()


def face_template(c: Context) -> Flow:
    b, _sn = _t(c, "POST", "cdata", "OPERLOG")
    b.bio("face_template", "text record FACE PIN= FID= TMP= (staff face template)")
    pin = c.rng.randint(1000, 1999)
    lines = [f"FACE PIN={pin}\tFID={i}\tSIZE=2048\tVALID=1\tTMP={_tmpl(c, 240)}" for i in range(3)]
    _text(b, [f"USER PIN={pin}\tName=\tPri=0\tGrp=1", *lines])
    return b.build()


def biodata(c: Context) -> Flow:
    b, _sn = _t(c, "POST", "cdata", "BIODATA")
    b.bio("face_template", "text record BIODATA Type=9 Tmp= (visible-light face template)")
    pin = c.rng.randint(1000, 1999)
    _text(
        b,
        [
            f"BIODATA Pin={pin}\tNo=0\tIndex=0\tValid=1\tDuress=0\tType=9\tMajorVer=39"
            f"\tMinorVer=8\tFormat=0\tTmp={_tmpl(c, 300)}"
        ],
    )
    return b.build()


def biophoto(c: Context) -> Flow:
    b, _sn = _t(c, "POST", "cdata", "BIOPHOTO")
    b.bio("face_image", "text record BIOPHOTO Type=9 Content= (enrolment face photo)")
    pin = c.rng.randint(1000, 1999)
    _text(
        b,
        [
            f"BIOPHOTO PIN={pin}\tFileName={pin}.jpg\tType=9\tSize=900"
            f"\tContent={b64(fake_jpeg(c.rng.randint(0, 10**9), 600))}"
        ],
    )
    return b.build()


def bulk_opaque(c: Context) -> Flow:
    b, _sn = _t(c, "POST", "fdata")
    b.bio("face_template", "octet-stream body (encrypted template bulk sync)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(1200)), "application/octet-stream")
    b.respond(200, "text/plain", b"OK")
    return b.build()


def options(c: Context) -> Flow:
    b, _sn = _t(c, "GET", "cdata")
    b.params.append(("options", "all"))
    b.params.append(("pushver", "2.4.1"))
    b.respond(
        200,
        "text/plain",
        (
            "GET OPTION FROM: x\nATTLOGStamp=None\nErrorDelay=30\n"
            f"Delay=10\nTransFlag=1111000000\nTimeZone=2\nTrans{rid(c.rng)[:4]}=1\n"
        ).encode(),
    )
    return b.build()
