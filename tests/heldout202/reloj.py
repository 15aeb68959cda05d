"""The CDE depot's attendance terminal (a ZKTeco-style clock on the push protocol).

The terminal matches faces itself and pushes its records over HTTP to the
company's attendance server (the "ADMS" / iclock push protocol): it fetches
its options (`GET /iclock/cdata?SN=...&options=all`), polls for commands
(`GET /iclock/getrequest?SN=...`) and posts tables to
`/iclock/cdata?SN=...&table=...`. Every request names the terminal by its
serial number `SN`, a device identifier. An ATTLOG line (PIN, time, status,
verify mode 15 = face, work code) carries no face data: the match happened on
the terminal. Enrolling a new employee uploads the face template
(OPERLOG `FACE PIN=...\tTMP=...`, or BIODATA `Type=9` on newer firmware), and
the terminal's attendance photo (ATTPHOTO, `/iclock/fdata`) is the camera
snapshot of the person punching: both biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import SB

BASE = "http://reloj.tekopora.example:8081/iclock"


def _b(c: Context, method: str, path: str, table: str | None = None) -> SB:
    b = SB(c, "zk-push", method, f"{BASE}/{path}", http_version="HTTP/1.1")
    b.param("SN", b.id("zk_serial", where="query SN"))
    if table:
        b.param("table", table)
        b.param("Stamp", str(c.rng.randint(10**8, 10**9)))
    b.header("user-agent", "iClock Proxy/1.09")
    return b


def _stamp(c: Context) -> str:
    t = c.now - 3 * 3600
    h, m, s = int(t // 3600 % 24), int(t // 60 % 60), int(t % 60)
    return f"2024-12-02 {h:02d}:{m:02d}:{s:02d}"


def _text(b: SB, text: str) -> None:
    b.respond(200, "text/plain", text.encode())


def opciones(c: Context) -> Flow:
    b = _b(c, "GET", "cdata")
    b.param("options", "all")
    b.param("pushver", "2.4.1")
    b.param("language", "69")
    _text(
        b,
        "GET OPTION FROM: CDE-DEP\nATTLOGStamp=None\nOPERLOGStamp=9999\nATTPHOTOStamp=None\n"
        "ErrorDelay=30\nDelay=10\nTransTimes=00:00;14:05\nTransInterval=1\n"
        "TransFlag=TransData AttLog OpLog AttPhoto EnrollUser ChgUser FACE\n"
        "TimeZone=-3\nRealtime=1\nEncrypt=None\n",
    )
    return b.build()


def getrequest(c: Context) -> Flow:
    b = _b(c, "GET", "getrequest")
    _text(b, "OK")
    return b.build()


def attlog(c: Context) -> Flow:
    b = _b(c, "POST", "cdata", "ATTLOG")
    b.decoy("verify mode 15 (face) on an attendance line: no face data")
    lines = [
        f"{c.rng.randint(1000, 2999)}\t{_stamp(c)}\t{c.rng.choice([0, 1])}\t15\t0\t0\t0"
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(("\n".join(lines) + "\n").encode(), "text/plain")
    _text(b, f"OK: {len(lines)}")
    return b.build()


def operlog_face(c: Context) -> Flow:
    b = _b(c, "POST", "cdata", "OPERLOG")
    b.bio("face_template", "OPERLOG FACE line TMP= (terminal face template)")
    pin = c.rng.randint(1000, 2999)
    tmpl = b64(bytes(c.rng.getrandbits(8) for _ in range(1200)))
    body = (
        f"USER PIN={pin}\tName=Funcionario {pin}\tPri=0\tPasswd=\tCard=\tGrp=1\t"
        "TZ=0000000100000000\n"
        f"FACE PIN={pin}\tFID=0\tSIZE={len(tmpl)}\tVALID=1\tTMP={tmpl}\n"
    )
    b.set_body(body.encode(), "text/plain")
    _text(b, "OK: 2")
    return b.build()


def biodata(c: Context) -> Flow:
    b = _b(c, "POST", "cdata", "BIODATA")
    b.bio("face_template", "BIODATA Type=9 Tmp= (visible-light face template)")
    pin = c.rng.randint(1000, 2999)
    tmpl = b64(bytes(c.rng.getrandbits(8) for _ in range(1600)))
    body = (
        f"BIODATA Pin={pin}\tNo=0\tIndex=0\tValid=1\tDuress=0\tType=9\tMajorVer=5\t"
        f"MinorVer=8\tFormat=0\tTmp={tmpl}\n"
    )
    b.set_body(body.encode(), "text/plain")
    _text(b, "OK: 1")
    return b.build()


def attphoto(c: Context) -> Flow:
    b = SB(c, "zk-push", "POST", f"{BASE}/fdata", http_version="HTTP/1.1")
    sn = b.id("zk_serial", where="query SN")
    b.id("zk_serial", where="body SN= line")
    b.bio("face_image", "ATTPHOTO uploadphoto jpeg (camera snapshot at punch)", detectable=False)
    b.param("SN", sn)
    b.param("table", "ATTPHOTO")
    b.param("Stamp", str(c.rng.randint(10**8, 10**9)))
    b.header("user-agent", "iClock Proxy/1.09")
    pin = c.rng.randint(1000, 2999)
    jpeg = fake_jpeg(c.rng.randint(0, 10**9), 600)
    name = _stamp(c).replace("-", "").replace(" ", "").replace(":", "")
    head = f"PIN={name}-{pin}.jpg\nSN={sn}\nsize={len(jpeg)}\nCMD=uploadphoto\x00"
    b.set_body(head.encode() + jpeg, "application/octet-stream")
    _text(b, "OK")
    return b.build()


def devicecmd(c: Context) -> Flow:
    b = _b(c, "POST", "devicecmd")
    b.set_body(f"ID={new_hex(c.rng, 6)}&Return=0&CMD=DATA\n".encode(), "text/plain")
    _text(b, "OK")
    return b.build()
