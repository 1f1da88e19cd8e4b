"""When two encodings are the same machine instruction.

Two assemblers given the same instruction usually emit the same bytes.
Where they may legitimately differ, this file names the difference:
ACCEPTED_PAIRS is the whole list, and the comparison reports every use of
one by name. Anything else that differs is a mismatch.

A jump inside a function is compared by where it lands (the index of the
target instruction), not by its displacement, which shifts whenever an
earlier instruction has a different length; a call by the function it
calls.
"""
from collections import namedtuple

Branch = namedtuple('Branch', 'kind form target')  # kind: 'jmp' or 'jcc' + condition code


class Side:
    """One assembler's version of a function, with its instructions indexed by address."""

    def __init__(self, function):
        self.instructions = function.instructions
        self.index = {insn.address: i for i, insn in enumerate(function.instructions)}

    def branch(self, insn):
        return decode_branch(insn, self.index)

    def final_target(self, target):
        """Where a jump to instruction `target` ends up, through unconditional jumps."""
        for _ in range(len(self.instructions)):
            if not isinstance(target, int) or target >= len(self.instructions):
                return target
            jump = self.branch(self.instructions[target])
            if jump is None or jump.kind != 'jmp':
                return target
            target = jump.target
        return target  # an endless loop of jumps


def decode_branch(insn, index_of_address):
    """The local jump insn is, or None (calls and other instructions)."""
    b = insn.raw
    if insn.relocated or not b:
        return None
    if b[0] == 0xEB and len(b) == 2:
        kind, form, disp = 'jmp', 'rel8', b[1:]
    elif b[0] == 0xE9 and len(b) == 5:
        kind, form, disp = 'jmp', 'rel32', b[1:]
    elif 0x70 <= b[0] <= 0x7F and len(b) == 2:
        kind, form, disp = 'jcc%x' % (b[0] & 0xF), 'rel8', b[1:]
    elif b[0] == 0x0F and len(b) == 6 and 0x80 <= b[1] <= 0x8F:
        kind, form, disp = 'jcc%x' % (b[1] & 0xF), 'rel32', b[2:]
    else:
        return None
    target = insn.address + len(b) + int.from_bytes(disp, 'little', signed=True)
    return Branch(kind, form, index_of_address.get(target, 'outside'))


def comparable(insn, side):
    """What must be equal for two instructions to be the same instruction."""
    if insn.callee is not None:  # its rel32 is the linker's (or GNU as's, when static)
        return ('call', len(insn.raw), insn.callee)
    branch = side.branch(insn)
    if branch:
        return ('branch', branch.kind, branch.form, branch.target)
    return ('bytes', insn.masked())


# --- the accepted pairs ------------------------------------------------------

def _jump_rel8_vs_rel32(go, gnu, go_side, gnu_side):
    a, b = go_side.branch(go), gnu_side.branch(gnu)
    return bool(a and b and a.kind == b.kind and a.target == b.target and a.form != b.form)


def _jump_threaded(go, gnu, go_side, gnu_side):
    a, b = go_side.branch(go), gnu_side.branch(gnu)
    return bool(a and b and a.kind == b.kind and a.target != b.target
                and a.target == gnu_side.final_target(b.target))


def _stack_adjustment(insn):
    """How much insn adds to %rsp, if it is add/sub $imm, %rsp (REX.W 83/81 /0 or /5)."""
    b = insn.raw
    if len(b) < 4 or b[0] != 0x48 or b[2] not in (0xC4, 0xEC):
        return None
    if b[1] == 0x83 and len(b) == 4:
        value = int.from_bytes(b[3:], 'little', signed=True)
    elif b[1] == 0x81 and len(b) == 7:
        value = int.from_bytes(b[3:], 'little', signed=True)
    else:
        return None
    return value if b[2] == 0xC4 else -value


def _stack_adjust_by_128(go, gnu, go_side, gnu_side):
    a, b = _stack_adjustment(go), _stack_adjustment(gnu)
    return a is not None and a == b and abs(a) == 128 and go.raw != gnu.raw


def _resolved_in_file(go, gnu, go_side, gnu_side):
    """GNU as filled in a %rip displacement to a function of the same file
    (leaq f(%rip)), which Go leaves to the linker: the same instruction with
    only the bytes of Go's relocation different."""
    if not go.relocated or gnu.relocated or len(go.raw) != len(gnu.raw):
        return False
    masked = set(i for start, end in go.relocated for i in range(start, end))
    return all(a == b for i, (a, b) in enumerate(zip(go.raw, gnu.raw)) if i not in masked)


# (name, test(go_insn, gnu_insn, go_side, gnu_side))
ACCEPTED_PAIRS = [
    # The same jump, one assembler choosing the short form and the other the
    # near one (each picks the shortest that it finds fits).
    ('jmp/jcc rel8 vs rel32', _jump_rel8_vs_rel32),
    # Go's assembler always threads jumps (cmd/internal/obj/pass.go, brloop):
    # a jump to a JMP goes straight to where that JMP goes. The JMP itself
    # stays, so the instructions still pair one to one.
    ('jump threaded through JMPs (Go brloop)', _jump_threaded),
    # Go writes the stack pointer's moves as ADJSP (see plan9_printer.cpp),
    # and for +-128, which needs an imm32, Go encodes the opposite operation
    # with -128 in an imm8: SUBQ $128, SP becomes ADDQ $-128, SP.
    ('rsp +-128: sub/add imm32 vs add/sub imm8 -128 (Go ADJSP)', _stack_adjust_by_128),
    # A function's address taken in its own file: GNU as resolves the
    # %rip-relative displacement, Go relocates it.
    ('rip-relative address resolved by GNU as, relocated by Go', _resolved_in_file),
]


def accepted_pair(go, gnu, go_side, gnu_side):
    """The name of the accepted difference between go and gnu, or None."""
    for name, test in ACCEPTED_PAIRS:
        if test(go, gnu, go_side, gnu_side):
            return name
    return None
