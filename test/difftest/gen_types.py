"""C's integer types, pointers and arrays for gen_program.py (issue 9).

Imported by gen_program.py; `TypedGen` adds typed statements to the int
programs when a feature of TYPE_FEATURES is on.  With none on it is never
called, so the older feature sets give the very same programs as before.

The model is the one gen_program.py uses for int, carried over to every type:

* Every scalar expression node has a C type (`CType`) and an interval
  [lo, hi] of the mathematical values it can have, computed with C's rules
  for LP64 x86-64: integer promotions, the usual arithmetic conversions,
  unsigned wrap-around.  An operation is emitted only when the intervals
  prove it free of undefined behaviour; otherwise its operands are first
  reduced (`% K`, `& M`) or, with `casts`, converted to the unsigned type,
  where arithmetic wraps by definition.
* Conversions to a signed type (stores, casts, arguments, returns,
  initialisers) only ever see values that fit it, so nothing depends on
  implementation-defined narrowing.  Plain `char` only ever holds 0..127,
  so its signedness does not matter either.
* Each typed variable and array element has an invariant interval (its
  type's range, or a tame sub-range for int and long) that every store
  respects, as gen_program.py's int variables stay in T.
* Pointers only point into one array (a 1-D array, or one row of a 2-D
  one) or at one scalar.  Each pointer variable has a fixed target and an
  invariant interval of element offsets within [0, N]; only pointers whose
  interval lies in [0, N-1] are dereferenced, and pointer comparisons and
  differences only involve pointers with the same target.
* Sequencing uses gen_program.py's ExprCtx: an array counts as one
  variable, a write through a pointer is a write of its target, typed
  globals have effect keys like int globals ('T:name').
* Enumerations always have a negative enumerator, so gcc and clang both
  give them the underlying type int; enum variables are still only read as
  `(int)e` or compared with `==` against their own constants.
* printf gets the conversion that matches the argument's type exactly
  (%ld for long, %llu for unsigned long long, %hd for short, %zu for size_t
  ...), and comparisons or ?: that would mix signedness get an explicit cast
  (or are avoided), so gcc and clang give no format or sign warning.
"""

PREC = {'*': 13, '/': 13, '%': 13, '+': 12, '-': 12, '<<': 11, '>>': 11,
        '<': 10, '<=': 10, '>': 10, '>=': 10, '==': 9, '!=': 9, '&': 8,
        '^': 7, '|': 6, '&&': 5, '||': 4}

TYPE_FEATURES = ('char', 'short', 'long', 'unsigned', 'casts', 'pointers', 'arrays',
                 'sizeof', 'typedef', 'enum')
# Features that cannot be generated without others (sizeof gives a size_t,
# a pointer difference a ptrdiff_t, both 64-bit).
TYPE_FEATURE_NEEDS = {'sizeof': ('long', 'unsigned'), 'pointers': ('long',)}


# ---------------------------------------------------------------- the types

class CType:
    """An integer type of LP64 x86-64."""

    def __init__(self, name, bits, signed, rank, fmt):
        self.name, self.bits, self.signed, self.rank = name, bits, signed, rank
        self.fmts = fmt              # printf conversions for an argument of this type
        self.min = -(1 << (bits - 1)) if signed else 0
        self.max = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1

    def __repr__(self):
        return self.name


CHAR = CType('char', 8, True, 1, ('%d',))
SCHAR = CType('signed char', 8, True, 1, ('%hhd', '%d'))
UCHAR = CType('unsigned char', 8, False, 1, ('%hhu', '%d'))
SHORT = CType('short', 16, True, 2, ('%hd', '%d'))
USHORT = CType('unsigned short', 16, False, 2, ('%hu', '%d'))
INT = CType('int', 32, True, 3, ('%d', '%i'))
UINT = CType('unsigned', 32, False, 3, ('%u', '%x', '%o'))
LONG = CType('long', 64, True, 4, ('%ld', '%li'))
ULONG = CType('unsigned long', 64, False, 4, ('%lu', '%lx', '%zu'))
LLONG = CType('long long', 64, True, 5, ('%lld',))
ULLONG = CType('unsigned long long', 64, False, 5, ('%llu', '%llx'))
UNSIGNED_OF = {CHAR: UCHAR, SCHAR: UCHAR, UCHAR: UCHAR, SHORT: USHORT, USHORT: USHORT,
               INT: UINT, UINT: UINT, LONG: ULONG, ULONG: ULONG, LLONG: ULLONG, ULLONG: ULLONG}
SIZE_T, PTRDIFF_T = ULONG, LONG
SIZEOF = {8: 1, 16: 2, 32: 4, 64: 8}


class PtrType:
    """Pointer to an integer type (only such pointers are generated)."""

    def __init__(self, elem):
        self.elem = elem
        self.name = elem.name + ' *'


def enabled_types(F):
    ts = [INT]
    if 'char' in F: ts += [CHAR, SCHAR]
    if 'short' in F: ts.append(SHORT)
    if 'long' in F: ts += [LONG, LLONG]
    if 'unsigned' in F:
        ts += [UNSIGNED_OF[t] for t in list(ts) if t is not CHAR and t is not SCHAR]
        if 'char' in F: ts.append(UCHAR)
    return ts


def store_range(t):
    """Values a variable of type t may hold: plain char only 0..127."""
    return (0, 127) if t is CHAR else (t.min, t.max)


def promote(t):
    return INT if t.rank < INT.rank else t


def common(a, b):
    """The usual arithmetic conversions (C11 6.3.1.8) on LP64."""
    a, b = promote(a), promote(b)
    if a is b:
        return a
    if a.signed == b.signed:
        return a if a.rank > b.rank else b
    u, s = (a, b) if not a.signed else (b, a)
    if u.rank >= s.rank:
        return u
    if s.bits > u.bits:
        return s
    return UNSIGNED_OF[s]


def wrap(lo, hi, t):
    """Interval of the values of [lo, hi] converted to unsigned type t."""
    m = 1 << t.bits
    if hi - lo >= m:
        return 0, m - 1
    a, b = lo % m, hi % m
    return (a, b) if a <= b else (0, m - 1)


def convert(lo, hi, t):
    """Interval after an implicit conversion to t; to a signed t callers
    guarantee the values fit (that is the UB-free-by-construction rule)."""
    if not t.signed:
        return wrap(lo, hi, t)
    assert t.min <= lo and hi <= t.max, (lo, hi, t)
    return lo, hi


def c_div(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def signed_bits(lo, hi):
    k = 0
    while not (-(1 << k) <= lo and hi <= (1 << k) - 1):
        k += 1
    return k


def literal_type(v, decimal, suffix):
    """C11 6.4.4.1: the type of the constant v written with this suffix, or None."""
    s = suffix.lower()
    if s == '':
        cands = [INT, LONG, LLONG] if decimal else [INT, UINT, LONG, ULONG, LLONG, ULLONG]
    elif s == 'u':
        cands = [UINT, ULONG, ULLONG]
    elif s == 'l':
        cands = [LONG, LLONG] if decimal else [LONG, ULONG, LLONG, ULLONG]
    elif s in ('ul', 'lu'):
        cands = [ULONG, ULLONG]
    elif s == 'll':
        cands = [LLONG] if decimal else [LLONG, ULLONG]
    else:  # ull, llu
        cands = [ULLONG]
    for t in cands:
        if v <= t.max:
            return t
    return None


# ---------------------------------------------------------------- nodes

class TNode:
    """A typed expression node: like gen_program.Node, plus a type.

    For a pointer (ty is a PtrType) lo/hi are the element offsets into
    `target` it may have."""
    __slots__ = ('kind', 'prec', 'ty', 'lo', 'hi', 'val', 'op', 'kids', 'text', 'target', 'pure')

    def __init__(self, kind, prec, ty, lo, hi, val=None, op=None, kids=(), text=None, target=None):
        assert lo <= hi, (kind, op, lo, hi)
        if isinstance(ty, CType):
            assert ty.min <= lo and hi <= ty.max, (kind, op, ty, lo, hi)
        self.kind, self.prec, self.ty, self.lo, self.hi = kind, prec, ty, lo, hi
        self.val, self.op, self.kids, self.text, self.target = val, op, kids, text, target


def declared_range(n):
    """The range gcc's range warnings assume for n: that of a narrow object, call
    or cast, intersected through casts (gcc looks through widening ones); and
    the type n promotes to."""
    R = promote(ty_of(n))
    if isinstance(n, TNode) and n.kind in ('var', 'index', 'deref', 'call'):
        return n.ty.min, n.ty.max, R
    if isinstance(n, TNode) and n.kind in ('cast', 'paren'):
        lo, hi, _ = declared_range(n.kids[0])
        return max(lo, n.ty.min), min(hi, n.ty.max), R
    return R.min, R.max, R


def ty_of(n):
    return getattr(n, 'ty', INT)   # gen_program's int nodes have no type: int


class TVar:
    """A typed scalar, array, pointer, enum variable or typedef name in a scope."""
    _next = 10 ** 9               # uids apart from gen_program.Var's

    def __init__(self, name, kind, ty, lo=0, hi=0, key=None):
        TVar._next += 1
        self.uid = TVar._next
        self.name, self.kind, self.ty, self.key = name, kind, ty, key
        self.lo, self.hi = lo, hi  # value invariant (arrays: of every element)
        self.readonly = False
        self.init = True
        self.dims = ()             # arrays: (N,) or (R, C)
        self.target = None         # pointers: the Seq they point into
        self.enum = None           # enum variables: their Enum
        self.spelled = None        # the type as written in its declaration


class Seq:
    """A run of n elements a pointer may point into: a 1-D array, one row of a
    2-D array, or a single scalar (n = 1).  `var` stands for it in ExprCtx."""

    def __init__(self, var, text, n, elem, lo, hi, scalar=False):
        self.var, self.text, self.n, self.elem = var, text, n, elem
        self.lo, self.hi, self.scalar = lo, hi, scalar


def same_seq(s, t):
    return s.var is t.var and s.text == t.text


class Enum:
    def __init__(self, tag, items):
        self.tag, self.items = tag, items   # items: [(name, value)]


HELPER_ORDER = ('tmax', 'tsum', 'tfill', 'tpick')


class TypedGen:
    """Typed declarations, statements and expressions inside a gen_program Generator."""

    def __init__(self, gen):
        self.g = gen
        self.rng = gen.rng
        self.F = gen.F
        self.types = enabled_types(self.F)
        self.file_typedefs = []    # TVar(kind='typedef')
        self.tglobals = []         # typed global scalars and arrays
        self.file_scope = {}       # typedefs, enums and typed globals, seen by every function
        self.helpers = {}          # (helper, CType) -> C text, in first-use order
        self.file_lines = []       # typedefs and enums, before the globals
        self.nesting = 0           # subscripts and sizeof operands inside each other

    def has(self, *feats):
        return all(f in self.F for f in feats)

    def chance(self, p):
        return self.rng.random() < p

    def r(self, node, minp=0):
        return self.g.r(node, minp)

    # ------------------------------------------------------------ spelling types
    def spell(self, t):
        """t's name, or a visible typedef for it."""
        if 'typedef' in self.F and self.chance(0.4):
            names = [v.name for v in self.visible(kinds=('typedef',)) if v.ty is t]
            if names:
                return self.rng.choice(names)
        if t is UINT and self.chance(0.3):
            return 'unsigned int'
        if t is SHORT and self.chance(0.3):
            return self.rng.choice(['short int', 'signed short'])
        if t is LONG and self.chance(0.2):
            return self.rng.choice(['long int', 'signed long'])
        if t is ULLONG and self.chance(0.2):
            return 'unsigned long long int'
        return t.name

    def pick_type(self, want_unsigned=None):
        ts = self.types
        if want_unsigned is not None:
            ts = [t for t in ts if (not t.signed) == want_unsigned] or ts
        others = [t for t in ts if t is not INT]
        if others and self.chance(0.85):   # int is what the rest of the program uses
            ts = others
        return self.rng.choice(ts)

    def invariant(self, t):
        """The value range a new variable of type t keeps: its type's, or a tame one."""
        lo, hi = store_range(t)
        if t.signed and t.bits >= 32 and self.chance(0.5):
            k = 20 if t.bits == 32 else 40
            return -(1 << k), (1 << k) - 1
        return lo, hi

    # ------------------------------------------------------------ scopes
    def visible(self, kinds=('scalar',)):
        seen = {}
        for scope in self.g.scopes:
            seen.update(scope)
        out = []
        for v in seen.values():
            if isinstance(v, TVar) and v.kind in kinds and v.init:
                fn = getattr(self.g, "fn", None)
                if fn and v.key and v.key.startswith("T:") and v.key not in fn.reads:
                    continue
                out.append(v)
        return out

    def writable_var(self, v):
        return not v.key or not v.key.startswith('T:') or v.key in self.g.fn.writes

    def declare(self, v):
        self.g.scopes[-1][v.name] = v

    def fresh(self, prefix):
        return self.g.fresh(prefix)

    # ------------------------------------------------------------ constants
    def const(self, t, v):
        """A literal of type promote(t) (or int) with value v, in one of C's spellings."""
        t = promote(t)
        if v < 0:
            if not t.signed:
                t = LLONG if t.bits == 64 else LONG
            if v == t.min:
                big = self.const(t, t.max)
                one = self.const(t, 1)
                neg = TNode('un', 14, t, -t.max, -t.max, val=-t.max, op='-', kids=(big,))
                return TNode('bin', 12, t, v, v, val=v, op='-', kids=(neg, one))
            pos = self.const(t, -v)
            return TNode('un', 14, pos.ty, v, v, val=v, op='-', kids=(pos,))
        spellings = []
        for base in ('dec', 'hex', 'oct'):
            for suffix in ('', 'u', 'U', 'l', 'L', 'ul', 'UL', 'lu', 'll', 'LL', 'ull', 'ULL'):
                lt = literal_type(v, base == 'dec', suffix)
                if lt is t or (lt is not None and t is INT and lt is INT):
                    spellings.append((base, suffix))
        if not spellings:  # e.g. a small value wanted as unsigned long: fine with a suffix
            spellings = [('dec', 'ul' if not t.signed else 'l')]
        base, suffix = self.rng.choice(spellings)
        if self.chance(0.5) and ('dec', suffix) in spellings:
            base = 'dec'
        text = {'dec': '%d', 'hex': '0x%x', 'oct': '0%o'}[base] % v + suffix
        if base == 'oct' and v == 0:
            text = '0' + suffix
        lt = literal_type(v, base == 'dec', suffix)
        return TNode('const', 15, lt, v, v, val=v, text=text)

    def natural_const(self, v):
        """v as the simplest literal: int if it fits, else long, else unsigned long."""
        if INT.min <= v <= INT.max:
            return self.const(INT, v)
        if LONG.min <= v <= LONG.max:
            return self.const(LONG, v)
        return self.const(ULONG, v)

    def interesting_value(self, t):
        lo, hi = store_range(t)
        x = self.rng.random()
        if x < 0.35:
            v = self.rng.randint(0, 20)
        elif x < 0.6:
            v = self.rng.choice([lo, hi, hi - 1, lo + 1, hi // 2, (hi >> 1) + 1, 1 << (t.bits // 2)])
        else:
            v = self.rng.randint(lo, hi)
        if t.signed and v > 0 and self.chance(0.25):
            v = -v
        return min(max(v, lo), hi)

    def tconst(self, t=None, lo=None, hi=None):
        t = t or self.pick_type()
        a, b = store_range(promote(t))
        lo = a if lo is None else max(lo, a)
        hi = b if hi is None else min(hi, b)
        v = self.interesting_value(t)
        if not lo <= v <= hi:
            v = self.rng.randint(lo, hi) if self.chance(0.6) else min(max(0, lo), hi)
        return self.const(t, v)

    # ------------------------------------------------------------ operators
    def bin(self, op, a, b):
        """a op b with C's typing; the caller made sure it is UB-free (see arith)."""
        A, B = ty_of(a), ty_of(b)
        val = None
        if op in ('&&', '||'):
            if a.val is not None and b.val is not None:
                val = int(bool(a.val) and bool(b.val)) if op == '&&' else int(bool(a.val) or bool(b.val))
            lo, hi = (val, val) if val is not None else (0, 1)
            return TNode('bin', PREC[op], INT, lo, hi, val=val, op=op, kids=(a, b))
        if op in ('<<', '>>'):
            R = promote(A)
            alo, ahi = a.lo, a.hi
            if not R.signed:
                alo, ahi = wrap(alo, ahi, R)
            if op == '<<':
                c = [alo << b.lo, ahi << b.hi] if alo >= 0 else [alo << b.hi, ahi << b.hi]
                lo, hi = min(c + [alo]), max(c + [ahi])
                if not R.signed:
                    lo, hi = wrap(lo, hi, R)
            else:
                c = [x >> y for x in (alo, ahi) for y in (b.lo, b.hi)]
                lo, hi = min(c), max(c)
            if a.val is not None and b.val is not None:
                v = (a.val % (1 << R.bits) if not R.signed else a.val)
                v = v << b.val if op == '<<' else v >> b.val
                if not R.signed:
                    v %= 1 << R.bits
                val = lo = hi = v
            return TNode('bin', PREC[op], R, lo, hi, val=val, op=op, kids=(a, b))
        R = common(A, B)
        alo, ahi = convert(a.lo, a.hi, R)
        blo, bhi = convert(b.lo, b.hi, R)
        av = bv = None
        if a.val is not None and b.val is not None:
            av, bv = convert(a.val, a.val, R)[0], convert(b.val, b.val, R)[0]
        if op in ('<', '<=', '>', '>=', '==', '!='):
            if av is not None:
                val = int({'<': av < bv, '<=': av <= bv, '>': av > bv, '>=': av >= bv,
                           '==': av == bv, '!=': av != bv}[op])
            lo, hi = (val, val) if val is not None else (0, 1)
            return TNode('bin', PREC[op], INT, lo, hi, val=val, op=op, kids=(a, b))
        if op in ('+', '-', '*'):
            if op == '+': lo, hi = alo + blo, ahi + bhi
            elif op == '-': lo, hi = alo - bhi, ahi - blo
            else:
                c = [alo * blo, alo * bhi, ahi * blo, ahi * bhi]
                lo, hi = min(c), max(c)
            if av is not None:
                lo = hi = {'+': av + bv, '-': av - bv, '*': av * bv}[op]
        elif op == '/':
            if av is not None:
                lo = hi = c_div(av, bv)
            elif not R.signed:
                lo, hi = alo // bhi, ahi // max(blo, 1)
            else:   # |a / b| <= |a|, and R.min / -1 was ruled out
                m = max(abs(alo), abs(ahi))
                lo, hi = max(-m, R.min), min(m, R.max)
        elif op == '%':
            if av is not None:
                lo = hi = av - bv * c_div(av, bv)
            else:
                m = min(max(abs(alo), abs(ahi)), max(abs(blo), abs(bhi)) - 1)
                lo, hi = (0, m) if alo >= 0 else ((-m, 0) if ahi <= 0 else (-m, m))
        else:  # & | ^
            if av is not None:
                lo = hi = {'&': av & bv, '|': av | bv, '^': av ^ bv}[op]
            elif alo >= 0 and blo >= 0:
                lo, hi = (0, min(ahi, bhi)) if op == '&' else (0, (1 << max(ahi, bhi).bit_length()) - 1)
            elif op == '&' and (alo >= 0 or blo >= 0):
                lo, hi = 0, (ahi if alo >= 0 else bhi)
            else:
                k = max(signed_bits(alo, ahi), signed_bits(blo, bhi))
                lo, hi = -(1 << k), (1 << k) - 1
        if not R.signed:
            lo, hi = wrap(lo, hi, R)
        if av is not None:
            val = lo
        return TNode('bin', PREC[op], R, lo, hi, val=val, op=op, kids=(a, b))

    def raw_safe(self, op, a, b):
        """May `a op b` be written as it is?"""
        A, B = ty_of(a), ty_of(b)
        if op in ('<<', '>>'):
            R = promote(A)
            if not (0 <= b.lo and b.hi < R.bits):
                return False
            if not R.signed:
                return True
            if a.lo < 0:
                return False
            return op == '>>' or (a.hi << b.hi) <= R.max
        R = common(A, B)
        if op in ('/', '%'):
            blo, bhi = convert(b.lo, b.hi, R)
            if blo <= 0 <= bhi:
                return False
            return not R.signed or a.lo > R.min or not (blo <= -1 <= bhi)
        if op not in ('+', '-', '*') or not R.signed:
            return True
        alo, ahi = a.lo, a.hi
        blo, bhi = b.lo, b.hi
        if op == '+': lo, hi = alo + blo, ahi + bhi
        elif op == '-': lo, hi = alo - bhi, ahi - blo
        else:
            c = [alo * blo, alo * bhi, ahi * blo, ahi * bhi]
            lo, hi = min(c), max(c)
        return R.min <= lo and hi <= R.max

    def arith(self, op, a, b):
        """a op b, made UB-free: raw when the intervals allow it, else with its
        operands reduced, or computed in the unsigned type (which wraps)."""
        if self.raw_safe(op, a, b):
            return self.bin(op, a, b)
        rng = self.rng
        if op in ('<<', '>>'):
            R = promote(ty_of(a))
            if not (0 <= b.lo and b.hi < R.bits):
                b = self.bin('&', b, self.const(INT, R.bits - 1))   # count in 0..width-1
            if R.signed and not self.raw_safe(op, a, b):
                if self.has('casts', 'unsigned') and self.chance(0.4):
                    a = self.cast(UNSIGNED_OF[R], a)
                else:   # non-negative, and small enough that nothing reaches the sign bit
                    a = self.bin('&', a, self.natural_const((1 << (R.max >> b.hi).bit_length()) - 1))
            return self.bin(op, a, b)
        R = common(ty_of(a), ty_of(b))
        if op in ('/', '%'):
            blo, bhi = convert(b.lo, b.hi, R)
            if not (blo <= 0 <= bhi) and R.signed and a.lo == R.min:
                b = self.const(INT, rng.choice([2, 3, 7, 10, 1000]))
            elif 'bitwise' in self.F and self.chance(0.5) and (not R.signed or a.lo > R.min):
                b = self.bin('|', b, self.const(INT, 1))        # odd, so never 0 (in R too)
                if not self.raw_safe(op, a, b):
                    b = self.const(INT, rng.choice([3, 5, 9]))
            else:
                b = self.const(R if self.chance(0.3) else INT, rng.choice([1, 2, 3, 5, 7, 10, 16, 100, 65536]))
            return self.bin(op, a, b)
        # + - * in a signed type that might overflow
        if self.has('casts', 'unsigned') and self.chance(0.4):
            return self.bin(op, self.cast(UNSIGNED_OF[R], a), b)
        k = (1 << (R.bits - 2)) if op != '*' else {32: 46341, 64: 3037000500}[R.bits]
        ka = self.const(R, k)
        a2 = self.bin('%', a, ka) if not (-k < a.lo and a.hi < k) else a
        b2 = self.bin('%', b, self.const(R, k)) if not (-k < b.lo and b.hi < k) else b
        assert self.raw_safe(op, a2, b2), (op, a2.lo, a2.hi, b2.lo, b2.hi)
        return self.bin(op, a2, b2)

    def un(self, op, a):
        A = promote(ty_of(a))
        if op == '!':
            val = None if a.val is None else int(not a.val)
            lo, hi = (val, val) if val is not None else (0, 1)
            return TNode('un', 14, INT, lo, hi, val=val, op=op, kids=(a,))
        if op == '~' and ty_of(a) in (UCHAR, USHORT):
            op = '-'   # ~ of a promoted unsigned char is always nonzero: gcc warns on its comparisons
        alo, ahi = (a.lo, a.hi) if A.signed else wrap(a.lo, a.hi, A)
        if op == '+':
            lo, hi = alo, ahi
        elif op == '~':
            lo, hi = (~ahi, ~alo) if A.signed else (A.max - ahi, A.max - alo)
        else:   # '-'
            if A.signed and alo == A.min:
                if self.has('casts', 'unsigned') and self.chance(0.5):
                    return self.un('-', self.cast(UNSIGNED_OF[A], a))
                a = self.bin('%', a, self.const(A, 1 << (A.bits - 2)))
                alo, ahi = a.lo, a.hi
                A = promote(a.ty)
            lo, hi = -ahi, -alo
            if not A.signed:
                lo, hi = wrap(lo, hi, A)
        val = None
        if a.val is not None:
            v = convert(a.val, a.val, A)[0]
            v = {'+': v, '~': ~v, '-': -v}[op]
            if not A.signed:
                v %= 1 << A.bits
            val = lo = hi = v
        return TNode('un', 14, A, lo, hi, val=val, op=op, kids=(a,))

    def cast(self, t, a, text=None):
        """(t)a; to a signed t a must fit (the caller reduced it)."""
        lo, hi = convert(a.lo, a.hi, t)
        val = None if a.val is None else convert(a.val, a.val, t)[0]
        return TNode('cast', 14, t, lo, hi, val=val, kids=(a,), text=text or self.spell(t))

    def fit(self, e, lo, hi):
        """e reduced into [lo, hi] (lo <= 0 < hi) when it may leave it."""
        if lo <= e.lo and e.hi <= hi:
            return e
        if e.val is not None:            # a constant: just write the value wanted
            v = e.val % (hi + 1) if lo == 0 else max(lo, min(hi, e.val))
            return self.natural_const(v)
        R = promote(ty_of(e))
        nonneg = e.lo >= 0 or not R.signed
        if 'bitwise' in self.F and (self.chance(0.35) or (lo == 0 and not nonneg)):
            mask = (1 << (hi + 1).bit_length() - 1) - 1
            return self.bin('&', e, self.natural_const(mask))
        if nonneg:
            k = self.rng.randint(2, hi + 1) if hi >= 2 and self.chance(0.5) and hi < 1 << 30 else hi + 1
            out = self.bin('%', e, self.natural_const(k))
        elif lo < 0:
            m = min(-lo, hi)
            k = self.rng.randint(2, m + 1) if self.chance(0.5) and m < 1 << 30 else m + 1
            out = self.bin('%', e, self.natural_const(k))
        else:                            # (e % K + K) % K: 0..K-1 for negative e too
            k = hi + 1
            kk = self.natural_const(k)
            out = self.bin('%', self.bin('+', self.bin('%', e, kk), self.natural_const(k)),
                           self.natural_const(k))
        assert lo <= out.lo and out.hi <= hi, (lo, hi, out.lo, out.hi)
        return out

    def fit_to_type(self, e, t, lo=None, hi=None):
        """e made storable in an object of type t with invariant [lo, hi]: an
        unsigned full-range target takes anything (conversion wraps)."""
        slo, shi = store_range(t)
        lo = slo if lo is None else lo
        hi = shi if hi is None else hi
        if not t.signed and (lo, hi) == (slo, shi):
            if e.val is not None:        # no -Woverflow on a constant that changes value
                return self.natural_const(e.val % (1 << t.bits))
            return e
        return self.fit(e, lo, hi)

    def stored(self, e, t):
        """Interval of e after conversion to t (e fits or t is unsigned)."""
        return convert(e.lo, e.hi, t) if t is not CHAR else (e.lo, e.hi)

    # ------------------------------------------------------------ expressions
    def expr(self, ec, depth, pure=False):
        """A scalar expression of some integer type."""
        if depth <= 0 or self.chance(0.25):
            return self.leaf(ec, depth, pure)
        kinds = [('bin', 10), ('un', 1.5)]
        if 'casts' in self.F:
            kinds.append(('cast', 1.5))
        if 'ternary' in self.F and not pure:
            kinds.append(('cond', 0.8))
        kind = self.g.pick_weighted(kinds)
        if kind == 'bin':
            return self.bin_expr(ec, depth, pure)
        if kind == 'un':
            ops = ['-', '+']
            if 'logic' in self.F: ops.append('!')
            if 'bitwise' in self.F: ops.append('~')
            return self.un(self.rng.choice(ops), self.expr(ec, depth - 1, pure))
        if kind == 'cast':
            return self.cast_expr(self.expr(ec, depth - 1, pure))
        c = self.expr(ec, depth - 1)
        a = self.expr(ec, depth - 1)
        b = self.expr(ec, depth - 1)
        a, b = self.same_signedness(a, b)
        R = common(ty_of(a), ty_of(b))
        lo = min(convert(a.lo, a.hi, R)[0], convert(b.lo, b.hi, R)[0])
        hi = max(convert(a.lo, a.hi, R)[1], convert(b.lo, b.hi, R)[1])
        val = None
        if c.val is not None:      # compilers fold a constant condition: only that arm counts
            arm = a if c.val else b
            lo, hi = convert(arm.lo, arm.hi, R)
            if arm.val is not None:
                val = lo
        return TNode('cond', 3, R, lo, hi, val=val, kids=(c, a, b))

    def same_signedness(self, a, b):
        """For comparisons and ?: (gcc and clang warn when a signed operand is
        converted to unsigned): cast it explicitly, or replace it by a constant."""
        A, B = promote(ty_of(a)), promote(ty_of(b))
        R = common(A, B)
        if R.signed or (not A.signed and not B.signed):
            return a, b
        if 'casts' in self.F:
            return (self.cast(R, a), b) if A.signed else (a, self.cast(R, b))
        if A.signed:
            return self.const(R, self.rng.randint(0, 100)), b
        return a, self.const(R, self.rng.randint(0, 100))

    def bin_expr(self, ec, depth, pure):
        rng = self.rng
        ops = ['+', '+', '-', '*', '*', '/', '%', '<', '<=', '>', '>=', '==', '!=']
        if 'logic' in self.F:
            ops += ['&&', '||']
        if 'bitwise' in self.F:
            ops += ['&', '|', '^', '<<', '>>']
        op = rng.choice(ops)
        a = self.expr(ec, depth - 1, pure)
        if op in ('<<', '>>') and self.chance(0.6):
            b = self.const(INT, rng.randint(0, promote(ty_of(a)).bits - 1))
        elif op in ('/', '%') and self.chance(0.4):
            b = self.tconst(lo=1)
        else:
            b = self.expr(ec, depth - 1, pure)
        if op in ('<', '<=', '>', '>=', '==', '!='):
            a, b = self.same_signedness(a, b)
            a, b = self.tidy_constant(a, b), self.tidy_constant(b, a)
            if a.kind == 'un' and a.op == '!':     # !x == y reads as !(x == y)
                a = TNode('paren', 15, ty_of(a), a.lo, a.hi, val=a.val, kids=(a,))
            if self.is_enum_const(a) and self.is_enum_const(b):
                b = self.const(INT, b.val)         # two enums' constants: -Wenum-compare
            return self.bin(op, a, b)
        return self.arith(op, a, b)

    @staticmethod
    def is_enum_const(n):
        return n.kind == 'const' and n.text[:1].isalpha()

    def tidy_constant(self, c, other):
        """In a comparison, a constant c outside (or at the end of) the range of
        the other operand's declared type makes gcc and clang warn that the result
        is always the same (-Wtype-limits, -Wtautological-constant-out-of-range-compare):
        pick one strictly inside instead."""
        if c.val is None:
            return c
        lo, hi, R = declared_range(other)
        if lo < c.val < hi:
            return c
        v = self.rng.randint(max(lo + 1, -1000), min(hi - 1, 1000))
        return self.const(R if self.chance(0.5) else INT, v)

    def cast_expr(self, a, t=None):
        """(T)a to any enabled type; to a signed one a is reduced into range first."""
        t = t or self.pick_type()
        lo, hi = store_range(t)
        if t.signed or t is CHAR:
            a = self.fit(a, lo, hi)
        return self.cast(t, a)

    def leaf(self, ec, depth, pure=False):
        choices = [('const', 2.5)]
        scalars = [v for v in self.visible() if ec.can_read(v)]
        if scalars:
            choices.append(('var', 6))
        arrays = [v for v in self.visible(('array',)) if ec.can_read(v)]
        if arrays:
            choices.append(('elem', 4))
        ptrs = [v for v in self.visible(('pointer',)) if ec.can_read(v) and ec.can_read(v.target.var)]
        if ptrs and any(p.hi < p.target.n for p in ptrs):
            choices.append(('deref', 3))
        if len(ptrs) >= 1 and not pure:
            choices.append(('ptrdiff', 1))
        if not pure:
            choices.append(('int', 2))
        if 'sizeof' in self.F and self.nesting < 3:
            choices.append(('sizeof', 0.8))
        enums = [v.enum for v in self.visible(('enumtag',))]
        if enums:
            choices.append(('enumconst', 1))
            if ('casts' in self.F or 'logic' in self.F) and [v for v in self.visible(('enumvar',)) if ec.can_read(v)]:
                choices.append(('enumvar', 0.8))
        if not pure and self.helpers_ok(ec) and self.chance(0.3):
            choices.append(('tmax', 0.7))
        kind = self.g.pick_weighted(choices)
        rng = self.rng
        if kind == 'var':
            return self.var_leaf(rng.choice(scalars), ec)
        if kind == 'elem':
            return self.elem_leaf(rng.choice(arrays), ec, pure)
        if kind == 'deref':
            return self.deref_leaf(rng.choice([p for p in ptrs if p.hi < p.target.n]), ec)
        if kind == 'ptrdiff':
            return self.ptrdiff_leaf(rng.choice(ptrs), ec)
        if kind == 'int':
            return self.g.expr(ec, max(depth - 1, 0))
        if kind == 'sizeof':
            return self.sizeof_leaf(ec)
        if kind == 'enumconst':
            name, v = rng.choice(rng.choice(enums).items)
            return TNode('const', 15, INT, v, v, val=v, text=name)
        if kind == 'enumvar':
            return self.enumvar_leaf(rng.choice([v for v in self.visible(('enumvar',)) if ec.can_read(v)]), ec)
        if kind == 'tmax':
            return self.tmax_call(ec, depth)
        return self.tconst()

    def var_leaf(self, v, ec):
        ec.read(v)
        return TNode('var', 15, v.ty, v.lo, v.hi, text=v.name)

    def index(self, n, ec, pure=False):
        """An index expression in 0..n-1 of any integer type."""
        x = self.rng.random()
        if x < 0.35 or self.nesting >= 3:    # a[b[c[...]]] stops somewhere
            return self.const(INT, self.rng.randint(0, n - 1))
        self.nesting += 1
        e = self.fit(self.expr(ec, self.rng.randint(0, 2), pure), 0, n - 1)
        self.nesting -= 1
        if ty_of(e) is CHAR:       # a plain char subscript: -Wchar-subscripts
            e = self.un('+', e)
        return e

    def elem_leaf(self, a, ec, pure=False):
        """a[i] or m[i][j] with in-bounds indices."""
        node = TNode('var', 15, None, 0, 0, text=a.name)
        for n in a.dims:
            node = TNode('index', 15, None, 0, 0, kids=(node, self.index(n, ec, pure)))
        ec.read(a)
        node.ty, node.lo, node.hi = a.ty, a.lo, a.hi
        return node

    def deref_leaf(self, p, ec):
        """*p, p[k] or *(p + k): stays inside the array."""
        ec.read(p)
        ec.read(p.target.var)
        t = p.target
        room = t.n - 1 - p.hi                  # p + k for k in [-p.lo, room] is in bounds
        pn = TNode('var', 15, PtrType(t.elem), p.lo, p.hi, text=p.name, target=t)
        k = self.rng.randint(-p.lo, room) if self.chance(0.4) else 0
        x = self.rng.random()
        if k != 0 and x < 0.5:
            node = TNode('index', 15, t.elem, t.lo, t.hi, kids=(pn, self.natural_const(k)))
        elif k != 0:
            sum_ = TNode('bin', 12, pn.ty, 0, 0, op='+' if k > 0 else '-',
                         kids=(pn, self.natural_const(abs(k))), target=t)
            node = TNode('deref', 14, t.elem, t.lo, t.hi, kids=(sum_,))
        else:
            node = TNode('deref', 14, t.elem, t.lo, t.hi, kids=(pn,))
        return node

    def ptrdiff_leaf(self, p, ec):
        """p - q (ptrdiff_t) for two pointers into the same array, or p - A."""
        t = p.target
        qs = [q for q in self.visible(('pointer',)) if same_seq(q.target, t) and ec.can_read(q)]
        q = self.rng.choice(qs)
        ec.read(p)
        ec.read(q)
        if t.scalar or self.chance(0.3):
            base = TNode('var', 15, None, 0, 0, text=t.text)
            lo, hi = p.lo, p.hi
            ec.read(t.var)   # harmless: the array is not accessed, but keeps the bookkeeping simple
        else:
            base = TNode('var', 15, None, 0, 0, text=q.name)
            lo, hi = p.lo - q.hi, p.hi - q.lo
        diff = TNode('bin', 12, PTRDIFF_T, lo, hi, op='-',
                     kids=(TNode('var', 15, None, 0, 0, text=p.name), base))
        if self.chance(0.3):     # or a comparison of the two
            op = self.rng.choice(['<', '<=', '>', '>=', '==', '!='])
            return TNode('bin', PREC[op], INT, 0, 1, op=op, kids=diff.kids)
        return diff

    def sizeof_leaf(self, ec):
        """sizeof(type) or sizeof expr: a size_t constant; the operand is never evaluated."""
        rng = self.rng
        x = rng.random()
        arrays = self.visible(('array',))
        if x < 0.3:
            t = self.pick_type()
            text = 'sizeof(%s)' % self.spell(t)
            v = SIZEOF[t.bits]
            if 'pointers' in self.F and self.chance(0.2):
                text, v = 'sizeof(%s *)' % self.spell(t), 8
            elif 'arrays' in self.F and self.chance(0.2):
                n = rng.randint(1, 9)
                text, v = 'sizeof(%s[%d])' % (self.spell(t), n), n * SIZEOF[t.bits]
        elif x < 0.6 and arrays:
            a = rng.choice(arrays)
            size = SIZEOF[a.ty.bits]
            total = size
            for n in a.dims:
                total *= n
            y = rng.random()
            if y < 0.4:
                text, v = 'sizeof %s' % a.name, total
            elif y < 0.7:
                text, v = 'sizeof %s / sizeof %s[0]' % (a.name, a.name), a.dims[0]
                node = TNode('sizeof', 13, SIZE_T, v, v, val=v, text=text)
                return node
            elif len(a.dims) == 2:
                text, v = 'sizeof(%s[0])' % a.name, a.dims[1] * size
            else:
                text, v = 'sizeof(%s[0])' % a.name, size
        else:
            self.nesting += 1
            e = self.expr(ec.__class__(), rng.randint(0, 2), pure=True)
            self.nesting -= 1
            text = 'sizeof(%s)' % self.r(e, 0)
            v = SIZEOF[ty_of(e).bits] if isinstance(ty_of(e), CType) else 8
        return TNode('sizeof', 14, SIZE_T, v, v, val=v, text=text)

    def enumvar_leaf(self, v, ec):
        """(int)e, or e == CONST: neither depends on the enum's underlying type."""
        ec.read(v)
        var = TNode('var', 15, INT, v.lo, v.hi, text=v.name)
        if 'casts' in self.F and self.chance(0.6):
            return TNode('cast', 14, INT, v.lo, v.hi, kids=(var,), text='int')
        name, val = self.rng.choice(v.enum.items)
        op = self.rng.choice(['==', '!='])
        return TNode('bin', 9, INT, 0, 1, op=op, kids=(var, TNode('const', 15, INT, val, val, val=val, text=name)))

    # ------------------------------------------------------------ helper functions
    def helpers_ok(self, ec):
        return self.g.calls_ok and not self.g.fn.name.startswith('safe_')

    def use_helper(self, kind, t):
        key = (kind, t)
        if key not in self.helpers:
            self.helpers[key] = helper_source(kind, t, 'long' in self.F and 'unsigned' in self.F)
        return '%s_%s' % (kind, t.name.replace(' ', '_'))

    def tmax_call(self, ec, depth):
        """tmax_T(a, b): arguments converted to the parameter type T (in range)."""
        t = self.pick_type()
        name = self.use_helper('tmax', t)
        lo, hi = store_range(t)
        args = [self.fit_to_type(self.expr(ec, max(depth - 1, 0)), t) for _ in range(2)]
        alo = max(min(self.stored(a, t)[0] for a in args), lo)
        ahi = min(max(self.stored(a, t)[1] for a in args), hi)
        return TNode('call', 15, t, min(alo, ahi), max(alo, ahi), text=name, kids=tuple(args))

    # ------------------------------------------------------------ printing
    def fmt(self, e):
        t = ty_of(e)
        if e.kind == 'sizeof' and self.chance(0.5):
            return '%zu'
        if t is PTRDIFF_T and e.kind == 'bin' and e.op == '-' and self.chance(0.5):
            return '%td'
        fmts = t.fmts
        if e.kind not in ('var', 'index', 'deref', 'cast', 'call') and t.rank < INT.rank:
            fmts = ('%d',)
        return self.rng.choice(fmts)

    # ------------------------------------------------------------ statements
    def stmt(self, decls=True):
        """One typed statement (a list of lines)."""
        F = self.F
        g = self.g
        choices = [('assign', 4), ('print', 1.2 if g.fn.prints else 0), ('fold', 2),
                   ('compound', 2.5)]
        if decls:
            choices += [('decl', 2.5)]
            if 'arrays' in F:
                choices.append(('arraydecl', 1.5))
            if 'pointers' in F:
                choices.append(('ptrdecl', 1.5))
            if 'typedef' in F:
                choices.append(('typedef', 0.4))
            if 'enum' in F:
                choices.append(('enumdecl', 0.5))
            if 'staticlocals' in F and 'S' in g.fn.writes:
                choices.append(('staticdecl', 0.5))
        if 'arrays' in F:
            choices += [('elemstore', 3), ('arrayloop', 1.2 if g.budget_left() > g.mult * 40 else 0)]
        if 'pointers' in F:
            choices += [('ptrstore', 1.5), ('derefstore', 2)]
            if 'arrays' in F:
                choices += [('ptrloop', 1 if g.budget_left() > g.mult * 40 else 0), ('helper', 1)]
        kind = g.pick_weighted(choices)
        return getattr(self, 'stmt_' + kind)()

    def scalar_targets(self, ec):
        """Typed scalars a full expression may store to."""
        out = []
        for v in self.visible():
            if not self.writable_var(v) or v.uid in ec.wr:
                continue
            if v.key and (v.key in ec.call_rd or v.key in ec.call_wr):
                continue
            out.append(v)
        return out

    def stmt_decl(self):
        """T a = e, b = e2;  (several per declaration now and then)."""
        t = self.pick_type()
        spelled = self.spell(t)
        parts, vars_ = [], []
        for _ in range(self.rng.randint(1, 3) if self.chance(0.3) else 1):
            name = self.fresh('tv')
            lo, hi = self.invariant(t)
            ec = self.g.new_ec()
            e = self.fit_to_type(self.expr(ec, self.rng.randint(0, 3)), t, lo, hi)
            parts.append('%s = %s' % (name, self.r(e, 2)))
            v = TVar(name, 'scalar', t, lo, hi)
            vars_.append(v)
            self.declare(v)   # visible to the next declarator's initialiser, as in C
        return ['%s %s;' % (spelled, ', '.join(parts))]

    def stmt_staticdecl(self):
        """static T s = CONST; or a static array (keeps its value between calls)."""
        if 'arrays' in self.F and self.chance(0.5):
            return self.array_decl(static=True)
        t = self.pick_type()
        lo, hi = self.invariant(t)
        name = self.fresh('ts')
        v = TVar(name, 'scalar', t, lo, hi, key='S')
        init = ''
        if self.chance(0.7):
            init = ' = ' + self.r(self.tconst(t, lo, hi), 2)
        self.declare(v)
        return ['static %s %s%s;' % (self.spell(t), name, init)]

    def stmt_assign(self):
        ec = self.g.new_ec()
        e = self.expr(ec, self.rng.randint(1, 3))
        cands = self.scalar_targets(ec)
        if not cands:
            return []
        v = self.rng.choice(cands)
        return ['%s = %s;' % (v.name, self.r(self.fit_to_type(e, v.ty, v.lo, v.hi), 2))]

    def stmt_fold(self):
        """An int variable of the program takes a typed value (so it is observed)."""
        ec = self.g.new_ec()
        e = self.expr(ec, self.rng.randint(1, 3))
        cands = [v for v in self.g.visible_vars() if not v.readonly
                 and (v.kind != 'global' or v.key in self.g.fn.writes)
                 and v.uid not in ec.wr
                 and (v.key is None or (v.key not in ec.call_rd and v.key not in ec.call_wr))]
        if not cands:
            return self.stmt_print_expr(e) if self.g.fn.prints else []
        v = self.rng.choice(cands)
        return ['%s = %s;' % (v.name, self.r(self.fit(e, -(1 << 20), (1 << 20) - 1), 2))]

    def stmt_print(self):
        ec = self.g.new_ec()
        args = [self.expr(ec, self.rng.randint(0, 3)) for _ in range(self.rng.randint(1, 3))]
        fmt = ' '.join(self.fmt(a) for a in args)
        return ['printf("%s%s\\n", %s);' % (self.g.fmt_prefix(), fmt, ', '.join(self.r(a, 2) for a in args))]

    def stmt_print_expr(self, e):
        return ['printf("%s\\n", %s);' % (self.fmt(e), self.r(e, 2))]

    def compound_plan(self, vt, vlo, vhi, ec):
        """op and operand e for `v op= e` (v of type vt, invariant [vlo, vhi]) and
        the range [glo, ghi] v must be in for the result to be UB-free and to
        convert back into its invariant; None if this pick does not work."""
        rng = self.rng
        ops = ['+=', '-=', '*=', '/=', '%=']
        if 'bitwise' in self.F:
            ops += ['&=', '|=', '^=', '<<=', '>>=']
        op = rng.choice(ops)
        P = promote(vt)
        wraps_back = not vt.signed and (vlo, vhi) == store_range(vt)   # stores wrap
        if op in ('<<=', '>>='):
            R = P
            s = rng.randint(0, R.bits - 1)
            e = self.const(INT, s)
            if not R.signed:
                return (op, e, vlo, vhi) if wraps_back or op == '>>=' else None
            if op == '>>=':
                return op, e, max(vlo, 0), vhi
            top = min(vhi, R.max) if wraps_back else vhi
            return op, e, max(vlo, 0), min(vhi, top >> s)
        if op in ('/=', '%='):
            e = self.const(INT if self.chance(0.7) else P, rng.choice([1, 2, 3, 7, 10, 100, 1000]))
            if self.chance(0.3) and vlo < 0:    # v / -2 of a non-negative v would leave 0..127
                e = self.const(INT, -rng.choice([2, 3, 10]))
            R = common(P, ty_of(e))
            glo = vlo if R.signed or vlo >= 0 else 0
            return op, e, glo, vhi
        if op in ('&=', '|=', '^='):
            e = self.expr(ec, rng.randint(0, 2))
            e = self.fit_to_type(e, vt, vlo, vhi) if not wraps_back else e
            R = common(P, ty_of(e))
            if not vt.signed or wraps_back:
                return op, e, vlo, vhi
            r = self.bin(op[0], TNode('var', 15, vt, vlo, vhi, text='v'), e)
            if R.signed and vlo <= r.lo and r.hi <= vhi:
                return op, e, vlo, vhi
            return None
        # += -= *=: a small operand, then solve for v's range
        m = rng.choice([1, 100, 65535, 1 << 30])
        e = self.fit(self.expr(ec, rng.randint(0, 2)), -m if self.chance(0.7) else 0, m)
        R = common(P, ty_of(e))
        elo, ehi = convert(e.lo, e.hi, R)
        if not R.signed and (elo, ehi) != (e.lo, e.hi):
            return None
        # results must stay in alo..ahi: R's range if R is signed, v's invariant if v is signed
        alo, ahi = (R.min, R.max) if R.signed else (-(1 << 200), 1 << 200)
        if not wraps_back:
            alo, ahi = max(alo, vlo), min(ahi, vhi)
            if not R.signed:
                alo = max(alo, 0)
        glo, ghi = vlo, vhi
        if not R.signed:
            glo = max(glo, 0)            # v converted to R unchanged
        if op == '+=':
            glo, ghi = max(glo, alo - elo), min(ghi, ahi - ehi)
        elif op == '-=':
            glo, ghi = max(glo, alo + ehi), min(ghi, ahi + elo)
        else:
            mm = max(abs(elo), abs(ehi), 1)
            if elo >= 0:
                glo, ghi = max(glo, -((-alo) // mm) if alo < 0 else 0), min(ghi, ahi // mm)
                if alo > 0:
                    return None
            else:
                b = min(-alo, ahi) // mm
                glo, ghi = max(glo, -b), min(ghi, b)
        if glo > ghi:
            return None
        return op, e, glo, ghi

    def guarded(self, target_text, vt, vlo, vhi, glo, ghi, body):
        """`if (target in [glo, ghi]) body` with only the needed sides."""
        conds = []
        if glo > vlo:
            conds.append('%s >= %s' % (target_text, self.r(self.natural_const(glo), 10)))
        if ghi < vhi:
            conds.append('%s <= %s' % (target_text, self.r(self.natural_const(ghi), 10)))
        if not conds:
            return [body]
        if len(conds) == 2 and 'logic' not in self.F:
            return ['if (%s)' % conds[0], '    if (%s)' % conds[1], '        ' + body]
        return ['if (%s) %s' % (' && '.join(conds), body)]

    def lvalue(self, ec):
        """A typed scalar lvalue to update in place: (text, type, lo, hi), or None.
        Index expressions are simple (constants, variables) as they appear twice."""
        rng = self.rng
        x = rng.random()
        arrays = [a for a in self.visible(('array',)) if self.writable_var(a) and ec.can_write(a, set())]
        ptrs = [p for p in self.visible(('pointer',)) if p.hi < p.target.n
                and self.writable_var(p.target.var) and ec.can_write(p.target.var, set())]
        if x < 0.3 and arrays:
            a = rng.choice(arrays)
            ec.read(a)
            ec.write(a)
            idx = ''.join('[%s]' % self.r(self.simple_index(n), 0) for n in a.dims)
            return a.name + idx, a.ty, a.lo, a.hi
        if x < 0.5 and ptrs:
            p = rng.choice(ptrs)
            ec.read(p)
            ec.write(p.target.var)
            return '*' + p.name, p.target.elem, p.target.lo, p.target.hi
        vs = self.scalar_targets(ec)
        if not vs:
            return None
        v = rng.choice(vs)
        ec.read(v)
        ec.write(v)
        return v.name, v.ty, v.lo, v.hi

    def simple_index(self, n):
        """An index in 0..n-1 without side effects or calls (it is evaluated twice)."""
        ctrs = [v for v in self.g.visible_vars() if v.kind == 'counter' and 0 <= v.lo and v.hi <= n - 1]
        if ctrs and self.chance(0.5):
            return TNode('var', 15, INT, 0, n - 1, text=self.rng.choice(ctrs).name)
        return self.const(INT, self.rng.randint(0, n - 1))

    def stmt_compound(self):
        """v op= e, ++v, v--, a[i] += e, *p *= e ... guarded to stay in range."""
        ec = self.g.new_ec()
        lv = self.lvalue(ec)
        if lv is None:
            return []
        text, vt, vlo, vhi = lv
        if 'incdec' in self.F and self.chance(0.35):
            op = self.rng.choice(['++', '--'])
            body = (text + op if self.chance(0.5) or text.startswith('*') else op + text) + ';'
            if text.startswith('*') and op in ('++', '--'):
                body = '(%s)%s;' % (text, op) if self.chance(0.5) else op + text + ';'
            if not vt.signed and (vlo, vhi) == store_range(vt):
                return [body]               # unsigned: wraps
            glo, ghi = (vlo, vhi - 1) if op == '++' else (vlo + 1, vhi)
            return self.guarded(text, vt, vlo, vhi, glo, ghi, body)
        plan = None
        for _ in range(4):
            plan = self.compound_plan(vt, vlo, vhi, ec)
            if plan:
                break
        if not plan:
            return []
        op, e, glo, ghi = plan
        body = '%s %s %s;' % (text, op, self.r(e, 2))
        return self.guarded(text, vt, vlo, vhi, glo, ghi, body)

    # ------------------------------------------------------------ arrays
    def array_shape(self):
        if self.chance(0.3):
            return (self.rng.randint(1, 4), self.rng.randint(1, 5))
        return (self.rng.choice([1, 2, 3, 4, 5, 7, 8, 10, 16]),)

    def array_init(self, t, lo, hi, dims, const_only, ec):
        """A brace initialiser (possibly partial, the rest being 0)."""
        def value():
            if const_only:
                return self.r(self.tconst(t, lo, hi), 2)
            return self.r(self.fit_to_type(self.expr(ec, self.rng.randint(0, 2)), t, lo, hi), 2)
        if len(dims) == 1:
            n = dims[0] if self.chance(0.7) else self.rng.randint(1, dims[0])
            return '{%s}' % ', '.join(value() for _ in range(n)), n
        rows = dims[0] if self.chance(0.8) else self.rng.randint(1, dims[0])
        out = []
        for _ in range(rows):
            n = dims[1] if self.chance(0.8) else self.rng.randint(1, dims[1])
            out.append('{%s}' % ', '.join(value() for _ in range(n)))
        return '{%s}' % ', '.join(out), rows

    def array_decl(self, static=False, glob=False):
        """T a[N] = {...}; T m[R][C]; char s[] = "..."; maybe with an enum size or a typedef."""
        rng = self.rng
        t = self.pick_type()
        lo, hi = self.invariant(t)
        dims = self.array_shape()
        name = self.fresh('tg' if glob else 'ta')
        key = 'T:' + name if glob else ('S' if static else None)
        a = TVar(name, 'array', t, lo, hi, key=key)
        a.dims = dims
        const_only = static or glob
        ec = self.g.new_ec()
        lines = []
        init = ''
        if t is CHAR and len(dims) == 1 and self.chance(0.5):
            s = ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz ABC.,:-0123456789') for _ in range(rng.randint(0, 9)))
            n = len(s) + 1
            dims = a.dims = (n if self.chance(0.6) else n + rng.randint(0, 4),)
            init = ' = "%s"' % s
            size = '' if dims[0] == n and self.chance(0.5) else str(dims[0])
            decl = '%s %s[%s]%s;' % (self.spell(t), name, size, init)
        else:
            count = 0
            if (not const_only and self.chance(0.8)) or self.chance(0.6):
                text, count = self.array_init(t, lo, hi, dims, const_only, ec)
                init = ' = ' + text
            elif not const_only:
                init = ' = {0}' if len(dims) == 1 else ' = {{0}}'
            sizes = [str(n) for n in dims]
            if 'enum' in self.F and self.chance(0.3):
                sizes[0] = self.enum_size(dims[0], lines)
            if len(dims) == 1 and count == dims[0] and self.chance(0.25):
                sizes[0] = ''                      # T a[] = {...}: the size from the initialiser
            if 'typedef' in self.F and len(dims) == 1 and self.chance(0.25):
                td = self.fresh('tdarr')
                lines.append('typedef %s %s[%s];' % (self.spell(t), td, sizes[0] or dims[0]))
                decl = '%s %s%s;' % (td, name, init)
            else:
                decl = '%s %s%s%s;' % (self.spell(t), name, ''.join('[%s]' % s for s in sizes), init)
        if static:
            decl = 'static ' + decl
        self.declare(a)
        self.last_array = a
        return lines + [decl]

    def enum_size(self, n, lines):
        """An enumerator with value n, declared just before (block-scope enum)."""
        tag = self.fresh('tenum')
        name = tag.upper()
        self.declare_enum(Enum(tag, [(name + '_NEG', -1), (name, n)]))
        lines.append('enum %s { %s = -1, %s = %d };' % (tag, name + '_NEG', name, n))
        return name

    def stmt_arraydecl(self):
        return self.array_decl()

    def elem_target(self, ec):
        arrays = [a for a in self.visible(('array',)) if self.writable_var(a) and ec.can_write(a, set())
                  and (a.key is None or (a.key not in ec.call_rd and a.key not in ec.call_wr))]
        return self.rng.choice(arrays) if arrays else None

    def stmt_elemstore(self):
        """a[i] = e; m[i][j] = e; (indices in bounds; e fits the element invariant)."""
        ec = self.g.new_ec()
        a = self.elem_target(ec)
        if a is None:
            return []
        idx = [self.index(n, ec) for n in a.dims]
        e = self.expr(ec, self.rng.randint(0, 3))
        if a.uid in ec.wr or (a.key and (a.key in ec.call_wr or a.key in ec.call_rd)):
            return []
        ec.write(a)
        e = self.fit_to_type(e, a.ty, a.lo, a.hi)
        return ['%s%s = %s;' % (a.name, ''.join('[%s]' % self.r(i, 0) for i in idx), self.r(e, 2))]

    def stmt_arrayloop(self):
        """for (int i = 0; i < N; i++) a[i] = e(i);  or fold all elements into an int."""
        ec = self.g.new_ec()
        a = self.elem_target(ec)
        if a is None:
            return []
        g = self.g
        n = a.dims[0]
        i = self.fresh('ti')
        ctr = g.counter(i, 0, n - 1)
        g.scopes.append({i: ctr})
        old = g.mult
        g.mult *= n
        g.cost += g.mult * len(a.dims)
        inner = []
        if len(a.dims) == 2:
            j = self.fresh('tj')
            g.scopes[-1][j] = g.counter(j, 0, a.dims[1] - 1)
            g.mult *= a.dims[1]
            sub = '[%s][%s]' % (i, j)
        else:
            sub = '[%s]' % i
        ec = g.new_ec()
        e = self.expr(ec, self.rng.randint(0, 2))
        ok = a.uid not in ec.wr and not (a.key and (a.key in ec.call_wr or a.key in ec.call_rd))
        if ok:
            ec.write(a)
            inner = ['%s%s = %s;' % (a.name, sub, self.r(self.fit_to_type(e, a.ty, a.lo, a.hi), 2))]
        g.scopes.pop()
        g.mult = old
        if not inner:
            return []
        bound = str(n)
        if 'sizeof' in self.F and 'casts' in self.F and self.chance(0.4):
            # cast: int < size_t would be a signed/unsigned comparison
            bound = '(int)(sizeof %s / sizeof %s[0])' % (a.name, a.name)
        head = 'for (int %s = 0; %s < %s; %s++)' % (i, i, bound, i)
        if len(a.dims) == 2:
            return [head] + ['    for (int %s = 0; %s < %d; %s++)' % (j, j, a.dims[1], j)] + ['        ' + inner[0]]
        return [head + ' {'] + self.g.indent(inner) + ['}']

    # ------------------------------------------------------------ pointers
    def seqs(self, ec, writable=False):
        """Runs of elements a pointer may point into."""
        out = []
        for a in self.visible(('array',)):
            if writable and not self.writable_var(a):
                continue
            if len(a.dims) == 1:
                out.append(Seq(a, a.name, a.dims[0], a.ty, a.lo, a.hi))
            else:
                r = self.rng.randint(0, a.dims[0] - 1)
                out.append(Seq(a, '%s[%d]' % (a.name, r), a.dims[1], a.ty, a.lo, a.hi))
        for v in self.visible():
            if v.kind == 'scalar' and (not writable or self.writable_var(v)) and (v.key is None or v.key == 'S' or v.key in self.g.fn.reads):
                out.append(Seq(v, '&' + v.name, 1, v.ty, v.lo, v.hi, scalar=True))
        return out

    def ptr_value(self, seq, olo, ohi, ec):
        """A pointer expression into seq whose offset is in [olo, ohi]."""
        rng = self.rng
        pt = PtrType(seq.elem)
        same = [p for p in self.visible(('pointer',)) if p.target.var is seq.var and p.target.text == seq.text
                and ec.can_read(p)]
        x = rng.random()
        if seq.scalar:
            return TNode('var', 15, pt, 0, 0, text=seq.text, target=seq)
        if x < 0.3 and same:
            q = rng.choice(same)
            ks = [k for k in range(olo - q.lo, ohi - q.hi + 1)]
            if ks:
                ec.read(q)
                k = rng.choice(ks)
                qn = TNode('var', 15, pt, q.lo, q.hi, text=q.name, target=seq)
                if k == 0:
                    return qn
                return TNode('bin', 12, pt, q.lo + k, q.hi + k, op='+' if k > 0 else '-',
                             kids=(qn, self.natural_const(abs(k))), target=seq)
        if x < 0.45 and self.helpers_ok(ec):
            k = rng.randint(olo, ohi)
            name = self.use_helper('tpick', seq.elem)
            base = TNode('var', 15, pt, 0, 0, text=seq.text, target=seq)
            return TNode('call', 15, pt, k, k, text=name, kids=(base, self.natural_const(k)), target=seq)
        if ohi > olo and self.chance(0.5):
            idx = self.fit(self.expr(ec, rng.randint(0, 1)), 0, ohi - olo)
            if olo:
                idx = self.bin('+', idx, self.natural_const(olo))
        else:
            v = rng.randint(olo, ohi)
            idx = self.natural_const(v)
        base = TNode('var', 15, pt, 0, 0, text=seq.text)
        if x < 0.7 and idx.hi < seq.n:   # &a[i]  (not &a[N]: that is fine in C, but keep it simple)
            return TNode('addr', 14, pt, idx.lo, idx.hi,
                         kids=(TNode('index', 15, seq.elem, 0, 0, kids=(base, idx)),), target=seq)
        if idx.val == 0 and self.chance(0.5):
            return TNode('var', 15, pt, 0, 0, text=seq.text, target=seq)   # the array decays
        if self.chance(0.3):
            return TNode('bin', 12, pt, idx.lo, idx.hi, op='+', kids=(idx, base), target=seq)  # i + a
        return TNode('bin', 12, pt, idx.lo, idx.hi, op='+', kids=(base, idx), target=seq)

    def stmt_ptrdecl(self):
        """T *p = &a[i]; T *p = a + i; T *p = &x; (the offset range is fixed for p's life)."""
        ec = self.g.new_ec()
        seqs = self.seqs(ec)
        if not seqs:
            return []
        seq = self.rng.choice(seqs)
        n = seq.n
        if seq.scalar:
            olo = ohi = 0
        elif self.chance(0.25):
            olo, ohi = 0, n                      # may point one past the end: never dereferenced
        else:
            olo = self.rng.randint(0, n - 1) if self.chance(0.3) else 0
            ohi = self.rng.randint(olo, n - 1)
        init = self.ptr_value(seq, olo, ohi, ec)
        name = self.fresh('tp')
        p = TVar(name, 'pointer', PtrType(seq.elem), olo, ohi)
        p.target = seq
        # lo/hi of a pointer variable: its offset invariant
        self.declare(p)
        spelled = self.spell(seq.elem)
        return ['%s *%s = %s;' % (spelled, name, self.r(init, 2))]

    def stmt_ptrstore(self):
        """p = q + k; p++ / p-- / p += k guarded by pointer comparisons with the array."""
        ec = self.g.new_ec()
        ptrs = [p for p in self.visible(('pointer',)) if not p.target.scalar]
        if not ptrs:
            return []
        p = self.rng.choice(ptrs)
        t = p.target
        if self.chance(0.5):
            ec.write(p)
            val = self.ptr_value(t, p.lo, p.hi, ec)
            return ['%s = %s;' % (p.name, self.r(val, 2))]
        k = self.rng.randint(1, 3)
        op = self.rng.choice(['++', '--', '+=', '-='])
        step = 1 if op in ('++', '--') else k
        if p.hi - p.lo < step:
            return []
        if op in ('++', '+='):      # p + step must not pass A + hi
            cond = '%s <= %s + %d' % (p.name, t.text, p.hi - step) if p.hi - step else '%s == %s' % (p.name, t.text)
        else:
            cond = '%s >= %s + %d' % (p.name, t.text, p.lo + step)
        body = ('%s%s;' % (p.name, op)) if op in ('++', '--') else '%s %s %d;' % (p.name, op, k)
        return ['if (%s) %s' % (cond, body)]

    def stmt_derefstore(self):
        """*p = e; p[k] = e; (p dereferenceable: its offsets are below N)."""
        ec = self.g.new_ec()
        ptrs = [p for p in self.visible(('pointer',)) if p.hi < p.target.n and self.writable_var(p.target.var)
                and (p.target.var.key is None or p.target.var.key == 'S' or p.target.var.key in self.g.fn.writes)]
        if not ptrs:
            return []
        p = self.rng.choice(ptrs)
        t = p.target
        k = self.rng.randint(-p.lo, t.n - 1 - p.hi) if self.chance(0.4) else 0
        e = self.expr(ec, self.rng.randint(0, 3))
        v = t.var
        if v.uid in ec.wr or (v.key and (v.key in ec.call_wr or v.key in ec.call_rd)):
            return []
        e = self.fit_to_type(e, t.elem, t.lo, t.hi)
        lhs = '*' + p.name if k == 0 else ('%s[%d]' % (p.name, k) if self.chance(0.5)
                                           else '*(%s %s %d)' % (p.name, '+' if k > 0 else '-', abs(k)))
        return ['%s = %s;' % (lhs, self.r(e, 2))]

    def stmt_ptrloop(self):
        """for (T *q = a; q < a + N; q++) x = (x * 31 + *q) % K;  -- folds an array."""
        g = self.g
        arrays = [a for a in self.visible(('array',)) if len(a.dims) == 1]
        accs = [v for v in g.visible_vars() if not v.readonly and v.kind in ('local', 'param')]
        if not arrays or not accs:
            return []
        a = self.rng.choice(arrays)
        acc = self.rng.choice(accs)
        n = a.dims[0]
        g.cost += g.mult * n
        q = self.fresh('tq')
        elem = TNode('deref', 14, a.ty, a.lo, a.hi, kids=(TNode('var', 15, None, 0, 0, text=q),))
        accn = TNode('var', 15, INT, -(1 << 20), (1 << 20) - 1, text=acc.name)
        s = self.bin('+', self.bin('*', accn, self.const(INT, 31)), self.fit(elem, -1000, 1000))
        s = self.fit(self.bin('%', s, self.const(INT, 1000003)), -(1 << 20), (1 << 20) - 1)
        end = '%s + %d' % (a.name, n) if self.chance(0.7) else '&%s[%d]' % (a.name, n - 1)
        cmp_ = '<' if end.startswith(a.name) else '<='
        return ['for (%s *%s = %s; %s %s %s; %s++)' % (self.spell(a.ty), q, a.name, q, cmp_, end, q),
                '    %s = %s;' % (acc.name, self.r(s, 2))]

    def stmt_helper(self):
        """tfill_T(p, n, v); or x = tsum_T(p, n): arrays passed to functions."""
        ec = self.g.new_ec()
        seqs = [s for s in self.seqs(ec, writable=True) if not s.scalar]
        if not seqs or not self.helpers_ok(ec):
            return []
        s = self.rng.choice(seqs)
        off = self.rng.randint(0, s.n - 1) if self.chance(0.3) else 0
        n = self.rng.randint(0, s.n - off)
        base = s.text if off == 0 else '%s + %d' % (s.text, off)
        if self.chance(0.5) and self.writable_var(s.var) and (s.var.key is None or s.var.key == 'S'
                                                              or s.var.key in self.g.fn.writes):
            name = self.use_helper('tfill', s.elem)
            ec.write(s.var)
            # p[i] = v ^ i stays in the element invariant: every invariant is
            # [-2^k, 2^k - 1] (k >= 7) or 0..127 or unsigned, and i < 16 only flips low bits
            v = self.fit_to_type(self.expr(ec, self.rng.randint(0, 2)), s.elem, s.lo, s.hi)
            return ['%s(%s, %d, %s);' % (name, base, n, self.r(v, 2))]
        name = self.use_helper('tsum', s.elem)
        ec.read(s.var)
        call = '%s(%s, %d)' % (name, base, n)
        accs = [v for v in self.g.visible_vars() if not v.readonly and v.kind in ('local', 'param')]
        if accs:
            acc = self.rng.choice(accs)
            return ['%s = %s %% 1000;' % (acc.name, call)]
        return ['printf("%%lu\\n", %s);' % call] if self.g.fn.prints and 'long' in self.F else []

    # ------------------------------------------------------------ typedef, enum
    def stmt_typedef(self):
        """A block-scope typedef, used at once by a declaration."""
        t = self.pick_type()
        name = self.fresh('td')
        line = 'typedef %s %s;' % (self.spell(t), name)   # spelled before it is declared
        self.declare(TVar(name, 'typedef', t))
        lo, hi = self.invariant(t)
        v = TVar(self.fresh('tv'), 'scalar', t, lo, hi)
        e = self.fit_to_type(self.expr(self.g.new_ec(), self.rng.randint(0, 2)), t, lo, hi)
        self.declare(v)
        return [line, '%s %s = %s;' % (name, v.name, self.r(e, 2))]

    def make_enum(self):
        """enum tag { A, B = 5, C, D = -3 }: with a negative constant (the type is int)."""
        rng = self.rng
        tag = self.fresh('tenum')
        items, val = [], 0
        parts = []
        for i in range(rng.randint(2, 5)):
            name = '%s_%s' % (tag.upper(), 'ABCDEFGH'[i])
            if self.chance(0.4):
                val = rng.randint(-5, 100) if self.chance(0.8) else rng.choice([1000, 65535, 2147483647 - 10])
                parts.append('%s = %d' % (name, val) if val >= 0 else '%s = -%d' % (name, -val))
            else:
                parts.append(name)
            items.append((name, val))
            val += 1
        if min(v for _, v in items) >= 0:
            name, val = '%s_NEG' % tag.upper(), -rng.randint(1, 9)
            parts.append('%s = %d' % (name, val))
            items.append((name, val))
        e = Enum(tag, items)
        self.declare_enum(e)
        return e, 'enum %s { %s };' % (tag, ', '.join(parts))

    def declare_enum(self, e):
        v = TVar(e.tag, 'enumtag', INT)
        v.enum = e
        self.declare(v)

    def stmt_enumdecl(self):
        """A block-scope enum and a variable of its type."""
        e, line = self.make_enum()
        name, val = self.rng.choice(e.items)
        v = TVar(self.fresh('te'), 'enumvar', INT, val, val)
        v.enum = e
        self.declare(v)
        return [line, 'enum %s %s = %s;' % (e.tag, v.name, name)]

    def function_start(self):
        """A few typed declarations at the top of every function."""
        lines = []
        kinds = ['decl']
        if 'arrays' in self.F: kinds.append('arraydecl')
        if 'pointers' in self.F: kinds.append('ptrdecl')
        for _ in range(self.rng.randint(1, 3)):
            lines += getattr(self, 'stmt_' + self.rng.choice(kinds))()
        return lines

    # ------------------------------------------------------------ end of scopes
    def scope_end(self, scope):
        """Lines that observe the typed locals of a scope about to close."""
        vs = [v for v in scope.values() if isinstance(v, TVar) and v.kind in ('scalar', 'array') and v.key != 'S']
        if not vs or not self.g.fn.prints:
            return []
        lines = []
        for v in vs[:3]:
            if v.kind == 'scalar':
                node = TNode('var', 15, v.ty, v.lo, v.hi, text=v.name)
                lines.append('printf("%s=%s\\n", %s);' % (v.name, self.rng.choice(v.ty.fmts), v.name))
            else:
                idx = ''.join('[%d]' % (n - 1) for n in v.dims)
                lines.append('printf("%s=%s\\n", %s%s);' % (v.name, self.rng.choice(v.ty.fmts), v.name, idx))
        return lines

    # ------------------------------------------------------------ file scope
    def plan_file_scope(self):
        """typedefs and enums, typed globals and global arrays; returns (top, late) lines.
        Runs before any function exists, with the file scope as the only scope."""
        rng = self.rng
        top, late = [], []
        self.g.scopes = [self.file_scope]
        if 'typedef' in self.F:
            for t in rng.sample(self.types, min(len(self.types), rng.randint(1, 4))):
                td = TVar(self.fresh('td'), 'typedef', t)
                self.file_lines.append('typedef %s %s;' % (self.spell(t), td.name))
                self.declare(td)
        if 'enum' in self.F:
            for _ in range(rng.randint(1, 2)):
                e, line = self.make_enum()
                self.file_lines.append(line)
        if 'globals' in self.F:
            for _ in range(rng.randint(1, 4)):
                top, late = self.global_scalar(top, late)
            if 'arrays' in self.F:
                for _ in range(rng.randint(1, 3)):
                    lines = self.array_decl(glob=True)
                    if 'staticglobals' in self.F and self.chance(0.25):
                        lines[-1] = 'static ' + lines[-1]
                    top += lines
                    self.tglobals.append(self.last_array)
        self.g.scopes = None
        return top, late

    def global_scalar(self, top, late):
        """T tgN = CONST; maybe static, or declared extern first and defined later."""
        t = self.pick_type()
        lo, hi = self.invariant(t)
        name = self.fresh('tg')
        v = TVar(name, 'scalar', t, lo, hi, key='T:' + name)
        static = 'staticglobals' in self.F and self.chance(0.25)
        init = ' = ' + self.r(self.tconst(t, lo, hi), 2) if self.chance(0.7) else ''
        decl = '%s%s %s%s;' % ('static ' if static else '', self.spell(t), name, init)
        if not static and 'extern' in self.F and self.chance(0.2):
            top.append('extern %s %s;' % (self.spell(t), name))
            late.append(decl)
        else:
            top.append(decl)
        self.tglobals.append(v)
        self.declare(v)
        return top, late

    def global_keys(self):
        return [v.key for v in self.tglobals]

    def main_checksum(self):
        """Print every typed global and fold it into chk (main's checksum)."""
        lines = []
        for v in self.tglobals:
            if v.kind == 'scalar':
                lines.append('printf("%s = %s\\n", %s);' % (v.name, self.rng.choice(v.ty.fmts), v.name))
                node = TNode('var', 15, v.ty, v.lo, v.hi, text=v.name)
                lines.append('chk = (chk * 31 + %s) %% 1000003;' % self.r(self.fit(node, -1000002, 1000002), 12))
            else:
                elem = TNode('var', 15, v.ty, v.lo, v.hi,
                             text=v.name + ''.join('[ck%d]' % i for i in range(len(v.dims))))
                fold = 'chk = (chk * 31 + %s) %% 1000003;' % self.r(self.fit(elem, -1000002, 1000002), 12)
                loops = ['for (int ck%d = 0; ck%d < %d; ck%d++)' % (i, i, n, i) for i, n in enumerate(v.dims)]
                lines += [('    ' * i) + l for i, l in enumerate(loops)] + ['    ' * len(loops) + fold]
                last = v.name + ''.join('[%d]' % (n - 1) for n in v.dims)
                lines.append('printf("%s = %s\\n", %s);' % (last, self.rng.choice(v.ty.fmts), last))
        return lines

    def helper_lines(self, program_text):
        """The helpers the program calls (one generated but then dropped stays out)."""
        out = []
        for kind in HELPER_ORDER:
            for (k, t), text in self.helpers.items():
                if k == kind and '%s_%s(' % (k, t.name.replace(' ', '_')) in program_text:
                    out += text + ['']
        return out


def helper_source(kind, t, have_ulong):
    """Typed helper functions taking pointers, typed parameters and returns."""
    n = t.name
    suffix = n.replace(' ', '_')
    if kind == 'tmax':
        return ['static %s tmax_%s(%s a, %s b) {' % (n, suffix, n, n),
                '    return a > b ? a : b;',
                '}']
    if kind == 'tpick':
        return ['static %s *tpick_%s(%s *p, int k) {' % (n, suffix, n),
                '    return p + k;',
                '}']
    if kind == 'tfill':
        # v ^ i only flips the low 4 bits: the caller keeps v 16 inside the invariant
        return ['static void tfill_%s(%s *p, int n, %s v) {' % (suffix, n, n),
                '    for (int i = 0; i < n; i++)',
                '        p[i] = v ^ i;',
                '}']
    if have_ulong:
        # unsigned long arithmetic wraps: no overflow whatever the elements are
        return ['static unsigned long tsum_%s(%s *p, int n) {' % (suffix, n),
                '    unsigned long s = 0;',
                '    for (int i = 0; i < n; i++)',
                '        s = s * 31 + p[i];',
                '    return s;',
                '}']
    return ['static int tsum_%s(%s *p, int n) {' % (suffix, n),
            '    int s = 0;',
            '    for (int i = 0; i < n; i++)',
            '        s = (s * 31 + p[i] % 1000) % 1000003;',
            '    return s;',
            '}']
