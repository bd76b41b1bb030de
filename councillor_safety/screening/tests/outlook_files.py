"""Outlook .msg files written for tests: a compound file ([MS-CFB]) of MAPI properties.

No package writes either format (olefile only reads), and the one real .msg kept in
`files/` cannot say "I know where you live". So tests write their own here, to Microsoft's
layout as Outlook writes it (version 3, 512-byte sectors, streams under 4,096 bytes in the
mini stream), and `test_outlook` reads the real one beside them with the same code.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

Tree = dict[str, "bytes | Tree"]

_SECTOR = 512
_MINI = 64
_CUTOFF = 4096
_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NONE = 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = _NONE
    right: int = _NONE
    child: int = _NONE
    start: int = _END
    size: int = 0


def compound_file(tree: Tree) -> bytes:
    """A compound file holding `tree`: a name maps to a stream's bytes or a storage's tree."""
    entries = [_Entry("Root Entry", 5)]

    def add(parent: int, items: Tree) -> None:
        for name, value in items.items():
            index = len(entries)
            if isinstance(value, bytes):
                entries.append(_Entry(name, 2, value))
            else:
                entries.append(_Entry(name, 1))
                add(index, value)
            entries[parent].children.append(index)

    add(0, tree)
    for entry in entries:
        entry.child = _balanced(entries, entry.children)

    # small streams in the mini stream, the rest in whole sectors
    mini = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if not entry.data:
            entry.start = _END
        elif entry.size < _CUTOFF:
            entry.start = len(mini) // _MINI
            count = -(-entry.size // _MINI)
            mini_fat.extend(range(entry.start + 1, entry.start + count))
            mini_fat.append(_END)
            mini += entry.data.ljust(count * _MINI, b"\x00")
        else:
            big.append(entry)

    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(data: bytes) -> int:
        if not data:
            return _END
        start = len(sectors)
        count = -(-len(data) // _SECTOR)
        for i in range(count):
            sectors.append(data[i * _SECTOR : (i + 1) * _SECTOR].ljust(_SECTOR, b"\x00"))
            fat.append(start + i + 1 if i < count - 1 else _END)
        return start

    for entry in big:
        entry.start = chain(entry.data)
    entries[0].start = chain(bytes(mini))
    entries[0].size = len(mini)
    mini_fat_data = b"".join(struct.pack("<I", n) for n in mini_fat)
    mini_fat_start = chain(mini_fat_data)
    directory = b"".join(_directory_entry(entry) for entry in entries)
    directory_start = chain(directory.ljust(-(-len(directory) // _SECTOR) * _SECTOR, b"\x00"))

    fat_sectors = 1
    while (len(fat) + fat_sectors) > fat_sectors * (_SECTOR // 4):
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("too big for a test file")
    fat_start = len(fat)
    fat.extend([_FAT] * fat_sectors)
    fat.extend([_FREE] * (fat_sectors * (_SECTOR // 4) - len(fat)))
    fat_data = b"".join(struct.pack("<I", n) for n in fat)
    for i in range(fat_sectors):
        sectors.append(fat_data[i * _SECTOR : (i + 1) * _SECTOR])
    difat = [fat_start + i for i in range(fat_sectors)] + [_FREE] * (109 - fat_sectors)

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\x00" * 16,
        0x003E,
        3,
        0xFFFE,
        9,
        6,
        b"\x00" * 6,
        0,
        fat_sectors,
        directory_start,
        0,
        _CUTOFF,
        mini_fat_start if mini_fat else _END,
        -(-len(mini_fat_data) // _SECTOR),
        _END,
        0,
    ) + b"".join(struct.pack("<I", n) for n in difat)
    return header + b"".join(sectors)


def _balanced(entries: list[_Entry], children: list[int]) -> int:
    """Siblings as a binary tree in the format's order: shorter names first, then by letters."""
    ordered = sorted(children, key=lambda i: (len(entries[i].name), entries[i].name.upper()))

    def build(items: list[int]) -> int:
        if not items:
            return _NONE
        middle = len(items) // 2
        entries[items[middle]].left = build(items[:middle])
        entries[items[middle]].right = build(items[middle + 1 :])
        return items[middle]

    return build(ordered)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le")[:62]
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name) + 2,
        entry.kind,
        1,  # black
        entry.left,
        entry.right,
        entry.child,
        b"\x00" * 16,
        0,
        0,
        0,
        entry.start,
        entry.size,
    )


# --- the message inside ([MS-OXMSG])


def _unicode(prop: int, text: str) -> tuple[str, bytes]:
    return f"__substg1.0_{prop:04X}001F", text.encode("utf-16-le")


def _fixed(entries: list[tuple[int, int, bytes]], header: int) -> bytes:
    rows = b"".join(
        struct.pack("<II", (prop << 16) | kind, 6) + value.ljust(8, b"\x00")
        for prop, kind, value in entries
    )
    return b"\x00" * header + rows


def _filetime(moment: datetime) -> bytes:
    delta = moment - datetime(1601, 1, 1, tzinfo=UTC)
    return struct.pack("<Q", (delta.days * 86_400 + delta.seconds) * 10_000_000)


@dataclass
class Attachment:
    filename: str
    data: bytes = b""
    mime_type: str = ""
    message: MessageSpec | None = None  # a message attached as a message (Outlook's own)


@dataclass
class MessageSpec:
    subject: str = ""
    body: str = ""
    html: str = ""  # stored as bytes in the message's code page, as Outlook stores it
    sender_name: str = ""
    sender_email: str = ""
    transport_headers: str = ""  # what the receiving server wrote, for a received mail
    sent: datetime | None = None
    attachments: list[Attachment] = field(default_factory=list)
    string8: bool = False  # strings in the code page (older Outlook) rather than UTF-16
    codepage: int = 1252
    exchange: bool = False  # the sender inside the same Exchange: an X.500 path, and SMTP apart
    rtf: bytes = b""  # a compressed RTF body, stored with or without the plain one


def message_storage(spec: MessageSpec, *, header: int = 32) -> Tree:
    def text(prop: int, value: str) -> tuple[str, bytes]:
        if spec.string8:
            return f"__substg1.0_{prop:04X}001E", value.encode(f"cp{spec.codepage}") + b"\x00"
        return _unicode(prop, value)

    kind, address = "SMTP", spec.sender_email
    if spec.exchange:
        kind, address = "EX", "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=D1"
    streams = dict(
        text(prop, value)
        for prop, value in (
            (0x001A, "IPM.Note"),
            (0x0037, spec.subject),
            (0x1000, spec.body),
            (0x0042, spec.sender_name),
            (0x0C1A, spec.sender_name),
            (0x0064, kind),
            (0x0C1E, kind),
            (0x0065, address),
            (0x0C1F, address),
            (0x5D01, spec.sender_email if spec.exchange else ""),
            (0x5D02, spec.sender_email if spec.exchange else ""),
            (0x007D, spec.transport_headers),
        )
        if value
    )
    if spec.rtf:
        streams["__substg1.0_10090102"] = spec.rtf
    if spec.html:
        streams["__substg1.0_10130102"] = spec.html.encode(f"cp{spec.codepage}")
    fixed = [(0x3FFD, 0x0003, struct.pack("<i", spec.codepage))]
    if spec.sent is not None:
        fixed.append((0x0039, 0x0040, _filetime(spec.sent)))
    tree: Tree = {"__properties_version1.0": _fixed(fixed, header), **streams}
    if header == 32:
        tree["__nameid_version1.0"] = {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        }
    for number, attachment in enumerate(spec.attachments):
        part: Tree = dict([_unicode(0x3707, attachment.filename)])
        if attachment.message is not None:
            part["__properties_version1.0"] = _fixed([(0x3705, 0x0003, struct.pack("<i", 5))], 8)
            part["__substg1.0_3701000D"] = message_storage(attachment.message, header=24)
        else:
            part["__properties_version1.0"] = _fixed([(0x3705, 0x0003, struct.pack("<i", 1))], 8)
            part["__substg1.0_37010102"] = attachment.data
            if attachment.mime_type:
                part.update([_unicode(0x370E, attachment.mime_type)])
        tree[f"__attach_version1.0_#{number:08X}"] = part
    return tree


def outlook_message(spec: MessageSpec) -> bytes:
    """A .msg file of the message, as Outlook saves one."""
    return compound_file(message_storage(spec))
