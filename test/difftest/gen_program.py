#!/usr/bin/env python3
"""Random C program generator for minicc differential testing.

    gen_program.py --seed N [--out FILE] [--features full|basic|types|LIST] [--no-include]

Prints one C program in minicc's int-only language (with `types`, or single
features such as `long` or `pointers`, also with issue 9's types: see
gen_types.py, which keeps the same guarantees for them).  The same seed and
features always give the same program (only `random.Random(seed)` is used).

Every program is free of undefined and unspecified behaviour, so the build
made by gcc is an oracle for minicc's.  How that is guaranteed:

* Value ranges.  Every expression node carries an interval [lo, hi] that
  contains every value it can take.  An arithmetic operator is emitted raw
  only when the intervals prove it cannot overflow, divide by zero or
  compute INT_MIN / -1, and a shift only when the shifted value is
  non-negative, the count is in 0..31 and nothing reaches the sign bit.
  Otherwise the operation goes through a "safe_*" helper that is written in
  the generated C itself and checks its operands at run time.
* Tame variables.  Every variable (local, parameter, global, static local)
  always holds a value in T = [-2^20, 2^20 - 1] between full expressions.
  Each store is reduced into T (`% K` or `& M`) when its interval is wider,
  and ++, --, +=, *=, <<= ... are guarded (`v < 1048575 ? v++ : v`) so the
  result stays in T.  Function arguments and return values are in T.
* Sequencing.  Within one full expression a variable that is written is
  neither read nor written anywhere else, and every function has a declared
  effect set (globals it may read and write, whether it prints); two calls,
  or a call and a direct access, that could conflict are never put in the
  same full expression, and at most one printing call appears in one.
* Termination and size.  Loops run on read-only counters with fixed limits,
  recursion carries a depth parameter checked on entry, and a cost model
  (statements times loop trip counts plus callee costs) bounds every
  function, so each program runs in milliseconds.
* No uninitialised reads: a local declared without initialiser is assigned
  right after its declaration; gotos only jump out of blocks or backwards
  to a label that follows every declaration it could skip.
* Literals stay in int: nothing above INT_MAX (so no long or unsigned
  constants); INT_MIN is written as (-2147483647 - 1).
"""
import argparse
import random
import sys

from gen_floats import FLOAT_FEATURES, FloatGen
from gen_structs import STRUCT_FEATURES, StructGen
from gen_types import PREC, TYPE_FEATURES, TYPE_FEATURE_NEEDS, TVar, TypedGen

INT_MIN = -2 ** 31
INT_MAX = 2 ** 31 - 1
T_LO = -(1 << 20)          # every variable stays within [T_LO, T_HI]
T_HI = (1 << 20) - 1

# Feature names; "basic" is issue 2's language, "full" adds issue 3's.
ALL_FEATURES = (
    'for', 'dowhile', 'breakcont', 'null', 'logic', 'bitwise', 'ternary',
    'comma', 'compound', 'incdec', 'assignexpr', 'globals', 'staticglobals',
    'extern', 'void', 'staticlocals', 'blockdecl', 'switch', 'goto',
)
# 'sar' (right shift of negative values: implementation-defined, gcc and
# minicc both shift arithmetically) is opt-in.
OPTIONAL_FEATURES = ('sar',)
# Issue 9's types (gen_types.py) are not in 'full' until minicc has them;
# 'types' is full plus all of them.  Issue 10's structs (gen_structs.py) are
# in no preset but their own: 'structs' is types plus them.  double and
# float (gen_floats.py) likewise: 'floats' is structs plus them.
PRESETS = {'basic': (), 'full': ALL_FEATURES, 'types': ALL_FEATURES + TYPE_FEATURES,
           'structs': ALL_FEATURES + TYPE_FEATURES + STRUCT_FEATURES,
           'floats': ALL_FEATURES + TYPE_FEATURES + STRUCT_FEATURES + FLOAT_FEATURES}
KNOWN = ALL_FEATURES + OPTIONAL_FEATURES + TYPE_FEATURES


def parse_features(spec):
    feats = set()
    for word in spec.split(','):
        word = word.strip()
        if not word:
            continue
        if word in PRESETS:
            feats |= set(PRESETS[word])
        elif word in KNOWN:
            feats.add(word)
        elif word.startswith('-') and word[1:] in KNOWN:
            feats.discard(word[1:])
        else:
            raise ValueError('unknown feature %r (known: basic, full, types, structs, floats, %s)'
                             % (word, ', '.join(KNOWN)))
    for f, needs in TYPE_FEATURE_NEEDS.items():   # sizeof needs size_t, ...
        if f in feats:
            feats |= set(needs)
    return frozenset(feats)


# ---------------------------------------------------------------- C semantics

def c_div(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def c_mod(a, b):
    return a - b * c_div(a, b)


def in_int(lo, hi):
    return INT_MIN <= lo and hi <= INT_MAX


def signed_bits(lo, hi):
    """Smallest k with lo, hi in [-2^k, 2^k - 1]."""
    k = 0
    while not (-(1 << k) <= lo and hi <= (1 << k) - 1):
        k += 1
    return k


def eval_bin(op, a, b):
    """Exact C value of a constant binary operation (caller checked safety)."""
    if op == '+': return a + b
    if op == '-': return a - b
    if op == '*': return a * b
    if op == '/': return c_div(a, b)
    if op == '%': return c_mod(a, b)
    if op == '<<': return a << b
    if op == '>>': return a >> b
    if op == '&': return a & b
    if op == '|': return a | b
    if op == '^': return a ^ b
    if op == '<': return int(a < b)
    if op == '<=': return int(a <= b)
    if op == '>': return int(a > b)
    if op == '>=': return int(a >= b)
    if op == '==': return int(a == b)
    if op == '!=': return int(a != b)
    if op == '&&': return int(bool(a) and bool(b))
    if op == '||': return int(bool(a) or bool(b))
    raise AssertionError(op)


def raw_is_safe(op, a, b, sar):
    """Can `a op b` be evaluated in C without UB for all values in the intervals?"""
    if op == '+':
        return in_int(a.lo + b.lo, a.hi + b.hi)
    if op == '-':
        return in_int(a.lo - b.hi, a.hi - b.lo)
    if op == '*':
        c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return in_int(min(c), max(c))
    if op in ('/', '%'):
        if b.lo <= 0 <= b.hi:
            return False
        return a.lo > INT_MIN or not (b.lo <= -1 <= b.hi)
    if op == '<<':
        return a.lo >= 0 and b.lo >= 0 and b.hi <= 31 and (a.hi << b.hi) <= INT_MAX
    if op == '>>':
        return b.lo >= 0 and b.hi <= 31 and (a.lo >= 0 or sar)
    return True  # comparisons, logic and bitwise never overflow


def bin_range(op, a, b):
    if a.val is not None and b.val is not None:
        v = eval_bin(op, a.val, b.val)
        return v, v
    if op == '+': return a.lo + b.lo, a.hi + b.hi
    if op == '-': return a.lo - b.hi, a.hi - b.lo
    if op == '*':
        c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
        return min(c), max(c)
    if op == '/':
        m = max(abs(a.lo), abs(a.hi))
        return max(-m, INT_MIN), min(m, INT_MAX)
    if op == '%':
        m = min(max(abs(a.lo), abs(a.hi)), max(abs(b.lo), abs(b.hi)) - 1)
        if a.lo >= 0: return 0, m
        if a.hi <= 0: return -m, 0
        return -m, m
    if op in ('<<', '>>'):
        c = [eval_bin(op, x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
        return min(c), max(c)
    if op in ('&', '|', '^'):
        if a.lo >= 0 and b.lo >= 0:
            if op == '&':
                return 0, min(a.hi, b.hi)
            return 0, (1 << max(a.hi, b.hi).bit_length()) - 1
        if op == '&' and (a.lo >= 0 or b.lo >= 0):
            return 0, a.hi if a.lo >= 0 else b.hi
        k = max(signed_bits(a.lo, a.hi), signed_bits(b.lo, b.hi))
        return -(1 << k), (1 << k) - 1
    return 0, 1  # comparisons and logic


# ---------------------------------------------------------------- expressions
# (PREC, the operator precedences, comes from gen_types.py)


class Node:
    """An expression tree node with its value interval (and exact value if constant)."""
    __slots__ = ('kind', 'prec', 'lo', 'hi', 'val', 'op', 'kids', 'text')

    def __init__(self, kind, prec, lo, hi, val=None, op=None, kids=(), text=None):
        assert lo <= hi and INT_MIN <= lo and hi <= INT_MAX, (kind, op, lo, hi)
        self.kind, self.prec, self.lo, self.hi, self.val = kind, prec, lo, hi, val
        self.op, self.kids, self.text = op, kids, text


def render(n, minp, rng):
    """C text of n; parentheses only where precedence needs them, plus a few extra."""
    k = n.kind
    if k in ('const', 'var', 'atom'):
        s = n.text
    elif k == 'bin':
        p = n.prec
        s = '%s %s %s' % (render(n.kids[0], p, rng), n.op, render(n.kids[1], p + 1, rng))
    elif k == 'un':
        inner = render(n.kids[0], 14, rng)
        if inner[0] in '+-':      # never print "--x" for -(-x)
            inner = '(' + inner + ')'
        s = n.op + inner
    elif k == 'post':
        s = n.text + n.op
    elif k == 'pre':
        s = n.op + n.text
    elif k == 'cond':
        s = '%s ? %s : %s' % (render(n.kids[0], 4, rng), render(n.kids[1], 1, rng),
                              render(n.kids[2], 3, rng))
    elif k == 'assign':
        s = '%s %s %s' % (n.text, n.op, render(n.kids[0], 2, rng))
    elif k == 'comma':
        s = '%s, %s' % (render(n.kids[0], 1, rng), render(n.kids[1], 2, rng))
    elif k == 'call':
        s = '%s(%s)' % (n.text, ', '.join(render(a, 2, rng) for a in n.kids))
    elif k == 'cast':      # the typed nodes of gen_types.py
        s = '(%s)%s' % (n.text, render(n.kids[0], 14, rng))
    elif k == 'index':
        s = '%s[%s]' % (render(n.kids[0], 15, rng), render(n.kids[1], 0, rng))
    elif k == 'deref':
        s = '*' + render(n.kids[0], 14, rng)
    elif k == 'addr':
        s = '&' + render(n.kids[0], 14, rng)
    elif k == 'sizeof':
        s = n.text
    elif k == 'paren':
        s = '(%s)' % render(n.kids[0], 0, rng)
    else:
        raise AssertionError(k)
    if n.prec < minp or (n.prec < 15 and rng.random() < 0.06):
        s = '(' + s + ')'
    return s


class Var:
    """An int variable (gen_types.TVar is a typed one; the int code never sees those)."""
    _next = 0

    def __init__(self, name, kind, key=None, readonly=False, lo=T_LO, hi=T_HI):
        Var._next += 1
        self.uid = Var._next
        self.name, self.kind, self.key, self.readonly = name, kind, key, readonly
        self.lo, self.hi = lo, hi
        self.init = True          # False between `int x;` and its first store


class Func:
    def __init__(self, name):
        self.name = name
        self.params = []         # names; a recursive function's first is 'd'
        self.is_void = False
        self.recursive = False
        self.static = False
        self.reads = set()       # effect keys: 'G:name' for globals, 'S' for static locals
        self.writes = set()
        self.prints = False
        self.base_cost = 1       # cost of one invocation, without self-calls
        self.self_sites = 0
        self.done = False

    def cost(self, depth):
        if not self.recursive:
            return self.base_cost
        r = max(self.self_sites, 1)
        return self.base_cost * sum(r ** i for i in range(depth + 1))


class ExprCtx:
    """What one full expression has touched so far (for the sequencing rules)."""

    def __init__(self):
        self.rd, self.rd_keys = set(), set()
        self.wr, self.wr_keys = set(), set()
        self.call_rd, self.call_wr = set(), set()
        self.prints = False

    def can_read(self, v):
        return v.uid not in self.wr and (v.key is None or v.key not in self.call_wr)

    def can_write(self, v, earlier_reads):
        if v.uid in self.wr or v.uid in earlier_reads:
            return False
        return v.key is None or (v.key not in self.call_rd and v.key not in self.call_wr)

    def read(self, v):
        self.rd.add(v.uid)
        if v.key:
            self.rd_keys.add(v.key)

    def write(self, v):
        self.wr.add(v.uid)
        if v.key:
            self.wr_keys.add(v.key)

    def can_call(self, f):
        if f.writes & (self.rd_keys | self.wr_keys | self.call_rd | self.call_wr):
            return False
        if f.reads & (self.wr_keys | self.call_wr):
            return False
        return not (f.prints and self.prints)

    def call(self, f):
        self.call_rd |= f.reads
        self.call_wr |= f.writes
        self.prints |= f.prints


LOCAL_NAMES = ['a', 'b', 'c', 'x', 'y', 'z', 't', 'u', 'v', 'n', 'm', 'r', 'q', 'acc']
WRAPPER_ORDER = ('safe_add', 'safe_sub', 'safe_mul', 'safe_div', 'safe_mod',
                 'safe_neg', 'safe_shl', 'safe_shr')
WRAPPER_FOR = {'+': 'safe_add', '-': 'safe_sub', '*': 'safe_mul', '/': 'safe_div',
               '%': 'safe_mod', '<<': 'safe_shl', '>>': 'safe_shr'}
INT_MIN_TEXT = '(-2147483647 - 1)'


def wrapper_source(name, static):
    """The run-time checked helpers, written with plain ifs so basic mode can compile them."""
    mn, mx = INT_MIN_TEXT, '2147483647'
    bodies = {
        'safe_add': ['if (b > 0) { if (a > %s - b) return a; }' % mx,
                     'if (b < 0) { if (a < %s - b) return a; }' % mn,
                     'return a + b;'],
        'safe_sub': ['if (b < 0) { if (a > %s + b) return a; }' % mx,
                     'if (b > 0) { if (a < %s + b) return a; }' % mn,
                     'return a - b;'],
        'safe_mul': ['if (a > 0) {',
                     '    if (b > 0) { if (a > %s / b) return a; }' % mx,
                     '    else { if (b < %s / a) return a; }' % mn,
                     '} else {',
                     '    if (b > 0) { if (a < %s / b) return a; }' % mn,
                     '    else { if (a != 0) { if (b < %s / a) return a; } }' % mx,
                     '}',
                     'return a * b;'],
        'safe_div': ['if (b == 0) return a;',
                     'if (b == -1) { if (a == %s) return a; }' % mn,
                     'return a / b;'],
        'safe_mod': ['if (b == 0) return a;',
                     'if (b == -1) return 0;',
                     'return a % b;'],
        'safe_neg': ['if (a == %s) return a;' % mn,
                     'return -a;'],
        'safe_shl': ['if (a < 0) return a;',
                     'if (b < 0) return a;',
                     'if (b > 31) return a;',
                     'if (a > (%s >> b)) return a;' % mx,
                     'return a << b;'],
        'safe_shr': ['if (a < 0) return a;',
                     'if (b < 0) return a;',
                     'if (b > 31) return a;',
                     'return a >> b;'],
    }
    params = '(int a)' if name == 'safe_neg' else '(int a, int b)'
    out = ['%sint %s%s {' % ('static ' if static else '', name, params)]
    out += ['    ' + line for line in bodies[name]]
    out.append('}')
    return out


class Generator:
    def __init__(self, seed, feats, include_stdio=True):
        self.rng = random.Random(seed)
        self.seed = seed
        self.F = feats
        self.include_stdio = include_stdio
        self.wrappers_used = set()
        self.globals = []          # Var
        self.funcs = []            # Func, in definition (call) order; main is last
        self.label_count = 0
        self.name_count = 0
        # issue 9's types: only with one of their features (else not one more random draw)
        self.types = TypedGen(self) if feats & set(TYPE_FEATURES) else None
        # issue 10's structs: a part of their own, only with the feature
        self.structs = StructGen(self) if feats & set(STRUCT_FEATURES) else None
        # double and float: likewise a part of their own
        self.floats = FloatGen(self) if feats & set(FLOAT_FEATURES) else None

    # ------------------------------------------------------------ helpers
    def has(self, *feats):
        return all(f in self.F for f in feats)

    def chance(self, p):
        return self.rng.random() < p

    def pick_weighted(self, items):
        total = sum(w for _, w in items)
        x = self.rng.random() * total
        for item, w in items:
            x -= w
            if x < 0:
                return item
        return items[-1][0]

    def fresh(self, prefix):
        self.name_count += 1
        return '%s%d' % (prefix, self.name_count)

    def r(self, node, minp=0):
        return render(node, minp, self.rng)

    # ------------------------------------------------------------ constants
    def literal(self, v):
        """A non-negative int literal in one of C's spellings."""
        assert 0 <= v <= INT_MAX
        chars = {10: r"'\n'", 9: r"'\t'", 0: r"'\0'", 92: r"'\\'", 39: r"'\''"}
        style = self.rng.random()
        if style < 0.12 and (v in chars or (32 <= v <= 126 and chr(v) not in "'\\")):
            text = chars.get(v) or "'%s'" % chr(v)
        elif style < 0.30:
            text = ('0x%x' if self.chance(0.7) else '0X%X') % v
        elif style < 0.38 and v > 0:
            text = '0%o' % v
        else:
            text = str(v)
        return Node('const', 15, v, v, val=v, text=text)

    def const_value(self):
        rng = self.rng
        x = rng.random()
        if x < 0.45:
            v = rng.randint(0, 10)
        elif x < 0.7:
            v = rng.randint(11, 1000)
        elif x < 0.85:
            v = rng.choice([31, 32, 100, 127, 128, 255, 256, 1023, 1024, 4095, 65535, 65536,
                            T_HI, 1 << 20, 123456, 999999])
        else:
            v = rng.choice([INT_MAX, INT_MAX - 1, 1 << 30, (1 << 30) - 1, 2000000000,
                            46340, 46341, 0x7fff0000, INT_MIN, INT_MIN + 1, 1 << 24])
        if v != INT_MIN and v > 0 and rng.random() < 0.3:
            v = -v
        return v

    def const(self, v=None):
        if v is None:
            v = self.const_value()
        if v == INT_MIN:
            return Node('atom', 15, v, v, val=v, text=INT_MIN_TEXT)
        if v < 0:
            return Node('un', 14, v, v, val=v, op='-', kids=(self.literal(-v),))
        return self.literal(v)

    # ------------------------------------------------------------ node builders
    def mk_bin(self, op, a, b):
        lo, hi = bin_range(op, a, b)
        val = lo if (a.val is not None and b.val is not None) else None
        return Node('bin', PREC[op], lo, hi, val=val, op=op, kids=(a, b))

    def mk_un(self, op, a):
        if op == '-':
            lo, hi = -a.hi, -a.lo
        elif op == '+':
            lo, hi = a.lo, a.hi
        elif op == '~':
            lo, hi = ~a.hi, ~a.lo
        else:  # '!'
            lo, hi = 0, 1
            if a.val is not None:
                lo = hi = int(not a.val)
        val = None
        if a.val is not None:
            val = {'-': -a.val if a.val is not None else 0, '+': a.val, '~': ~a.val,
                   '!': int(not a.val)}[op]
            lo = hi = val
        return Node('un', 14, lo, hi, val=val, op=op, kids=(a,))

    def mk_wrapper(self, name, args, lo, hi):
        self.wrappers_used.add(name)
        return Node('call', 15, max(lo, INT_MIN), min(hi, INT_MAX), text=name, kids=tuple(args))

    def arith(self, op, a, b):
        """a op b, raw when provably safe, else through a checked helper."""
        if raw_is_safe(op, a, b, 'sar' in self.F):
            return self.mk_bin(op, a, b)
        name = WRAPPER_FOR[op]
        if op in ('+', '-', '*'):
            if op == '+': lo, hi = a.lo + b.lo, a.hi + b.hi
            elif op == '-': lo, hi = a.lo - b.hi, a.hi - b.lo
            else:
                c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]
                lo, hi = min(c), max(c)
            lo, hi = min(max(lo, INT_MIN), a.lo), max(min(hi, INT_MAX), a.hi)
        elif op in ('/', '%'):
            m = max(abs(a.lo), abs(a.hi))
            lo, hi = -m, m
        elif op == '<<':
            lo, hi = min(a.lo, 0), INT_MAX
        else:  # '>>'
            lo, hi = min(a.lo, 0), max(a.hi, 0)
        return self.mk_wrapper(name, (a, b), lo, hi)

    def negate(self, a):
        if a.lo > INT_MIN:
            return self.mk_un('-', a)
        return self.mk_wrapper('safe_neg', (a,), INT_MIN, INT_MAX)

    def fit(self, e, lo=T_LO, hi=T_HI):
        """Reduce e into [lo, hi] (a sub-range of T containing [-1, 1]) when it may leave it."""
        if lo <= e.lo and e.hi <= hi:
            return e
        m = min(-lo, hi)
        if self.has('bitwise') and self.chance(0.35):
            mask = (1 << self.rng.randint(1, hi.bit_length() - 1)) - 1 if hi > 1 else 1
            return self.mk_bin('&', e, self.const(mask))
        k = self.rng.randint(2, m + 1) if self.chance(0.5) else m + 1
        return self.mk_bin('%', e, self.const(k))

    # ------------------------------------------------------------ expressions
    def visible_vars(self):
        seen = {}
        for scope in self.scopes:
            seen.update(scope)
        return [v for v in seen.values() if v.init and isinstance(v, Var)]

    def readable(self, ec):
        out = []
        for v in self.visible_vars():
            if v.kind == 'global' and v.key not in self.fn.reads:
                continue
            if ec.can_read(v):
                out.append(v)
        return out

    def writable(self, ec, earlier_reads):
        out = []
        for v in self.visible_vars():
            if v.readonly:
                continue
            if v.kind == 'global' and v.key not in self.fn.writes:
                continue
            if ec.can_write(v, earlier_reads):
                out.append(v)
        return out

    def callees(self, ec, want_void=False):
        """Functions callable here: defined earlier (or self, if recursive), compatible effects, within budget."""
        fn = self.fn
        out = []
        for g in self.funcs:
            if g is fn:
                if not (g.recursive and self.mult == 1 and g.self_sites < 2):
                    continue
            elif not g.done:
                continue
            if g.is_void != want_void and not (want_void and self.has('void')):
                continue
            if g.name not in self.visible_funcs:
                continue
            if not (g.writes <= fn.writes and g.reads <= fn.reads and (fn.prints or not g.prints)):
                continue
            if not ec.can_call(g):
                continue
            if g is not fn and self.mult * g.cost(0) > self.budget_left():
                continue
            out.append(g)
        return out

    def budget_left(self):
        return self.budget - self.cost

    def make_call(self, g, ec, depth):
        """A call node to g; registers its effects before generating the arguments."""
        ec.call(g)
        args = []
        params = list(g.params)
        if g.recursive:
            params = params[1:]
            if g is self.fn:
                self.fn.self_sites += 1
                dep = self.mk_bin('-', self.var_node(self.depth_var, ec), self.const(1))
            else:
                d = self.rng.randint(0, 4)
                while d > 0 and self.mult * g.cost(d) > self.budget_left():
                    d -= 1
                self.cost += self.mult * g.cost(d)
                dep = self.literal(d)
            args.append(dep)
        elif g is not self.fn:
            self.cost += self.mult * g.cost(0)
        # calls nest at most two deep inside arguments
        self.call_nesting += 1
        saved = self.calls_ok
        self.calls_ok = saved and self.call_nesting < 2
        for _ in params:
            args.append(self.fit(self.expr(ec, max(depth - 1, 0))))
        self.calls_ok = saved
        self.call_nesting -= 1
        lo, hi = (0, 0) if g.is_void else (T_LO, T_HI)
        return Node('call', 15, lo, hi, text=g.name, kids=tuple(args))

    def var_node(self, v, ec):
        ec.read(v)
        return Node('var', 15, v.lo, v.hi, text=v.name)

    def leaf(self, ec, depth=0):
        choices = [('const', 3)]
        cands = self.readable(ec)
        if cands:
            choices.append(('var', 7))
        callees = [g for g in self.callees(ec) if not g.is_void]
        if callees and self.calls_ok:
            choices.append(('call', 1.2))
        kind = self.pick_weighted(choices)
        if kind == 'var':
            return self.var_node(self.rng.choice(cands), ec)
        if kind == 'call':
            return self.make_call(self.rng.choice(callees), ec, depth + 1)
        return self.const()

    def expr(self, ec, depth):
        if depth <= 0 or self.chance(0.22):
            return self.leaf(ec, depth)
        F = self.F
        kinds = [('bin', 10), ('un', 1.5)]
        if 'ternary' in F:
            kinds.append(('cond', 1.2))
        if 'comma' in F:
            kinds.append(('comma', 0.4))
        if 'assignexpr' in F:
            kinds.append(('assign', 0.7))
        if 'incdec' in F or 'compound' in F:
            kinds.append(('sidefx', 0.8))
        kind = self.pick_weighted(kinds)
        if kind == 'bin':
            return self.bin_expr(ec, depth)
        if kind == 'un':
            ops = ['-', '-', '+']
            if 'logic' in F: ops.append('!')
            if 'bitwise' in F: ops.append('~')
            op = self.rng.choice(ops)
            a = self.expr(ec, depth - 1)
            return self.negate(a) if op == '-' else self.mk_un(op, a)
        if kind == 'cond':
            c = self.expr(ec, depth - 1)
            a = self.expr(ec, depth - 1)
            b = self.expr(ec, depth - 1)
            val = None
            if c.val is not None and a.val is not None and b.val is not None:
                val = a.val if c.val else b.val
            lo, hi = (val, val) if val is not None else (min(a.lo, b.lo), max(a.hi, b.hi))
            return Node('cond', 3, lo, hi, val=val, kids=(c, a, b))
        if kind == 'comma':
            a = self.side_effect(ec, depth - 1) or self.expr(ec, depth - 1)
            b = self.expr(ec, depth - 1)
            return Node('comma', 1, b.lo, b.hi, kids=(a, b))
        if kind == 'assign':
            return self.assign_expr(ec, depth - 1) or self.leaf(ec, depth)
        return self.side_effect(ec, depth - 1) or self.leaf(ec, depth)

    def bin_expr(self, ec, depth):
        rng = self.rng
        ops = ['+', '+', '-', '-', '*', '*', '/', '%', '<', '<=', '>', '>=', '==', '!=']
        if 'logic' in self.F:
            ops += ['&&', '||']
        if 'bitwise' in self.F:
            ops += ['&', '|', '^', '<<', '>>', '&']
        op = rng.choice(ops)
        a = self.expr(ec, depth - 1)
        if op in ('/', '%') and self.chance(0.55):
            d = rng.choice([2, 3, 5, 7, 10, 16, 100, 1000, 65536, 1, 13])
            if self.chance(0.3) and a.lo > INT_MIN:
                d = -d
            b = self.const(d)
        elif op in ('<<', '>>') and self.chance(0.6):
            if self.chance(0.5):
                a = self.mk_bin('&', a, self.const(rng.choice([255, 1023, 65535, 15, T_HI])))
            b = self.const(rng.randint(0, 31) if self.chance(0.7) else rng.randint(0, 12))
        else:
            b = self.expr(ec, depth - 1)
            if op in ('<<', '>>') and self.chance(0.5):
                b = self.mk_bin('&', b, self.const(rng.choice([7, 15, 31])))
        return self.arith(op, a, b)

    def assign_expr(self, ec, depth):
        """(v = e) or (v = w = e) inside a larger expression."""
        earlier = set(ec.rd)
        e = self.fit(self.expr(ec, depth))
        cands = self.writable(ec, earlier)
        if not cands:
            return e
        v = self.rng.choice(cands)
        ec.write(v)
        return Node('assign', 2, e.lo, e.hi, op='=', kids=(e,), text=v.name)

    def guard(self, v, lo, hi, ec):
        """Condition that v lies in [lo, hi] (only the needed sides)."""
        parts = []
        if lo > v.lo:
            parts.append(self.mk_bin('>=', Node('var', 15, v.lo, v.hi, text=v.name), self.const(lo)))
        if hi < v.hi:
            parts.append(self.mk_bin('<=', Node('var', 15, v.lo, v.hi, text=v.name), self.const(hi)))
        return parts

    def compound_plan(self, ec, depth, v):
        """Pick a compound operator for v and a right operand; return (op, e, lo, hi) where
        v must be in [lo, hi] before the operation to stay inside T after it."""
        rng = self.rng
        ops = ['+=', '-=', '*=', '/=', '%=']
        if 'bitwise' in self.F:
            ops += ['&=', '|=', '^=', '<<=', '>>=']
        op = rng.choice(ops)
        if op in ('+=', '-='):
            e = self.fit(self.expr(ec, depth), -65536, 65535)
            m = max(abs(e.lo), abs(e.hi))
            return op, e, T_LO + m, T_HI - m
        if op == '*=':
            e = self.fit(self.expr(ec, depth), -1024, 1023)
            m = max(abs(e.lo), abs(e.hi), 1)
            return op, e, -(T_HI // m), T_HI // m
        if op in ('/=', '%='):
            e = self.expr(ec, depth)
            # v /= -1 could store 2^20, just outside T
            if e.lo <= 0 <= e.hi or (op == '/=' and e.lo <= -1 <= e.hi):
                e = self.const(rng.choice([1, 2, 3, 7, 10, 100, -2, -3, 1000]))
            return op, e, T_LO, T_HI
        if op in ('&=', '|=', '^='):
            return op, self.fit(self.expr(ec, depth)), T_LO, T_HI
        s = rng.randint(0, 31) if op == '>>=' else rng.randint(0, 19)
        e = self.const(s)
        if op == '<<=':
            return op, e, 0, T_HI >> s
        return op, e, (T_LO if 'sar' in self.F else 0), T_HI

    def side_effect(self, ec, depth):
        """A guarded ++/--/compound assignment usable inside an expression, or None."""
        cands = self.writable(ec, set(ec.rd))
        if not cands:
            return None
        v = self.rng.choice(cands)
        use_incdec = 'incdec' in self.F and ('compound' not in self.F or self.chance(0.5))
        if use_incdec:
            op = self.rng.choice(['++', '--'])
            lo, hi = (v.lo, T_HI - 1) if op == '++' else (T_LO + 1, v.hi)
            if self.chance(0.5):
                node = Node('post', 15, T_LO, T_HI, op=op, text=v.name)
            else:
                node = Node('pre', 14, T_LO, T_HI, op=op, text=v.name)
        else:
            # the right operand must not read v (keeps the bookkeeping simple)
            ec.wr.add(v.uid)
            op, e, lo, hi = self.compound_plan(ec, depth, v)
            ec.wr.discard(v.uid)
            node = Node('assign', 2, T_LO, T_HI, op=op, kids=(e,), text=v.name)
        ec.read(v)
        ec.write(v)
        conds = self.guard(v, lo, hi, ec)
        if not conds:
            return node
        if 'ternary' not in self.F:
            return self._unguarded_fallback(v, ec) if 'compound' in self.F else None
        cond = conds[0]
        if len(conds) == 2:
            if 'logic' in self.F:
                cond = self.mk_bin('&&', conds[0], conds[1])
            else:
                inner = Node('cond', 3, T_LO, T_HI, kids=(conds[1], node, Node('var', 15, T_LO, T_HI, text=v.name)))
                return Node('cond', 3, T_LO, T_HI, kids=(conds[0], inner, Node('var', 15, T_LO, T_HI, text=v.name)))
        return Node('cond', 3, T_LO, T_HI, kids=(cond, node, Node('var', 15, T_LO, T_HI, text=v.name)))

    def _unguarded_fallback(self, v, ec):
        # Without ?: an expression-level side effect must be safe unguarded: v /= 3 or v &= e.
        if 'bitwise' in self.F and self.chance(0.5):
            return Node('assign', 2, T_LO, T_HI, op='&=', kids=(self.const(self.rng.randint(0, T_HI)),), text=v.name)
        return Node('assign', 2, T_LO, T_HI, op='/=', kids=(self.const(self.rng.choice([2, 3, -2, 5])),), text=v.name)

    # ------------------------------------------------------------ statements
    def declare(self, var):
        self.scopes[-1][var.name] = var

    def local_name(self):
        """A name not declared in the innermost scope; often shadows an outer one."""
        pool = LOCAL_NAMES + [g.name for g in self.globals]
        for _ in range(20):
            name = self.rng.choice(pool)
            if name not in self.scopes[-1]:
                return name
        return self.fresh('l')

    def new_ec(self):
        return ExprCtx()

    def stmt_assign(self):
        ec = self.new_ec()
        # now and then a deep expression, to make the register allocator spill
        e = self.expr(ec, self.rng.randint(1, 3) if self.chance(0.93) else self.rng.randint(5, 7))
        # the stored-to variable may be read by e (value computation comes first)
        cands = [v for v in self.visible_vars() if not v.readonly
                 and (v.kind != 'global' or v.key in self.fn.writes)
                 and v.uid not in ec.wr
                 and (v.key is None or (v.key not in ec.call_rd and v.key not in ec.call_wr))]
        if not cands:
            return ['printf("%%d\\n", %s);' % self.r(self.fit(e), 2)] if self.fn.prints else []
        v = self.rng.choice(cands)
        op = '='
        return ['%s %s %s;' % (v.name, op, self.r(self.fit(e), 2))]

    def stmt_compound(self):
        ec = self.new_ec()
        cands = self.writable(ec, set())
        if not cands:
            return []
        v = self.rng.choice(cands)
        ec.read(v)
        ec.write(v)
        lines = []
        if 'incdec' in self.F and ('compound' not in self.F or self.chance(0.4)):
            op = self.rng.choice(['++', '--'])
            text = (v.name + op) if self.chance(0.5) else (op + v.name)
            cond = ('%s < %d' % (v.name, T_HI)) if op == '++' else ('%s > %d' % (v.name, T_LO))
            return ['if (%s) %s;' % (cond, text)]
        op, e, lo, hi = self.compound_plan(ec, self.rng.randint(0, 3), v)
        text = '%s %s %s;' % (v.name, op, self.r(e, 2))
        conds = [c for c in ((('%s >= %s' % (v.name, lo)) if lo > T_LO else None),
                             (('%s <= %s' % (v.name, hi)) if hi < T_HI else None)) if c]
        if not conds:
            return [text]
        if len(conds) == 2:
            if 'logic' in self.F:
                return ['if (%s && %s) %s' % (conds[0], conds[1], text)]
            return ['if (%s)' % conds[0], '    if (%s)' % conds[1], '        ' + text]
        return ['if (%s) %s' % (conds[0], text)]

    def fmt_prefix(self):
        pre = self.rng.choice(['', '', self.fn.name + ': ', self.fn.name + ' ', 'v=', '\\t', '%% '])
        return pre

    def stmt_print(self, nargs=None):
        ec = self.new_ec()
        n = nargs if nargs is not None else self.rng.randint(0, 3)
        if nargs is None and self.chance(0.1):
            n = self.rng.randint(5, 9)  # variadic arguments on the stack
        args = [self.expr(ec, self.rng.randint(0, 3)) for _ in range(n)]
        if not args:
            return ['printf("%s\\n");' % self.rng.choice(['tick', self.fn.name, 'x%%y', 'a\\tb'])]
        fmt = self.fmt_prefix() + ' '.join('%d' for _ in args) + '\\n'
        return ['printf("%s", %s);' % (fmt, ', '.join(self.r(a, 2) for a in args))]

    def cond_expr(self, ec=None):
        return self.expr(ec or self.new_ec(), self.rng.randint(1, 3))

    def indent(self, lines):
        return ['    ' + l for l in lines]

    def sub_block(self, n=None, decls=True):
        """{ ... } with its own scope."""
        self.scopes.append({})
        body = self.block_body(n, decls)
        if self.types:
            body += self.scope_end()
        self.scopes.pop()
        return body

    def scope_end(self):
        lines = self.types.scope_end(self.scopes[-1])
        self.cost += self.mult * len(lines)
        return lines

    def block_body(self, n=None, decls=True):
        if n is None:
            n = self.rng.randint(1, 3)
        lines = []
        for _ in range(n):
            if self.cost > self.budget:
                break
            lines += self.stmt(decls)
        return lines

    def braced(self, head, body, tail='}'):
        return [head + ' {'] + self.indent(body) + [tail]

    def stmt_decl(self):
        """int a = e, b; -- uninitialised ones are assigned right away."""
        lines = []
        n = self.rng.randint(1, 3)
        parts, later = [], []
        for _ in range(n):
            name = self.local_name()
            if self.chance(0.75):
                ec = self.new_ec()
                # the new name is not yet in scope for its own initialiser in our model,
                # but in C it is: keep outer variables of that name out of it
                hidden = self.hide(name)
                e = self.fit(self.expr(ec, self.rng.randint(0, 3)))
                self.unhide(hidden)
                parts.append('%s = %s' % (name, self.r(e, 2)))
            else:
                parts.append(name)
                later.append(name)
            v = Var(name, 'local')
            v.init = name not in later
            self.declare(v)
        lines.append('int %s;' % ', '.join(parts))
        for name in later:
            ec = self.new_ec()
            # neither the new variable (no value yet) nor outer ones of that name may be read
            hidden = self.hide(name)
            e = self.fit(self.expr(ec, self.rng.randint(0, 2)))
            self.unhide(hidden)
            self.scopes[-1][name].init = True
            lines.append('%s = %s;' % (name, self.r(e, 2)))
        return lines

    def many_locals(self):
        """A big frame (offsets past -128, so 32-bit displacements) used by a checksum."""
        names = [self.fresh('l') for _ in range(self.rng.randint(20, 48))]
        parts = []
        for name in names:
            e = self.fit(self.expr(self.new_ec(), 1))
            parts.append('%s = %s' % (name, self.r(e, 2)))
            self.declare(Var(name, 'local'))
        first = names[0]
        sums = ['%s = (%s * 3 + %s) %% 1000;' % (first, first, n) for n in names[1:]]
        return ['int %s;' % ', '.join(parts)] + sums

    def hide(self, name):
        saved = []
        for scope in self.scopes:
            if name in scope:
                saved.append((scope, scope[name]))
                del scope[name]
        return saved

    def unhide(self, saved):
        for scope, v in saved:
            scope[v.name] = v

    def loop_body(self, counter_lines, trips, label_ok=True):
        """Body of a loop running `trips` times: counter update lines first."""
        old = (self.mult, self.in_loop)
        self.mult *= max(trips, 1)
        self.in_loop = True
        body = counter_lines + self.sub_block()
        self.mult, self.in_loop = old
        return body

    def trips(self):
        """A trip count keeping the loop nest within the cost budget."""
        cap = max(1, min(12, (self.budget_left() // max(self.mult, 1)) // 4))
        return self.rng.randint(0, cap) if self.chance(0.1) else self.rng.randint(1, cap)

    def counter(self, name, lo, hi):
        v = Var(name, 'counter', readonly=True, lo=lo, hi=hi)
        return v

    def loop_cond(self, core):
        """core (the bound check) possibly combined with a random condition."""
        if 'logic' in self.F and self.chance(0.4):
            c = self.r(self.cond_expr(), 5)
            if self.chance(0.5):
                return '%s && %s' % (core, c)
            return '%s && %s' % (c, core)
        return core

    def stmt_while(self, decls):
        n = self.trips()
        w = self.fresh('w')
        inc = ('%s++;' % w) if 'incdec' in self.F and self.chance(0.5) else ('%s = %s + 1;' % (w, w))
        self.scopes.append({})
        self.declare(self.counter(w, 0, n))
        head = 'while (%s)' % self.loop_cond('%s < %d' % (w, n))
        body = self.loop_body([inc], n)
        self.scopes.pop()
        lines = ['int %s = 0;' % w] + self.braced(head, body)
        return self.wrap_loop(lines, decls)

    def stmt_dowhile(self, decls):
        n = max(self.trips(), 1)
        w = self.fresh('w')
        inc = ('++%s;' % w) if 'incdec' in self.F and self.chance(0.5) else ('%s = %s + 1;' % (w, w))
        self.scopes.append({})
        self.declare(self.counter(w, 0, n))
        body = self.loop_body([inc], n)
        cond = self.loop_cond('%s < %d' % (w, n))
        self.scopes.pop()
        lines = ['int %s = 0;' % w, 'do {'] + self.indent(body) + ['} while (%s);' % cond]
        return self.wrap_loop(lines, decls)

    def stmt_for(self, decls):
        n = self.trips()
        rng = self.rng
        name = rng.choice(['i', 'j', 'k'])
        incdec = 'incdec' in self.F
        step = (name + '++') if incdec and self.chance(0.6) else ('++' + name if incdec and self.chance(0.5) else '%s = %s + 1' % (name, name))
        if 'compound' in self.F and self.chance(0.2):
            step = '%s += 1' % name
        style = rng.random()
        self.scopes.append({})
        ctr = self.counter(name, 0, n)
        self.declare(ctr)
        pre = []
        if style < 0.5:
            head = 'for (int %s = 0; %s; %s)' % (name, self.loop_cond('%s < %d' % (name, n)), step)
            body = self.loop_body([], n)
        elif style < 0.65:
            dec = (name + '--') if incdec else '%s = %s - 1' % (name, name)
            ctr.lo, ctr.hi = 0, n
            head = 'for (int %s = %d; %s > 0; %s)' % (name, n, name, dec)
            body = self.loop_body([], n)
        elif style < 0.8 and 'breakcont' in self.F:
            # empty condition: the bound is checked by a break at the top
            head = 'for (int %s = 0; ; %s)' % (name, step)
            body = self.loop_body(['if (%s >= %d) break;' % (name, n)], n)
        elif 'breakcont' in self.F and self.chance(0.5):
            # all clauses empty; the counter lives outside
            name2 = self.fresh('w')
            del self.scopes[-1][name]
            self.declare(self.counter(name2, 0, n))
            pre = ['int %s = 0;' % name2]
            head = 'for (;;)'
            body = self.loop_body(['if (%s >= %d) break;' % (name2, n), '%s = %s + 1;' % (name2, name2)], n)
        else:
            # empty step: the counter is bumped first thing in the body
            name2 = self.fresh('w')
            del self.scopes[-1][name]
            self.declare(self.counter(name2, 0, n))
            pre = ['int %s;' % name2]
            head = 'for (%s = 0; %s < %d;)' % (name2, name2, n)
            body = self.loop_body(['%s = %s + 1;' % (name2, name2)], n)
        self.scopes.pop()
        return self.wrap_loop(pre + self.braced(head, body), decls and True)

    def wrap_loop(self, lines, decls):
        # a loop that needs a declaration before it, where none may go, gets its own block
        if lines[0].startswith('int ') and not decls:
            return ['{'] + self.indent(lines) + ['}']
        return lines

    def with_exit_label(self, make_loop, decls):
        """Loop that may be left with `goto` to a label just after it."""
        if 'goto' in self.F and self.chance(0.25):
            label = self.fresh('out')
            self.exit_labels.append(label)
            lines = make_loop(decls)
            self.exit_labels.pop()
            return lines + ['%s:;' % label]
        return make_loop(decls)

    def stmt_switch(self):
        rng = self.rng
        ec = self.new_ec()
        sel = self.expr(ec, rng.randint(0, 3))
        if sel.hi - sel.lo > 20:
            k = rng.randint(2, 9) if self.chance(0.7) else rng.randint(10, 20)
            sel = self.mk_bin('%', sel, self.const(k))
        lo, hi = sel.lo, sel.hi
        pool = list(range(lo, hi + 1)) + [rng.randint(-100, 100) for _ in range(2)]
        pool.append(rng.choice([INT_MAX, INT_MIN, 65536, -1000000, 1 << 30]))
        values = []
        count = rng.randint(1, 6) if self.chance(0.8) else rng.randint(7, 16)
        for v in rng.sample(pool, min(len(pool), count)):
            if v not in values:
                values.append(v)
        labels = [('case', v) for v in values]
        if self.chance(0.7):
            labels.insert(rng.randint(0, len(labels)), ('default', None))
        old = self.in_switch
        self.in_switch = True
        body = []
        for kind, v in labels:
            body.append(('case %s:' % self.case_label(v)) if kind == 'case' else 'default:')
            if self.chance(0.15):
                continue  # stacked labels
            stmts = []
            for _ in range(rng.randint(0, 2)):
                stmts += self.stmt(decls=False)
            if self.chance(0.6):
                stmts.append('break;')
            if not stmts and self.chance(0.5):
                stmts.append(';' if 'null' in self.F else 'break;')
            body += self.indent(stmts)
        if body and body[-1].endswith(':'):
            body.append('    break;')
        self.in_switch = old
        return ['switch (%s) {' % self.r(sel, 0)] + body + ['}']

    def case_label(self, v):
        if self.chance(0.3) and abs(v) < 1000000:
            k = self.rng.randint(1, 9)
            return '%s + %s' % (self.r(self.const(v - k), 13), self.r(self.literal(k), 13))
        if self.chance(0.1) and 32 < v < 127 and chr(v) not in "'\\":
            return "'%s'" % chr(v)
        return self.r(self.const(v), 0)

    def stmt_goto(self, decls):
        rng = self.rng
        x = rng.random()
        if x < 0.4 and decls:
            # bounded backward jump: a loop made of a label and a conditional goto
            n = self.trips()
            gc = self.fresh('gc')
            label = self.fresh('L')
            self.declare(self.counter(gc, 0, n + 1))
            old = self.mult
            self.mult *= max(n, 1)
            body = self.sub_block()
            self.mult = old
            inc = ('%s++;' % gc) if 'incdec' in self.F else '%s = %s + 1;' % (gc, gc)
            return (['int %s = 0;' % gc, '%s:' % label, inc] + ['{'] + self.indent(body) + ['}']
                    + ['if (%s < %d) goto %s;' % (gc, n, label)])
        if x < 0.7 and self.exit_labels:
            c = self.r(self.cond_expr(), 0)
            return ['if (%s) goto %s;' % (c, rng.choice(self.exit_labels))]
        # forward jump over a block
        label = self.fresh('skip')
        c = self.r(self.cond_expr(), 0)
        return ['if (%s) goto %s;' % (c, label), '{'] + self.indent(self.sub_block()) + ['}', '%s: ;' % label]

    def stmt_call(self):
        ec = self.new_ec()
        gs = [g for g in self.callees(ec, want_void=True)]
        if not gs:
            return []
        g = self.rng.choice(gs)
        return ['%s;' % self.r(self.make_call(g, ec, 3), 0)]

    def stmt_return(self):
        if self.fn.is_void:
            return ['return;']
        ec = self.new_ec()
        if self.fn.name == 'main':  # exit codes stay in 1..255
            return ['return %s + 128;' % self.r(self.fit(self.expr(ec, self.rng.randint(0, 3)), -127, 127), 12)]
        return ['return %s;' % self.r(self.fit(self.expr(ec, self.rng.randint(0, 3))), 0)]

    def stmt_blockdecl(self):
        """extern int g; or a function prototype at block scope."""
        if self.chance(0.5):
            gl = [g for g in self.globals if not g.static and g.name not in self.scopes[-1]]
            if gl:
                g = self.rng.choice(gl)
                self.declare(g)
                return ['extern int %s;' % g.name]
        fs = [f for f in self.funcs if f.done and not f.static and f.name not in self.scopes[-1]]
        if fs:
            f = self.rng.choice(fs)
            return [self.prototype(f, named=self.chance(0.5))]
        return []

    def stmt_static_local(self):
        name = self.fresh('s')
        init = ''
        if self.chance(0.7):
            init = ' = ' + self.r(self.const_expr(), 2)
        self.declare(Var(name, 'static', key='S'))
        return ['static int %s%s;' % (name, init)]

    def stmt(self, decls=True):
        F = self.F
        self.cost += self.mult
        depth = len(self.scopes)
        nest_ok = depth < 6 and self.cost < self.budget
        loop_ok = nest_ok and self.mult < 400 and self.budget_left() > self.mult * 8
        choices = [('assign', 6), ('block', 0.6 if nest_ok else 0)]
        if self.fn.prints:
            choices.append(('print', 1.5))
        if nest_ok:
            choices.append(('if', 3))
        if loop_ok:
            choices.append(('while', 1.2))
            if 'for' in F: choices.append(('for', 2))
            if 'dowhile' in F: choices.append(('do', 1))
            if 'goto' in F: choices.append(('goto', 0.8))
            if 'switch' in F: choices.append(('switch', 1))
        if decls:
            choices.append(('decl', 1.5))
            if 'staticlocals' in F and 'S' in self.fn.writes: choices.append(('static', 0.5))
            if 'blockdecl' in F: choices.append(('blockdecl', 0.3))
        if 'compound' in F or 'incdec' in F:
            choices.append(('compound', 2.5))
        if 'void' in F:
            choices.append(('call', 1.2))
        if 'breakcont' in F and (self.in_loop or self.in_switch):
            choices.append(('break', 0.6))
        if 'breakcont' in F and self.in_loop:
            choices.append(('continue', 0.5))
        if self.exit_labels:
            choices.append(('gotoexit', 0.5))
        if 'null' in F:
            choices.append(('null', 0.15))
        if self.types:
            choices.append(('typed', 5))
        choices.append(('return', 0.25))
        kind = self.pick_weighted(choices)
        rng = self.rng
        if kind == 'assign':
            return self.stmt_assign()
        if kind == 'print':
            return self.stmt_print()
        if kind == 'block':
            return ['{'] + self.indent(self.sub_block()) + ['}']
        if kind == 'if':
            c = self.r(self.cond_expr(), 0)
            if self.chance(0.25):
                # unbraced body: a single statement, no declaration
                self.scopes.append({})
                then = self.stmt(decls=False)
                self.scopes.pop()
                if len(then) == 1:
                    lines = ['if (%s)' % c] + self.indent(then)
                else:
                    lines = self.braced('if (%s)' % c, then)
            else:
                lines = self.braced('if (%s)' % c, self.sub_block())
            if self.chance(0.4):
                if self.chance(0.3):
                    c2 = self.r(self.cond_expr(), 0)
                    lines += self.braced('else if (%s)' % c2, self.sub_block())
                lines += self.braced('else', self.sub_block())
            return lines
        if kind == 'while':
            return self.with_exit_label(self.stmt_while, decls)
        if kind == 'for':
            return self.with_exit_label(self.stmt_for, decls)
        if kind == 'do':
            return self.with_exit_label(self.stmt_dowhile, decls)
        if kind == 'goto':
            return self.stmt_goto(decls)
        if kind == 'switch':
            return self.stmt_switch()
        if kind == 'decl':
            return self.stmt_decl()
        if kind == 'static':
            return self.stmt_static_local()
        if kind == 'blockdecl':
            return self.stmt_blockdecl()
        if kind == 'compound':
            return self.stmt_compound()
        if kind == 'call':
            return self.stmt_call()
        if kind in ('break', 'continue'):
            c = self.r(self.cond_expr(), 0)
            return ['if (%s) %s;' % (c, kind)]
        if kind == 'gotoexit':
            c = self.r(self.cond_expr(), 0)
            return ['if (%s) goto %s;' % (c, rng.choice(self.exit_labels))]
        if kind == 'null':
            return [';']
        if kind == 'typed':
            return self.types.stmt(decls)
        # early return, under a condition
        c = self.r(self.cond_expr(), 0)
        return ['if (%s)' % c] + self.indent(self.stmt_return())

    # ------------------------------------------------------------ constant expressions
    def const_expr(self, depth=2, lo=-100000, hi=100000):
        """A constant expression (for global initialisers) with exact value in [lo, hi]."""
        for _ in range(20):
            e = self._const_tree(depth)
            if e is not None and lo <= e.val <= hi:
                return e
        return self.const(self.rng.randint(0, 100))

    def _const_tree(self, depth):
        if depth <= 0 or self.chance(0.3):
            return self.const(self.const_value() if self.chance(0.3) else self.rng.randint(-20, 300))
        ops = ['+', '-', '*', '/', '%']
        if 'bitwise' in self.F: ops += ['&', '|', '^', '<<', '>>']
        if 'logic' in self.F: ops += ['&&', '||', '<', '==']
        op = self.rng.choice(ops)
        a, b = self._const_tree(depth - 1), self._const_tree(depth - 1)
        if a is None or b is None:
            return None
        if op in ('<<', '>>') and not (0 <= b.val <= 31):
            b = self.literal(b.val & 31)
        if op == '-' and self.chance(0.3):
            return self.mk_un('-', a) if a.val != INT_MIN else None
        if not raw_is_safe(op, a, b, False):
            return None
        node = self.mk_bin(op, a, b)
        if not in_int(node.val, node.val):
            return None
        if 'ternary' in self.F and self.chance(0.1):
            c = self._const_tree(0)
            val = a.val if c.val else node.val
            return Node('cond', 3, val, val, val=val, kids=(c, a, node))
        return node

    # ------------------------------------------------------------ functions
    def prototype(self, f, named=False):
        if f.params:
            ps = ', '.join(('int ' + p) if named else 'int' for p in f.params)
        else:
            ps = 'void'
        return '%s%s %s(%s);' % ('static ' if f.static else '', 'void' if f.is_void else 'int', f.name, ps)

    def plan_functions(self):
        rng = self.rng
        n = rng.randint(2, 4)
        gkeys = [g.key for g in self.globals]
        for i in range(n):
            f = Func('f%d' % i)
            f.recursive = self.chance(0.3)
            f.is_void = 'void' in self.F and self.chance(0.2)
            f.static = 'staticglobals' in self.F and self.chance(0.3)
            nparams = rng.choice([0, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10]) if self.chance(0.9) else rng.randint(7, 12)
            names = list(LOCAL_NAMES)
            rng.shuffle(names)
            if self.chance(0.3):
                f.params = ['p%d' % j for j in range(nparams)]
            else:
                f.params = names[:nparams]
            if f.recursive:
                f.params = ['d'] + f.params
            # the effect set: which globals it may touch, whether it prints
            if gkeys and self.chance(0.6):
                f.writes = set(rng.sample(gkeys, rng.randint(0, min(3, len(gkeys)))))
            if 'staticlocals' in self.F and self.chance(0.3):
                f.writes.add('S')
            f.reads = set(f.writes) | set(rng.sample(gkeys, rng.randint(0, len(gkeys))))
            tkeys = self.types.global_keys() if self.types else []
            if tkeys:    # typed globals ('T:name') it may touch
                f.writes |= set(rng.sample(tkeys, rng.randint(0, min(3, len(tkeys)))))
                f.reads |= f.writes | set(rng.sample(tkeys, rng.randint(0, len(tkeys))))
            f.prints = self.chance(0.5)
            if f.is_void and not f.writes and not f.prints:
                f.prints = True
            self.funcs.append(f)
        m = Func('main')
        m.writes = set(gkeys) | {'S'} | set(self.types.global_keys() if self.types else ())
        m.reads = set(m.writes)
        m.prints = True
        self.funcs.append(m)

    def gen_function(self, f):
        rng = self.rng
        self.fn = f
        self.cost = 0
        self.budget = 60000 if f.name == 'main' else rng.choice([300, 1000, 3000])
        self.mult = 1
        self.in_loop = self.in_switch = False
        self.exit_labels = []
        self.calls_ok = True
        self.call_nesting = 0
        self.visible_funcs = {g.name for g in self.funcs if g.done or g is f}
        file_scope = {g.name: g for g in self.globals if g.declared_before is None or g.declared_before <= self.funcs.index(f)}
        if self.types:
            file_scope.update(self.types.file_scope)
        self.scopes = [file_scope, {}]
        lines = []
        self.depth_var = None
        for p in f.params:
            if p == 'd':
                self.depth_var = Var('d', 'param', readonly=True, lo=0, hi=5)
                self.declare(self.depth_var)
            else:
                self.declare(Var(p, 'param'))
        if f.recursive:
            self.calls_ok = False
            ret = self.stmt_return()
            self.calls_ok = True
            lines += ['if (d <= 0)'] + self.indent(ret)
            self.depth_var.lo = 1
        lines += self.stmt_decl()
        if self.types:
            lines += self.types.function_start()
        if self.chance(0.12):
            lines += self.many_locals()
        lines += self.block_body(rng.randint(2, 6))
        if self.types:
            lines += self.scope_end()
        if f.prints:
            vs = [v for v in self.visible_vars() if v.kind in ('local', 'param') and v.name != 'd']
            if vs:
                vs = rng.sample(vs, min(3, len(vs)))
                lines.append('printf("%s:%s\\n", %s);' % (f.name, ' %d' * len(vs), ', '.join(v.name for v in vs)))
        if f.name == 'main':
            lines += self.main_tail()
        elif not f.is_void:
            lines += self.stmt_return()
        elif self.chance(0.5):
            lines.append('return;')
        f.base_cost = max(self.cost, 1)
        f.done = True
        if f.name == 'main':
            if self.main_sig == 'argv':
                head = 'int main(int argc, char *argv[])'
            elif self.main_sig == 'argvp':
                head = 'int main(int argc, char **argv)'
            elif self.main_sig == 'empty':
                head = 'int main()'
            else:
                head = 'int main(void)'
        else:
            ps = ', '.join('int ' + p for p in f.params) or 'void'
            head = '%s%s %s(%s)' % ('static ' if f.static else '', 'void' if f.is_void else 'int', f.name, ps)
        return [head + ' {'] + self.indent(lines) + ['}']

    def main_tail(self):
        """Call every function at least once, print the globals, return a checksum."""
        rng = self.rng
        lines = []
        self.mult = 1
        chk = Var('chk', 'local')
        lines.append('int chk = 0;')
        self.scopes[-1]['chk'] = chk
        for g in self.funcs[:-1]:
            ec = self.new_ec()
            ec.read(chk)  # chk = (chk * 7 + g(...)): the arguments must not store to chk
            self.budget = max(self.budget, self.cost + 1)
            if g.is_void:
                lines.append('%s;' % self.r(self.make_call(g, ec, 2), 0))
            else:
                c = self.make_call(g, ec, 2)
                lines.append('chk = (chk * 7 + %s) %% 1000003;' % self.r(c, 12))
        for v in self.globals:
            lines.append('printf("%s = %%d\\n", %s);' % (v.name, v.name))
            lines.append('chk = (chk * 31 + %s) %% 1000003;' % v.name)
        if self.types:
            lines += self.types.main_checksum()
        if self.structs:
            lines += self.structs.main_checksum()
        if self.floats:
            lines += self.floats.main_checksum()
        lines.append('printf("checksum %d\\n", chk);')
        if 'bitwise' in self.F and self.chance(0.7):
            ret = 'chk & 127'
        else:
            ret = '(chk % 100 + 100) % 100'
        if 'void' in self.F and self.chance(0.1):
            lines.append('if (chk == 12345) return 1;')  # and fall off the end otherwise
        else:
            lines.append('return %s;' % ret)
        return lines

    def plan_globals(self):
        out_top, out_late = [], []
        if 'globals' not in self.F:
            return out_top, out_late
        rng = self.rng
        for i in range(rng.randint(1, 6)):
            g = Var('g%d' % i, 'global', key='G:g%d' % i)
            g.static = 'staticglobals' in self.F and self.chance(0.25)
            g.declared_before = None
            init = ' = ' + self.r(self.const_expr(), 2) if self.chance(0.7) else ''
            st = 'static ' if g.static else ''
            form = rng.random()
            if not g.static and 'extern' in self.F and form < 0.2:
                out_top.append('extern int %s;' % g.name)
                out_late.append('int %s%s;' % (g.name, init))
            elif init and form < 0.35:
                # tentative definition first, the real one later
                out_top.append('%sint %s;' % (st, g.name))
                out_late.append('%sint %s%s;' % (st, g.name, init))
            else:
                out_top.append('%sint %s%s;' % (st, g.name, init))
            self.globals.append(g)
        return out_top, out_late

    def program(self):
        rng = self.rng
        self.main_sig = rng.choice(['void', 'void', 'empty', 'argv', 'argvp']) if self.chance(0.5) else 'void'
        gtop, glate = self.plan_globals()
        if self.types:
            ttop, tlate = self.types.plan_file_scope()
            gtop, glate = gtop + ttop, glate + tlate
        if self.structs:
            self.structs.plan_file_scope()   # before main, which calls the runs
        if self.floats:
            self.floats.plan_file_scope()
        self.plan_functions()
        defs = []
        for f in self.funcs:
            defs.append(self.gen_function(f))
        # prototypes for all, then definitions in a shuffled order; or just call order
        protos = []
        order = list(range(len(defs)))
        if self.chance(0.5):
            protos = [self.prototype(f, named=self.chance(0.5)) for f in self.funcs[:-1]]
            rng.shuffle(order)
        out = ['/* minicc difftest program, seed %d, features %s */'
               % (self.seed, ','.join(sorted(self.F)) or 'basic')]
        out.append('#include <stdio.h>' if self.include_stdio else 'int printf(const char *, ...);')
        out.append('')
        static = 'staticglobals' in self.F
        text = '\n'.join('\n'.join(d) for d in defs) if self.types else ''
        for w in WRAPPER_ORDER:
            # a typed statement may build an int expression and then drop it
            if w in self.wrappers_used and (not self.types or w + '(' in text):
                out += wrapper_source(w, static) + ['']
        if self.types:
            out += self.types.file_lines + [''] if self.types.file_lines else []
            out += self.types.helper_lines('\n'.join('\n'.join(d) for d in defs))
        if self.structs:
            out += self.structs.file_lines
        if self.floats:
            out += self.floats.file_lines
        out += gtop + protos + ['']
        late_at = rng.randint(0, len(order))
        for pos, i in enumerate(order):
            if pos == late_at:
                out += glate + ['']
                glate = []
            out += defs[i] + ['']
        out += glate
        return '\n'.join(out).rstrip() + '\n'


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', help='write the program here instead of stdout')
    ap.add_argument('--features', default='full',
                    help='basic, full, types, or a comma list of feature names (-name removes one)')
    ap.add_argument('--no-include', action='store_true',
                    help='declare printf instead of #include <stdio.h>')
    args = ap.parse_args(argv)
    try:
        feats = parse_features(args.features)
    except ValueError as e:
        ap.error(str(e))
    text = Generator(args.seed, feats, include_stdio=not args.no_include).program()
    if args.out:
        with open(args.out, 'w') as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
