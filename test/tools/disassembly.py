"""Reads the two disassemblers' listings into the same shape.

A function is a name and its instructions; an instruction is its address,
its bytes, the byte ranges a relocation will fill in (relative to the
instruction) and the disassembler's text. Names are the C names: Go's
`main.f` (-p main) and `f<1>` (a file-local f) and GNU's `f` all become f.
"""
import re
from dataclasses import dataclass, field


@dataclass
class Instruction:
    address: int
    raw: bytes
    text: str
    relocated: list = field(default_factory=list)  # [(start, end)] within raw
    callee: str = None  # a call's: the function's C name

    def masked(self):
        """The bytes with those a relocation fills in as None."""
        out = list(self.raw)
        for start, end in self.relocated:
            for i in range(start, min(end, len(out))):
                out[i] = None
        return tuple(out)

    def nonzero_relocated_bytes(self):
        return sum(1 for s, e in self.relocated for b in self.raw[s:e] if b)

    def hex(self):
        return ' '.join('%02x' % b for b in self.raw)


@dataclass
class Function:
    name: str
    instructions: list = field(default_factory=list)


# --- go tool objdump -------------------------------------------------------
#   TEXT main.fib(SB) gofile../tmp/fib.s
#     fib.s:17   0x801   e800000000   CALL 0x806   [1:5]R_CALL:main.fib
_GO_TEXT = re.compile(r'^TEXT (\S+)\(SB\)')
_GO_RELOCATION = re.compile(r'\[(\d+):(\d+)\]R_(\w+):([^\s+]+)')


def go_name(symbol):
    name = symbol[len('main.'):] if symbol.startswith('main.') else symbol
    return re.sub(r'<\d*>$', '', name)


def parse_go_objdump(text):
    functions = []
    for line in text.splitlines():
        header = _GO_TEXT.match(line)
        if header:
            functions.append(Function(go_name(header.group(1))))
            continue
        columns = [c.strip() for c in line.split('\t') if c.strip()]
        if not functions or len(columns) < 4 or not columns[1].startswith('0x'):
            continue
        insn = Instruction(int(columns[1], 16), bytes.fromhex(columns[2]), columns[3])
        for start, end, kind, symbol in _GO_RELOCATION.findall(' '.join(columns[4:])):
            insn.relocated.append((int(start), int(end)))
            if kind == 'CALL':
                insn.callee = go_name(symbol)
        functions[-1].instructions.append(insn)
    return functions


# --- GNU objdump -dr --insn-width=16, and -t for the symbols' sizes ---------
#   0000000000000050 <main>:
#     65:	e8 00 00 00 00       	call   6a <main+0x1a>
#   			66: R_X86_64_PLT32	classify-0x4
_GNU_FUNCTION = re.compile(r'^([0-9a-f]+) <(.+)>:$')
_GNU_INSTRUCTION = re.compile(r'^\s*([0-9a-f]+):\t([0-9a-f ]+)\t(.*)$')
_GNU_RELOCATION = re.compile(r'^\s*([0-9a-f]+): (R_X86_64_\w+)\s+([^\s+-]+)')
_GNU_SYMBOL = re.compile(r'^([0-9a-f]+) .{6}F \S+\t([0-9a-f]+) (\S+)$')
_RELOCATION_SIZE = {'R_X86_64_64': 8, 'R_X86_64_PC64': 8}  # the others fill 4 bytes

# What GNU as fills alignment padding with (.p2align 4, 0x90).
_PADDING = re.compile(r'^(nop|xchg\s+%ax,%ax|data16|cs nop)')


def gnu_function_sizes(symbols_text):
    """{name: size} from objdump -t: .size ends a function before its padding."""
    sizes = {}
    for line in symbols_text.splitlines():
        symbol = _GNU_SYMBOL.match(line)
        if symbol:
            sizes[symbol.group(3)] = int(symbol.group(2), 16)
    return sizes


def parse_gnu_objdump(text, sizes):
    """The functions, each cut at its .size; raises if what is cut is not padding."""
    functions, starts = [], []
    for line in text.splitlines():
        header = _GNU_FUNCTION.match(line)
        if header:
            functions.append(Function(header.group(2)))
            starts.append(int(header.group(1), 16))
            continue
        relocation = _GNU_RELOCATION.match(line)
        if relocation and functions and functions[-1].instructions:
            last = functions[-1].instructions[-1]
            start = int(relocation.group(1), 16) - last.address
            last.relocated.append((start, start + _RELOCATION_SIZE.get(relocation.group(2), 4)))
            if last.raw[:1] == b'\xe8':
                last.callee = relocation.group(3)
            continue
        instruction = _GNU_INSTRUCTION.match(line)
        if instruction and functions:
            functions[-1].instructions.append(Instruction(
                int(instruction.group(1), 16), bytes.fromhex(instruction.group(2).replace(' ', '')),
                ' '.join(instruction.group(3).split())))
    # GNU as resolves a call to a function of the same file (static) itself.
    function_at = dict(zip(starts, (f.name for f in functions)))
    for insn in (i for f in functions for i in f.instructions):
        if insn.raw[:1] == b'\xe8' and len(insn.raw) == 5 and insn.callee is None:
            target = insn.address + 5 + int.from_bytes(insn.raw[1:], 'little', signed=True)
            insn.callee = function_at.get(target, hex(target))
    for function, start in zip(functions, starts):
        end = start + sizes.get(function.name, 1 << 62)
        padding = [i for i in function.instructions if i.address >= end]
        for insn in padding:
            if not _PADDING.match(insn.text):
                raise ValueError('%s: %r after the end of the function is not padding'
                                 % (function.name, insn.text))
        function.instructions = [i for i in function.instructions if i.address < end]
    return functions
