#!/usr/bin/env python3
"""asm_style_lint.py: check an x86-64 AT&T listing against minicc's style.

minicc prints assembly laid out like clang's `-S -O0` listing.  This checker
is the project's own statement of that style, so the tests need nothing
outside the repository.

usage: asm_style_lint.py [--target elf|darwin] FILE.s|- ...

Exit status: 0 when every file is clean, 1 when a rule is broken (one line
`FILE:LINE: message: the line` per violation on stdout), 2 on usage or I/O
errors.  Python 3 standard library only.

What is checked (one function per rule below, named check_*):
  layout      instructions and directives are TAB mnemonic TAB operands,
              instruction operands separated by ", "; labels in column 0
  mnemonics   size suffixes (movl, pushq, callq, retq), AT&T names
  addressing  symbols and string literals only through %rip
  varargs     %al set right before calls to variadic functions
  functions   .globl, .p2align 4, 0x90, .type/.size (ELF), the prologue,
              one retq right after popq %rbp (with --optimized, a leaf that
              touches neither %rbp nor %rsp may have no frame, and a quick
              return may come before the prologue, as -O writes them)
  cfi         when the listing has call-frame information, every function
              has it as clang writes it: .cfi_startproc after the label,
              .cfi_def_cfa_offset 16 and .cfi_offset %rbp, -16 after pushq
              %rbp, .cfi_def_cfa_register %rbp after movq %rsp, %rbp, and
              .cfi_endproc at its end
  labels      .LBB<function>_<block>, .L.str[.N] in the string section
  targets     ELF: .text first, .note.GNU-stack last; Mach-O: _ prefixes,
              .subsections_via_symbols last
clang's own extras (.file, .ident, .addrsig, comments, .Lfunc_end labels) are
tolerated so that clang's listing passes; gcc's (call, ret, .L2) are not.
"""

import argparse
import re
import signal
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional


# ---------------------------------------------------------------- targets --

@dataclass(frozen=True)
class Target:
    """Everything that differs between ELF (Linux) and Mach-O (macOS)."""
    name: str
    display: str                # for messages
    first_line: str             # the directive the listing starts with
    last_line: str              # the directive the listing ends with
    symbol_prefix: str          # C names get this prefix in assembly
    block_label: re.Pattern     # local branch labels; group 1 = function
    string_label: re.Pattern    # string literal labels
    other_local_labels: re.Pattern  # clang's: function ends, jump
                                      # tables, constant pools
    local_prefix: str           # labels starting so are assembler-local
    string_section: str         # the .section operands for literals
    elf_directives: bool        # whether .type and .size exist


ELF = Target(
    name='elf',
    display='ELF',
    first_line='.text',
    last_line='.section .note.GNU-stack,"",@progbits',
    symbol_prefix='',
    block_label=re.compile(r'\.LBB(\d+)_\d+'),
    string_label=re.compile(r'\.L\.str(\.\d+)?'),
    other_local_labels=re.compile(r'\.L(func_end\d+|JTI\d+_\d+|CPI\d+_\d+)'),
    local_prefix='.L',
    string_section='.rodata.str1.1,"aMS",@progbits,1',
    elf_directives=True,
)

DARWIN = Target(
    name='darwin',
    display='Mach-O',
    first_line='.section __TEXT,__text,regular,pure_instructions',
    last_line='.subsections_via_symbols',
    symbol_prefix='_',
    block_label=re.compile(r'LBB(\d+)_\d+'),
    string_label=re.compile(r'L_\.str(\.\d+)?'),
    other_local_labels=re.compile(r'L(func_end\d+|JTI\d+_\d+|CPI\d+_\d+)'),
    local_prefix='L',
    string_section='__TEXT,__cstring,cstring_literals',
    elf_directives=False,
)

TARGETS = {'elf': ELF, 'darwin': DARWIN}

# clang prints a few directives in its own layout (column 0, or a space
# instead of a tab); accept them in either layout so clang's listing passes.
# .cfi_* directives are in it too: clang separates their operands with a
# space (see Checker.parse_line).
CLANG_LAYOUT_EXCEPTIONS = {
    '.subsections_via_symbols', '.zerofill', '.macosx_version_min',
    '.build_version', '.addrsig_sym', '.set', '.data_region',
    '.end_data_region',
}
# clang directives that may follow the file's closing directive.
CLANG_TRAILERS = {'.addrsig', '.addrsig_sym'}


# ------------------------------------------------------------ instructions --

# Mnemonics that take a b/w/l/q size suffix in the notes' style; written bare
# they are a violation.  (jcc, setcc, cltd, cqto... have no suffix form.)
NEEDS_SUFFIX = {
    'mov', 'movabs', 'add', 'sub', 'imul', 'mul', 'idiv', 'div', 'neg',
    'not', 'and', 'or', 'xor', 'cmp', 'test', 'push', 'pop', 'lea', 'inc',
    'dec', 'shl', 'shr', 'sal', 'sar', 'adc', 'sbb', 'xchg', 'call', 'ret',
    'leave',
}
# Only the 64-bit form exists for these in 64-bit mode.
ONLY_Q = {'call', 'ret', 'push', 'pop', 'leave'}

# Intel spellings and their AT&T names.
INTEL_NAMES = {
    'movzx': 'movzbl or movzwl', 'movsx': 'movsbl, movswl or movslq',
    'movsxd': 'movslq', 'cdq': 'cltd', 'cqo': 'cqto', 'cdqe': 'cltq',
    'cwde': 'cwtl', 'cbw': 'cbtw',
}

# Functions taking `...`: System V ABI 3.2.3 wants %al = the number of vector
# registers used before calling them.
VARIADIC_FUNCTIONS = {
    'printf', 'fprintf', 'sprintf', 'snprintf', 'dprintf', 'asprintf',
    'scanf', 'fscanf', 'sscanf', 'execl', 'execle', 'execlp', 'open',
    'openat', 'fcntl', 'ioctl', 'syslog', 'err', 'errx', 'warn', 'warnx',
}

REGISTER_SUFFIX = {}
for _names, _suffix in (
        ('al bl cl dl sil dil spl bpl ah bh ch dh', 'b'),
        ('ax bx cx dx si di sp bp', 'w'),
        ('eax ebx ecx edx esi edi esp ebp', 'l'),
        ('rax rbx rcx rdx rsi rdi rsp rbp rip', 'q')):
    for _name in _names.split():
        REGISTER_SUFFIX['%' + _name] = _suffix
for _n in range(8, 16):
    REGISTER_SUFFIX['%%r%db' % _n] = 'b'
    REGISTER_SUFFIX['%%r%dw' % _n] = 'w'
    REGISTER_SUFFIX['%%r%dd' % _n] = 'l'
    REGISTER_SUFFIX['%%r%d' % _n] = 'q'

# Tokens of an operand expression: numbers first, so 0x90 is not a symbol.
EXPRESSION_TOKEN = re.compile(r"0[xX][0-9a-fA-F]+|\d+|'(?:\\.|[^'])'|"
                              r"[A-Za-z_.$][\w.$@]*")
MEMORY_OPERAND = re.compile(r'^(?P<disp>[^(]*)(?:\((?P<inner>[^)]*)\))?$')
LABEL_LINE = re.compile(r'^(?P<name>[A-Za-z_.$][\w.$@]*):(?P<rest>.*)$')


# ------------------------------------------------------------------ lines --

@dataclass
class Line:
    number: int
    text: str                   # as in the file, without the newline
    kind: str = 'blank'         # blank, label, instruction, directive, bad
    label: str = ''
    mnemonic: str = ''
    operand_text: str = ''      # operands as written, comment removed
    operands: List[str] = field(default_factory=list)

    @property
    def significant(self) -> bool:
        return self.kind != 'blank'


def strip_comment(text: str) -> str:
    """The line without its `#` comment; a `#` inside a string stays."""
    in_string = False
    escaped = False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == '\\' and in_string:
            escaped = True
        elif ch == '"':
            in_string = not in_string
        elif ch == '#' and not in_string:
            return text[:i]
    return text


def split_operands(text: str) -> List[str]:
    """Splits at top-level commas (not inside parentheses or strings)."""
    parts, depth, start, in_string = [], 0, 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            in_string = not in_string
        elif in_string:
            continue
        elif ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts] if text.strip() else []


def top_level_commas(text: str) -> List[int]:
    positions, depth, in_string = [], 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            in_string = not in_string
        elif in_string:
            continue
        elif ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == ',' and depth == 0:
            positions.append(i)
    return positions


def symbols_in(expression: str) -> List[str]:
    return [t for t in EXPRESSION_TOKEN.findall(expression)
            if t[0].isalpha() or t[0] in '_.$']


# ---------------------------------------------------------------- checker --

class Linter:
    def __init__(self, path: str, text: str, target: Target,
                 optimized: bool = False):
        self.path = path
        self.target = target
        self.optimized = optimized  # -O listings: leaves may have no frame
        self.lines = [Line(i + 1, t) for i, t in enumerate(text.split('\n'))]
        if self.lines and self.lines[-1].text == '':
            self.lines.pop()
        self.violations = []    # (line number, message, line text)

    def report(self, line: Line, message: str) -> None:
        self.violations.append((line.number, message, line.text))

    def run(self) -> List[str]:
        for line in self.lines:
            self.check_layout(line)
        self.has_cfi = any(l.mnemonic == '.cfi_startproc' for l in self.lines)
        instructions = [l for l in self.lines if l.kind == 'instruction']
        for line in instructions:
            self.check_mnemonic(line)
            self.check_addressing(line)
        self.check_sections_and_labels()
        self.check_functions()
        self.check_file_ends()
        self.violations.sort(key=lambda v: v[0])
        return ['%s:%d: %s: %s' % (self.path, n, message, text)
                for n, message, text in self.violations]

    # -- layout ------------------------------------------------------------

    def check_layout(self, line: Line) -> None:
        """Parses `line` and checks the notes' layout: `\\tmnemonic\\toperands`,
        operands joined by ", ", labels in column 0 on their own line."""
        code = strip_comment(line.text)
        if not code.strip():
            return
        if line.text.endswith((' ', '\t')) and code == line.text:
            self.report(line, 'trailing whitespace')
        label = LABEL_LINE.match(code.strip())
        if label:
            line.kind = 'label'
            line.label = label.group('name')
            if code[0] in ' \t':
                self.report(line, 'a label must start in column 0')
            if label.group('rest').strip():
                self.report(line, 'a label must stand on its own line')
            return
        body = code.lstrip(' \t')
        mnemonic = body.split(None, 1)[0]
        rest = body[len(mnemonic):]
        line.mnemonic = mnemonic
        line.kind = 'directive' if mnemonic.startswith('.') else 'instruction'
        line.operand_text = rest.strip()
        line.operands = split_operands(line.operand_text)
        if mnemonic in CLANG_LAYOUT_EXCEPTIONS or mnemonic.startswith('.cfi_'):
            return
        if not code.startswith('\t') or code.startswith('\t\t') \
                or code[1] == ' ':
            self.report(line, 'an instruction or directive must be indented '
                        'by exactly one tab')
        if rest.strip():
            gap = rest[:len(rest) - len(rest.lstrip())]
            if gap != '\t':
                self.report(line, 'a tab must separate the mnemonic from its '
                            'operands')
        if line.kind == 'instruction':
            operands = line.operand_text
            for comma in top_level_commas(operands):
                before = operands[comma - 1] if comma else ''
                after = operands[comma + 1:comma + 3]
                if before in ' \t' or after[:1] != ' ' or after[1:2] in ' \t':
                    self.report(line, 'operands must be separated by ", "')
                    break

    # -- mnemonics ---------------------------------------------------------

    def check_mnemonic(self, line: Line) -> None:
        """Size suffixes, as in the notes: movl, pushq, callq, retq."""
        mnemonic = line.mnemonic
        if mnemonic in INTEL_NAMES:
            self.report(line, "'%s' is Intel syntax; AT&T spells it %s"
                        % (mnemonic, INTEL_NAMES[mnemonic]))
        elif mnemonic in NEEDS_SUFFIX:
            if mnemonic in ONLY_Q:
                hint = mnemonic + 'q'
            else:
                suffixes = {REGISTER_SUFFIX[o] for o in line.operands
                            if o in REGISTER_SUFFIX}
                hint = (mnemonic + suffixes.pop() if len(suffixes) == 1
                        else mnemonic + 'b/w/l/q')
            self.report(line, "'%s' needs its size suffix (%s)"
                        % (mnemonic, hint))

    # -- addressing --------------------------------------------------------

    def check_addressing(self, line: Line) -> None:
        """Symbols are reached through %rip, so the output links as a
        position-independent executable; branch targets are exempt."""
        is_branch = line.mnemonic.startswith(('call', 'j'))
        for operand in line.operands:
            if operand.startswith('%'):
                continue
            if operand.startswith('$'):
                names = symbols_in(operand[1:])
                if names:
                    self.report(line, "the address of '%s' is an absolute "
                                "immediate; use leaq %s(%%rip)"
                                % (names[0], names[0]))
                continue
            indirect = operand.startswith('*')
            if indirect and operand[1:].startswith('%'):
                continue                        # callq *%rax
            if is_branch and not indirect:
                self.check_symbol_prefix(line, operand.split('@')[0])
                continue
            memory = MEMORY_OPERAND.match(operand.lstrip('*'))
            if not memory:
                continue
            names = symbols_in(memory.group('disp'))
            if not names:
                continue
            if (memory.group('inner') or '').strip() != '%rip':
                self.report(line, "symbol operand '%s' must be %%rip-relative"
                            % names[0])
            for name in names:
                self.check_symbol_prefix(line, name.split('@')[0])

    def check_symbol_prefix(self, line: Line, name: str) -> None:
        if not self.target.symbol_prefix:
            return
        if self.is_local(name) or name.startswith(self.target.symbol_prefix):
            return
        self.report(line, "C symbol '%s' needs the %s prefix on %s"
                    % (name, self.target.symbol_prefix, self.target.display))

    # -- sections and labels -----------------------------------------------

    def section_after(self, line: Line, current: str) -> str:
        """The section a directive switches to, or `current`."""
        m = line.mnemonic
        if m in ('.text', '.data', '.bss'):
            return m
        if m == '.section' and line.operands:
            # Mach-O names a section by segment and section: __TEXT,__text.
            if line.operands[0].startswith('__') and len(line.operands) > 1:
                return ','.join(line.operands[:2])
            return line.operands[0].strip('"')
        return current

    def is_text(self, section: str) -> bool:
        return (section == '.text' or section.startswith('.text.')
                or section == '__TEXT,__text')

    def check_sections_and_labels(self) -> None:
        """Labels follow clang's naming; string literals live in the string
        section as .asciz; ELF-only and Mach-O-only directives stay apart."""
        t = self.target
        section_operands = ''   # the current section, as written
        significant = [l for l in self.lines if l.significant]
        for index, line in enumerate(significant):
            if line.kind == 'directive':
                if line.mnemonic == '.section':
                    section_operands = ','.join(line.operands)
                elif line.mnemonic in ('.text', '.data', '.bss'):
                    section_operands = line.mnemonic
                self.check_target_directive(line)
                continue
            if line.kind != 'label':
                continue
            name = line.label
            if t.string_label.fullmatch(name):
                if section_operands != t.string_section:
                    self.report(line, 'string literal %s must be in '
                                '.section %s' % (name, t.string_section))
                following = next((l for l in significant[index + 1:]
                                  if l.mnemonic not in ('.type', '.size')),
                                 None)
                if following is None or following.mnemonic != '.asciz':
                    self.report(line, 'string literal %s must be followed by '
                                '.asciz "..."' % name)
            elif self.is_other_targets_label(name):
                other = DARWIN if t is ELF else ELF
                self.report(line, "'%s' is %s spelling; %s local labels "
                            "are %s" % (name, other.display, t.display,
                                        self.local_label_hint()))
            elif name.startswith(t.local_prefix):
                if not (t.block_label.fullmatch(name)
                        or t.other_local_labels.fullmatch(name)):
                    self.report(line, "local label '%s' does not follow "
                                "clang's naming %s"
                                % (name, self.local_label_hint()))

    def is_other_targets_label(self, name: str) -> bool:
        other = DARWIN if self.target is ELF else ELF
        return any(p.fullmatch(name) for p in (
            other.block_label, other.string_label, other.other_local_labels))

    def is_local(self, name: str) -> bool:
        """Labels that never name a function: the target's local labels and,
        written by mistake, the other target's."""
        return name.startswith(('.', self.target.local_prefix)) or \
            self.is_other_targets_label(name)

    def local_label_hint(self) -> str:
        p = self.target.local_prefix
        string = '.L.str[.N]' if self.target is ELF else 'L_.str[.N]'
        return '(%sBB<function>_<block>, %s)' % (p, string)

    def check_target_directive(self, line: Line) -> None:
        t = self.target
        if not t.elf_directives and line.mnemonic in ('.type', '.size'):
            self.report(line, '%s is ELF-only; Mach-O has no such directive'
                        % line.mnemonic)
        if t is ELF and (line.mnemonic in ('.subsections_via_symbols',
                                           '.zerofill')
                         or '__TEXT' in line.operand_text
                         or '__DATA' in line.operand_text):
            self.report(line, '%s is Mach-O only; this is an ELF listing'
                        % line.mnemonic)

    # -- functions ---------------------------------------------------------

    def check_functions(self) -> None:
        """Every non-local label in a text section starts a function, which
        runs up to the next one or the next section change."""
        t = self.target
        significant = [l for l in self.lines if l.significant]
        globals_ = set()
        function_types = set()
        sizes: Dict[str, Line] = {}
        for line in significant:
            if line.mnemonic in ('.globl', '.global') and line.operands:
                globals_.add(line.operands[0])
            elif line.mnemonic == '.type' and line.operand_text:
                name, _, kind = line.operand_text.partition(',')
                if kind.strip() == '@function':
                    function_types.add(name.strip())
                    if line.operand_text != '%s,@function' % name.strip():
                        self.report(line, 'write .type %s,@function'
                                    % name.strip())
            elif line.mnemonic == '.size' and line.operands:
                sizes[line.operands[0]] = line

        # Split into functions: (label index, end index) into `significant`.
        starts = []
        section = ''
        boundaries = set()
        for index, line in enumerate(significant):
            if line.kind == 'directive':
                new = self.section_after(line, section)
                if new != section or line.mnemonic in ('.section', '.text'):
                    boundaries.add(index)
                section = new
            elif line.kind == 'label' and self.is_text(section) and \
                    not self.is_local(line.label):
                starts.append(index)
        for number, start in enumerate(starts):
            end = len(significant)
            for later in sorted(boundaries | set(starts)):
                if later > start:
                    end = later
                    break
            self.check_function(significant, start, end, number, globals_,
                                function_types, sizes)

    def check_function(self, lines: List[Line], start: int, end: int,
                       number: int, globals_, function_types, sizes) -> None:
        t = self.target
        label = lines[start]
        name = label.label
        c_name = name[len(t.symbol_prefix):] if t.symbol_prefix and \
            name.startswith(t.symbol_prefix) else name
        if t.symbol_prefix and not name.startswith(t.symbol_prefix):
            self.report(label, "function '%s' needs the %s prefix on %s"
                        % (name, t.symbol_prefix, t.display))

        # The header: directives between the previous code and the label.
        header = []
        i = start - 1
        while i >= 0 and lines[i].kind == 'directive' and \
                lines[i].mnemonic not in ('.size', '.section', '.text'):
            header.append(lines[i])
            i -= 1
        if c_name == 'main' and name not in globals_:
            self.report(label, "function '%s' needs .globl %s" % (name, name))
        if not any(h.mnemonic == '.p2align' and h.operand_text == '4, 0x90'
                   for h in header):
            self.report(label, "function '%s' is not preceded by "
                        ".p2align 4, 0x90" % name)
        if t.elf_directives and name not in function_types:
            self.report(label, "function '%s' needs .type %s,@function"
                        % (name, name))
        if t.elf_directives:
            size = sizes.get(name)
            if size is None:
                self.report(label, "function '%s' needs .size %s, .-%s"
                            % (name, name, name))
            elif not re.fullmatch(r'(\.|\.Lfunc_end\d+)-%s' % re.escape(name),
                                  ''.join(size.operands[1:2]).replace(' ', '')):
                self.report(size, 'write .size %s, .-%s' % (name, name))

        body = lines[start + 1:end]
        if self.optimized:
            body = self.after_quick_return(name, body)
        code = [l for l in body if l.kind == 'instruction']
        # The prologue comes right after the label (System V ABI 3.2.2's
        # frame pointer convention, as clang prints it at -O0).
        first = [l for l in body if l.kind != 'directive'][:2]
        expected = [('pushq', '%rbp'), ('movq', '%rsp, %rbp')]
        # -O: a leaf that touches neither %rbp nor %rsp needs no frame.
        frameless = self.optimized and not any(l.mnemonic.startswith('call') or
                            re.search(r'%[re]?(bp|sp)\b', l.operand_text)
                            for l in code)
        has_prologue = [(l.mnemonic, l.operand_text) for l in first] == expected
        if not has_prologue and not frameless:
            self.report(label, "function '%s' does not start with the prologue "
                        "pushq %%rbp / movq %%rsp, %%rbp" % name)

        returns = [l for l in code if l.mnemonic in ('retq', 'ret', 'retl')]
        if not returns:
            self.report(label, "function '%s' has no retq" % name)
        for extra in returns[1:]:
            self.report(extra, "function '%s' has more than one retq (one "
                        "epilogue per function)" % name)
        for ret in returns:
            position = body.index(ret)
            before = [l for l in body[:position]
                      if not l.mnemonic.startswith('.cfi_')]
            previous = before[-1] if before else label
            if not frameless and \
                    (previous.mnemonic, previous.operand_text) != ('popq', '%rbp'):
                self.report(ret, 'retq must come right after popq %rbp')

        for line in body:
            block = t.block_label.fullmatch(line.label) if \
                line.kind == 'label' else None
            if block and int(block.group(1)) != number:
                self.report(line, "local label '%s' is in function %d ('%s'); "
                            "expected %sBB%d_<block>"
                            % (line.label, number, name, t.local_prefix,
                               number))
        self.check_varargs(code, body)
        if self.has_cfi:
            self.check_cfi(label, body)

    def after_quick_return(self, name: str, body: List[Line]) -> List[Line]:
        """-O: a test of the parameters and the return it may lead to may
        come before the prologue (codegen/optimize/quick_return.cpp), up to
        a retq and a label, the function's prologue. It keeps no frame: no
        call, push or pop, nothing that names %rbp or writes %rsp. The rest
        of the body (with the .cfi_startproc before the quick return) is
        checked as a function of its own."""
        code = [i for i, l in enumerate(body) if l.kind == 'instruction']
        returns = [i for i in code if body[i].mnemonic == 'retq']
        if not returns:
            return body
        ret = returns[0]
        rest = [i for i in range(ret + 1, len(body)) if body[i].kind != 'directive']
        if len(rest) < 2 or body[rest[0]].kind != 'label' or \
                (body[rest[1]].mnemonic, body[rest[1]].operand_text) != ('pushq', '%rbp'):
            return body
        for i in code:
            if i > ret:
                break
            l = body[i]
            if l.mnemonic.startswith(('call', 'push', 'pop')) or \
                    re.search(r'%[re]?bp\b', l.operand_text) or \
                    re.search(r'%[re]?sp$', l.operand_text):
                self.report(l, "function '%s': the quick return before the "
                            "prologue may not call, push, pop, name %%rbp or move %%rsp" % name)
        return [l for l in body[:ret + 1] if l.kind == 'directive'] + \
            body[rest[0] + 1:]

    # -- cfi ---------------------------------------------------------------

    def check_cfi(self, label: Line, body: List[Line]) -> None:
        """Call-frame information as clang writes it at -O0, so that gdb's
        backtraces and unwinders can walk through the frame."""
        name = label.label
        if not body or body[0].mnemonic != '.cfi_startproc':
            self.report(label, "function '%s' must open with .cfi_startproc"
                        % name)
        if not any(l.mnemonic == '.cfi_endproc' for l in body):
            self.report(label, "function '%s' has no .cfi_endproc" % name)
        # The prologue's first push and move, each followed by what it did
        # to the frame.
        follows = [(('pushq', '%rbp'), ['.cfi_def_cfa_offset 16',
                                        '.cfi_offset %rbp, -16']),
                   (('movq', '%rsp, %rbp'), ['.cfi_def_cfa_register %rbp'])]
        shapes = [(l.mnemonic, l.operand_text) for l in body]
        for instruction, wanted in follows:
            if instruction not in shapes:
                continue  # the prologue check reports it
            i = shapes.index(instruction)
            got = [' '.join(shape).strip()
                   for shape in shapes[i + 1:i + 1 + len(wanted)]]
            if got != wanted:
                self.report(body[i], "after '%s %s' write %s"
                            % (instruction + (' and '.join(wanted),)))

    # -- varargs -----------------------------------------------------------

    def check_varargs(self, code: List[Line], body: List[Line]) -> None:
        """System V ABI 3.2.3: before calling a variadic function, %al holds
        the number of vector registers used (an upper bound).  As in clang's
        listing, the instruction setting it comes right before the callq."""
        prefix = self.target.symbol_prefix
        for call in code:
            if not call.mnemonic.startswith('call') or not call.operands:
                continue
            callee = call.operands[0].split('@')[0]
            if prefix and callee.startswith(prefix):
                callee = callee[len(prefix):]
            if callee not in VARIADIC_FUNCTIONS:
                continue
            position = body.index(call)
            previous = body[position - 1] if position else None
            if previous is None or previous.kind != 'instruction' or \
                    not self.sets_al(previous):
                self.report(call, '%%al must be set right before callq %s '
                            '(movb $0, %%al or xorl %%eax, %%eax)' % callee)

    @staticmethod
    def sets_al(line: Line) -> bool:
        ops = line.operands
        if line.mnemonic == 'movb' and len(ops) == 2:
            return ops[0].startswith('$') and ops[1] == '%al'
        if line.mnemonic == 'movl' and len(ops) == 2:
            return ops[0].startswith('$') and ops[1] == '%eax'
        if line.mnemonic == 'xorl':
            return ops == ['%eax', '%eax']
        return False

    # -- the file's ends ---------------------------------------------------

    def check_file_ends(self) -> None:
        t = self.target
        significant = [l for l in self.lines if l.significant]
        if not significant:
            return
        # clang puts .file right after .text; the first line must be .text.
        first = significant[0]
        if self.normalised(first) != t.first_line:
            self.report(first, 'the listing must start with %s' % t.first_line)
        tail = [l for l in significant if l.mnemonic not in CLANG_TRAILERS]
        last = tail[-1] if tail else significant[-1]
        if self.normalised(last) != t.last_line:
            self.report(last, 'the listing must end with %s' % t.last_line)

    @staticmethod
    def normalised(line: Line) -> str:
        """A directive as `name operands`, section names unquoted."""
        operands = ','.join(op.strip() for op in line.operands)
        if line.mnemonic == '.section' and line.operands:
            first = line.operands[0].strip().strip('"')
            operands = ','.join([first] + [op.strip()
                                           for op in line.operands[1:]])
        return (line.mnemonic + ' ' + operands).strip()


# ------------------------------------------------------------------- main --

def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog='asm_style_lint.py',
        description="Check x86-64 AT&T assembly against minicc's style "
                    "(clang's -S -O0 layout).")
    parser.add_argument('--target', choices=sorted(TARGETS), default='elf',
                        help='object format the listing is for (default elf)')
    parser.add_argument('--optimized', action='store_true',
                        help='an -O listing: a leaf that touches neither '
                             '%%rbp nor %%rsp may have no frame')
    parser.add_argument('files', nargs='+', metavar='FILE.s',
                        help="assembly file, or '-' for standard input")
    args = parser.parse_args(argv)      # exits 2 on usage errors
    # Piped into head: stop quietly, like other command-line tools.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    target = TARGETS[args.target]
    failed = False
    for path in args.files:
        try:
            if path == '-':
                text, shown = sys.stdin.read(), '<stdin>'
            else:
                with open(path, encoding='utf-8', errors='replace') as f:
                    text, shown = f.read(), path
        except OSError as error:
            print('asm_style_lint.py: %s: %s' % (path, error.strerror),
                  file=sys.stderr)
            return 2
        for message in Linter(shown, text, target, args.optimized).run():
            print(message)
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
