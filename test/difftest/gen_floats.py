"""double and float for gen_program.py (the `floats` feature).

Imported by gen_program.py; with the feature `floats` on, `FloatGen` adds a
self-contained part to the program, as gen_structs.py does for structs: a
few structs with double and float members, functions taking and returning
doubles, floats and those structs (many parameters, so that some go on the
stack), a variadic function reading doubles with va_arg, <math.h> calls,
globals and statics with floating initialisers, and `fp_runN` functions
that exercise them, print what they compute and return a hash that main
folds into `chk`.  With the feature off it is never called (not one more
random draw), so every other feature set gives the very same programs.

Why the output is the same with every correct compiler (gcc and clang at
-O0 or -O2, minicc):

* IEEE arithmetic only.  x86-64 evaluates double and float in SSE registers
  in their own precision (FLT_EVAL_METHOD 0), so + - * / sqrt and every
  conversion are correctly rounded whoever computes them, also the compiler
  folding constants.  No a*b+c is ever contracted into an fma: gcc does that
  only for a target with FMA (-march=...), which run_difftest.py never
  passes, and it builds floating programs with -ffp-contract=off besides.
* Infinities and NaNs are allowed (x/0.0, inf-inf: defined by Annex F, which
  gcc and clang follow), but a NaN is never printed by printf, whose sign of
  NaN depends on how it was made (folded by the compiler or computed by the
  processor): fp_show prints "nan" for any NaN, and NaNs go through fp_nn
  before a bare printf.  Hashes map every NaN to one value too.
* No undefined conversion to an integer type: a floating value is converted
  only through fp_to_T (NaN gives 0, out-of-range values saturate) or
  inside `lo < x && x < hi ? (T)x : 0`, with lo and hi the exact bounds of
  the values whose truncation fits T.  Integer variables never receive a
  floating value by compound assignment.  Conversions to float may overflow
  to inf: defined by Annex F (IEC 60559), not reported by clang's
  float-cast-overflow check.
* Library functions that are not exact (pow exp log sin cos) get their
  arguments through fp_opaque, a volatile store and load, so no compiler
  can fold them with its own correctly rounded arithmetic: every build calls
  the same libm.  Their arguments are clamped into ranges where the result
  is finite and modest.  sqrt fabs floor ceil fmod are exact, so folding
  them is harmless.
* Sequencing: floating expressions have no side effects (their calls are to
  pure functions), so the order of evaluation never matters; assignments,
  printing and calls that write memory are statements of their own.
"""
from gen_types import (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG,
                       LLONG, ULLONG)

FLOAT_FEATURES = ('floats',)
INTS = (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG, ULLONG)
TAG = {CHAR: 'c', SCHAR: 'sc', UCHAR: 'uc', SHORT: 's', USHORT: 'us', INT: 'i', UINT: 'u',
       LONG: 'l', ULONG: 'ul', LLONG: 'll', ULLONG: 'ull'}
SUFFIX = {LONG: 'L', ULONG: 'UL', LLONG: 'LL', ULLONG: 'ULL', UINT: 'U'}

# Member kinds of the floating structs: C spelling, size, alignment, class.
MEMBERS = {
    'double': (8, 8), 'float': (4, 4), 'int': (4, 4), 'long': (8, 8), 'char': (1, 1),
    'short': (2, 2), 'unsigned': (4, 4), 'float2': (8, 4), 'double2': (16, 8),
}
# Shapes the psABI tells apart (3.2.3): SSE, SSE+SSE, SSE+INTEGER,
# INTEGER+SSE, float pairs in one register, and MEMORY (over 16 bytes).
CANONICAL = (
    ['double'], ['float', 'float'], ['double', 'int'], ['int', 'float', 'float'],
    ['double', 'double'], ['float', 'float', 'float', 'float'], ['double', 'double', 'double'],
    ['float', 'int', 'double'], ['long', 'double'], ['char', 'float'], ['float2', 'float'],
    ['float', 'double'], ['double', 'float', 'int', 'int'],
)
# Arguments kept in a range where pow/exp/log/sin/cos are finite and modest.
MATH_RANGES = {'exp': (-6.0, 6.0), 'log': (0.125, 1000.0), 'sin': (-5.0, 5.0),
               'cos': (-5.0, 5.0)}


def c_double(x):
    """A Python float as a C double literal that reads back exactly."""
    s = repr(float(x))
    if 'e' not in s and '.' not in s:
        s += '.0'
    return s


def lit_value(text):
    """The magnitude of a C floating literal (Python reads both forms)."""
    t = text.rstrip('fF')
    if t[:2].lower() == '0x':
        return abs(float.fromhex(t))
    return abs(float(t))


def int_bounds(ct):
    """(lo, hi) as C double literals: x converts to ct without UB exactly
    when lo < x < hi (the truncation toward zero must fit, C11 6.3.1.4)."""
    if ct.signed:
        lo = '%d.0' % (ct.min - 1) if ct.bits < 64 else None   # -2^63 - 1 is no double
        return lo, '%d.0' % (ct.max + 1)
    return '-1.0', '%d.0' % (ct.max + 1)


def int_literal(ct, v):
    """v (in ct's range) as a C expression of type ct."""
    if ct is INT and v == -(1 << 31):
        return '(-2147483647 - 1)'
    if ct.bits == 64 or ct is UINT:
        if v == -(1 << 63):
            return '(-9223372036854775807%s - 1)' % SUFFIX[ct]
        s = '%d%s' % (v, SUFFIX[ct])
        return '(%s)' % s if v < 0 else s
    s = '(%s)%d' % (ct.name, v) if ct not in (INT,) else '%d' % v
    return '(%s)' % s if v < 0 and ct is INT else s


class FStruct:
    def __init__(self, tag, kinds):
        self.tag = tag
        self.ref = 'struct ' + tag
        self.members = [('m%d' % i, k) for i, k in enumerate(kinds)]
        off, align = 0, 1
        for _, k in self.members:
            size, al = MEMBERS[k]
            off = (off + al - 1) // al * al + size
            align = max(align, al)
        self.size = (off + align - 1) // align * align

    def decl(self):
        lines = ['%s {' % self.ref]
        for name, k in self.members:
            if k == 'float2':
                lines.append('  float %s[2];' % name)
            elif k == 'double2':
                lines.append('  double %s[2];' % name)
            else:
                lines.append('  %s %s;' % (k, name))
        return lines + ['};']

    def scalars(self):
        """(C lvalue suffix, kind) of every scalar member, arrays expanded."""
        out = []
        for name, k in self.members:
            if k in ('float2', 'double2'):
                base = k[:-1]
                out += [('%s[0]' % name, base), ('%s[1]' % name, base)]
            else:
                out.append((name, k))
        return out

    def fp_members(self):
        return [(m, k) for m, k in self.scalars() if k in ('double', 'float')]


class FloatGen:
    def __init__(self, gen):
        self.g = gen
        self.rng = gen.rng
        self.count = 0
        self.file_lines = []
        self.run_names = []
        self.structs = []
        self.many = []        # (name, [param kinds], return kind)
        self.small = []       # (name, [param kinds], return kind): for function pointers
        self.smix = []        # (name, [param kinds], return kind) with structs
        self.globals = []     # (name, kind, is array length or 0)

    def fresh(self, prefix):
        self.count += 1
        return '%s%d' % (prefix, self.count)

    # ------------------------------------------------------------ literals

    def literal(self, kind='double'):
        """A floating literal in one of C's forms, of type double or float,
        whose value is representable in that type (neither overflowing nor
        a nonzero value that would underflow to zero)."""
        while True:
            text = self.literal_text(kind)
            v = lit_value(text)
            big, tiny = (3.40282346e38, 1.1754943e-38) if kind == 'float' else (1.7976931348623157e308, 0.0)
            if v <= big and (v == 0.0 or v >= tiny):
                return text

    def literal_text(self, kind):
        rng = self.rng
        f = 'f' if kind == 'float' else ''
        if kind == 'float' and rng.random() < 0.3:
            f = 'F'
        form = rng.randrange(9)
        if form == 0:      # 1.5
            return '%d.%d%s' % (rng.randint(0, 99), rng.randint(0, 999), f)
        if form == 1:      # 1e-3, 2.5E+4
            return '%d%s%s%s%d%s' % (rng.randint(1, 9), rng.choice(['', '.%d' % rng.randint(0, 99)]),
                                     rng.choice('eeE'), rng.choice(['', '-', '+']), rng.randint(0, 12), f)
        if form == 2:      # .5
            return '.%d%s' % (rng.randint(0, 9999), f)
        if form == 3:      # 0x1p3, 0X1.8P-2
            x = rng.choice(['0x', '0X'])
            mant = rng.choice(['1', '1.8', 'a.b', '3', '1.0000000000001', 'f.f', '0.1', 'ABC.'])
            return '%s%s%s%d%s' % (x, mant, rng.choice('ppP'), rng.randint(-20, 20), f)
        if form == 4:      # 2.  2.f
            return '%d.%s' % (rng.randint(0, 1000), f)
        if form == 5:      # values that round, and the edges of double
            return rng.choice(['0.1', '0.2', '0.3', '0.7', '3.3333333333333335', '1.0000000000000002',
                               '0.30000000000000004', '2.2250738585072014e-308', '4.9e-324',
                               '1.7976931348623157e308', '16777217.0', '9007199254740993.0',
                               '123456789.123456789', '1e23', '8.589973e9', '3.4028234e38',
                               '1.17549435e-38', '0.1000000000000000055511151231257827']) + f
        if form == 6:      # an exact dyadic, written as a decimal
            return c_double(rng.randint(0, 4096) / 64.0) + f
        if form == 7:
            return '%de%d%s' % (rng.randint(1, 999), rng.randint(-30, 30), f)
        return '%d.%de%d%s' % (rng.randint(0, 9), rng.randint(0, 99999), rng.randint(-5, 5), f)

    def signed_literal(self, kind='double'):
        lit = self.literal(kind)
        return '(-%s)' % lit if self.rng.random() < 0.3 else lit

    # ------------------------------------------------------------ expressions

    def leaf(self, env, kind=None):
        """A double or float leaf: (text, kind)."""
        rng = self.rng
        choices = []
        for name, k in env['vars']:
            if kind is None or k == kind:
                choices.append(('var', name, k))
        for name, n, k in env['arrays']:
            if kind is None or k == kind:
                choices.append(('arr', name, k, n))
        for name, k, n in self.globals:
            if kind is None or k == kind:
                choices.append(('garr' if n else 'var', name, k, n))
        for name, st in env['svars']:
            for m, k in st.fp_members():
                if kind is None or k == kind:
                    choices.append(('var', '%s.%s' % (name, m), k))
        for name, k in env['ptrs']:
            if kind is None or k == kind:
                choices.append(('var', '(*%s)' % name, k))
        if not choices or rng.random() < 0.25:
            k = kind or rng.choice(['double', 'double', 'float'])
            return self.signed_literal(k), k
        c = rng.choice(choices)
        if c[0] == 'var':
            return c[1], c[2]
        return '%s[%d]' % (c[1], rng.randrange(c[3])), c[2]

    def expr(self, env, depth=0, kind=None):
        """A pure floating expression: (text, kind)."""
        rng = self.rng
        if depth >= 3 or rng.random() < 0.25 + 0.2 * depth:
            if env['ints'] and rng.random() < 0.15:
                name, ct = rng.choice(env['ints'])
                return ('(double)%s' % name if kind != 'float' else '(float)%s' % name), kind or 'double'
            return self.leaf(env, kind)
        form = rng.random()
        if form < 0.45:
            op = rng.choice('+-*/+-*')
            a, ka = self.expr(env, depth + 1, kind)
            b, kb = self.expr(env, depth + 1, kind)
            k = 'double' if 'double' in (ka, kb) else 'float'
            return '(%s %s %s)' % (a, op, b), k
        if form < 0.52:
            a, ka = self.expr(env, depth + 1, kind)
            return '(-%s)' % a, ka
        if form < 0.62:
            c = self.cond(env, depth + 1)
            a, ka = self.expr(env, depth + 1, kind)
            b, kb = self.expr(env, depth + 1, kind)
            k = 'double' if 'double' in (ka, kb) else 'float'
            return '(%s ? %s : %s)' % (c, a, b), k
        if form < 0.7:
            # a cast between the floating types, or through an integer type
            if kind != 'double' and rng.random() < 0.5:
                a, _ = self.expr(env, depth + 1)
                return '(float)%s' % a, 'float'
            if rng.random() < 0.5:
                a, _ = self.expr(env, depth + 1)
                return '(double)%s' % a, kind or 'double'
            ct = rng.choice(INTS)
            a, _ = self.expr(env, depth + 1)
            return '(double)fp_to_%s(%s)' % (TAG[ct], a), kind or 'double'
        if form < 0.8 and kind != 'float':
            return self.math_call(env, depth + 1), 'double'
        if form < 0.9 and kind != 'float':
            return self.call(env, depth + 1), 'double'
        return self.leaf(env, kind)

    def math_call(self, env, depth):
        rng = self.rng
        fn = rng.choice(['sqrt', 'fabs', 'floor', 'ceil', 'fmod', 'pow', 'exp', 'log', 'sin', 'cos'])
        a, _ = self.expr(env, depth + 1)
        if fn == 'sqrt':
            return 'sqrt(fabs(%s))' % a
        if fn in ('fabs', 'floor', 'ceil'):
            return '%s(%s)' % (fn, a)
        if fn == 'fmod':
            b, _ = self.expr(env, depth + 1)
            return 'fmod(%s, %s)' % (a, b)
        if fn == 'pow':
            return 'pow(fp_opaque(fp_clamp(%s, 0.5, 4.0)), fp_opaque(fp_clamp(%s, -3.0, 3.0)))' % (
                a, self.expr(env, depth + 1)[0])
        lo, hi = MATH_RANGES[fn]
        return '%s(fp_opaque(fp_clamp(%s, %s, %s)))' % (fn, a, c_double(lo), c_double(hi))

    def cond(self, env, depth):
        """An int-valued condition on floating values."""
        rng = self.rng
        form = rng.random()
        a, _ = self.expr(env, depth + 1)
        if form < 0.5:
            b, _ = self.expr(env, depth + 1)
            return '(%s %s %s)' % (a, rng.choice(['<', '<=', '>', '>=', '==', '!=']), b)
        if form < 0.6:
            return '!%s' % a
        if form < 0.7:
            return 'isnan(%s)' % a
        if form < 0.85:
            b, _ = self.expr(env, depth + 1)
            return '(%s %s %s)' % (a, rng.choice(['&&', '||']), b)
        return '(%s != %s)' % (a, a) if rng.random() < 0.5 else '!!%s' % a

    def arg(self, env, k, depth):
        """An argument of kind k."""
        rng = self.rng
        if k in ('double', 'float'):
            return self.expr(env, depth + 1, k if rng.random() < 0.5 else None)[0]
        if k == 'int':
            return str(rng.randint(-100000, 100000))
        if k == 'long':
            return '%dL' % rng.randint(-(1 << 50), 1 << 50)
        if k == 'uchar':
            return str(rng.randint(0, 255))
        if k == 'short':
            return str(rng.randint(-32768, 32767))
        if isinstance(k, FStruct):
            return 'fp_make_%s(%s, %d)' % (k.tag, self.expr(env, depth + 1)[0], rng.randint(-999, 999))
        raise AssertionError(k)

    def call(self, env, depth):
        """A call of a pure generated function returning a double."""
        rng = self.rng
        opts = [f for f in self.many + self.small + self.smix if f[2] in ('double', 'float')]
        if depth > 2 or not opts:
            return 'fp_nn(%s)' % self.leaf(env)[0]
        name, params, ret = rng.choice(opts)
        args = ', '.join(self.arg(env, p, depth + 1) for p in params)
        if name.startswith('fp_small') and rng.random() < 0.3:
            return '(double)(*&%s)(%s)' % (name, args)
        return '(double)%s(%s)' % (name, args)

    # ------------------------------------------------------------ file scope

    def helpers(self):
        L = ['static volatile double fp_sink;',
             '/* A value no compiler can see through: libm computes what it is given. */',
             'static double fp_opaque(double x) { fp_sink = x; return fp_sink; }',
             'static double fp_clamp(double x, double lo, double hi) {',
             '  if (x != x || x < lo) return lo;',
             '  return x > hi ? hi : x;',
             '}',
             '/* NaN is printed as "nan" whatever its sign. */',
             'static void fp_show(const char *what, double x) {',
             '  if (x != x) printf("%s nan\\n", what);',
             '  else printf("%s %.17g\\n", what, x);',
             '}',
             'static void fp_showf(const char *what, double x) {',
             '  if (x != x) printf("%s nan\\n", what);',
             '  else printf("%s %.9g\\n", what, x);',
             '}',
             'static double fp_nn(double x) { return x != x ? -7.25 : x; }',
             'static unsigned long fp_hash(unsigned long h, double x) {',
             '  h = h * 1099511628211UL + 17UL;',
             '  if (x != x) return h + 3UL;',
             '  if (x > 1e15) return h + (x == HUGE_VAL ? 5UL : 6UL);',
             '  if (x < -1e15) return h + (x == -HUGE_VAL ? 7UL : 8UL);',
             '  return h + (unsigned long)(long)(x * 1024.0);',
             '}',
             '/* Reads doubles, ints and longs as spec says: d f i l. */',
             'static double fp_vmix(const char *spec, ...) {',
             '  va_list ap;',
             '  double r = 0.5;',
             '  va_start(ap, spec);',
             '  for (const char *p = spec; *p; p++) {',
             "    if (*p == 'd' || *p == 'f') r = r * 1.5 + va_arg(ap, double);",
             "    else if (*p == 'i') r = r * 1.5 + va_arg(ap, int);",
             '    else r = r * 1.5 + (double)va_arg(ap, long);',
             '  }',
             '  va_end(ap);',
             '  return r;',
             '}',
             '']
        # the saturating conversions, one per integer type
        for ct in INTS:
            lo, hi = int_bounds(ct)
            L.append('static %s fp_to_%s(double x) {' % (ct.name, TAG[ct]))
            L.append('  if (x != x) return 0;')
            if lo is None:
                L.append('  if (x < -9223372036854775808.0) return %s;' % int_literal(ct, ct.min))
            else:
                L.append('  if (x <= %s) return %s;' % (lo, int_literal(ct, ct.min)))
            L.append('  if (x >= %s) return %s;' % (hi, int_literal(ct, ct.max)))
            L.append('  return (%s)x;' % ct.name)
            L.append('}')
        L.append('static float fp_tof(double x) {')
        L.append('  if (x > 3e38 && x != HUGE_VAL) return 3e38f;')
        L.append('  if (x < -3e38 && x != -HUGE_VAL) return -3e38f;')
        L.append('  return (float)x;')
        L.append('}')
        return L + ['']

    def plan_structs(self):
        rng = self.rng
        shapes = rng.sample(CANONICAL, rng.randint(2, 4))
        for _ in range(rng.randint(0, 2)):
            shapes.append([rng.choice(list(MEMBERS)) for _ in range(rng.randint(1, 4))])
        lines = []
        for kinds in shapes:
            if not any(k in ('double', 'float', 'float2', 'double2') for k in kinds):
                kinds = kinds + ['double']
            st = FStruct(self.fresh('fs'), kinds)
            self.structs.append(st)
            lines += st.decl()
        lines.append('')
        for st in self.structs:
            lines += self.struct_functions(st)
        return lines

    def member_value(self, k, s, kvar):
        rng = self.rng
        c = c_double(rng.randint(1, 64) / 8.0)
        if k == 'double':
            return '%s * %s + %s' % (s, c, kvar)
        if k == 'float':
            return 'fp_tof(%s - %s * %s)' % (s, kvar, c)
        if k == 'char':
            return '(char)(%s %% 100)' % kvar
        if k == 'short':
            return '(short)(%s * %d)' % (kvar, rng.randint(1, 30))
        if k == 'unsigned':
            return '(unsigned)%s * %dU' % (kvar, rng.randint(1, 99999))
        if k == 'long':
            return '(long)%s * %dL' % (kvar, rng.randint(1, 1 << 30))
        return '%s * %d + %d' % (kvar, rng.randint(1, 1000), rng.randint(-99, 99))   # int

    def struct_functions(self, st):
        rng = self.rng
        t = st.tag
        L = ['static %s fp_make_%s(double s, int k) {' % (st.ref, t),
             '  %s r;' % st.ref]
        for m, k in st.scalars():
            L.append('  r.%s = %s;' % (m, self.member_value(k, 's', 'k')))
        L += ['  return r;', '}']
        L.append('static double fp_sum_%s(%s v) {' % (t, st.ref))
        L.append('  double r = %s;' % c_double(rng.randint(1, 9) / 4.0))
        for m, k in st.scalars():
            L.append('  r = r * %s + v.%s;' % (c_double(rng.choice([1.5, 3.0, 0.75, 2.0, 1.25])), m))
        L += ['  return r;', '}']
        L.append('static void fp_scale_%s(%s *p, double f) {' % (t, st.ref))
        for m, k in st.fp_members():
            L.append('  p->%s %s= f;' % (m, rng.choice('*+-')))
        L += ['}', '']
        return L

    def param_kinds(self, n, with_structs=False):
        rng = self.rng
        kinds = ['double', 'double', 'float', 'int', 'long', 'uchar', 'short']
        out = []
        for _ in range(n):
            if with_structs and self.structs and rng.random() < 0.4:
                out.append(rng.choice(self.structs))
            else:
                out.append(rng.choice(kinds))
        return out

    def spell(self, k, name):
        c = {'uchar': 'unsigned char'}.get(k, k)
        if isinstance(k, FStruct):
            c = k.ref
        return '%s %s' % (c, name)

    def value_of(self, k, name):
        """A double from parameter name of kind k."""
        if isinstance(k, FStruct):
            return 'fp_sum_%s(%s)' % (k.tag, name)
        return name

    def function(self, prefix, params, ret, bucket):
        rng = self.rng
        name = self.fresh(prefix)
        names = ['p%d' % i for i in range(len(params))]
        L = ['static %s %s(%s) {' % (self.spell(ret, '').strip() if ret != 'float' else 'float', name,
                                     ', '.join(self.spell(k, n) for k, n in zip(params, names)))]
        # change a by-value struct parameter: the caller's object must not change
        for k, n in zip(params, names):
            if isinstance(k, FStruct) and rng.random() < 0.5:
                L.append('  fp_scale_%s(&%s, %s);' % (k.tag, n, c_double(rng.randint(-16, 16) / 4.0)))
                break
        L.append('  double r = %s;' % c_double(rng.randint(-9, 9) / 8.0))
        for k, n in zip(params, names):
            # Horner with a distinct step: a swapped or lost argument shows
            L.append('  r = r * %s %s %s;' % (c_double(rng.choice([1.5, 2.0, 0.5, 1.25, 3.0])),
                                            rng.choice('+-'), self.value_of(k, n)))
        if ret == 'float':
            L.append('  return fp_tof(r);')
        elif isinstance(ret, FStruct):
            L.append('  return fp_make_%s(r, %d);' % (ret.tag, rng.randint(-999, 999)))
        else:
            L.append('  return r;')
        L += ['}', '']
        bucket.append((name, params, ret))
        return L

    def plan_functions(self):
        rng = self.rng
        L = []
        for _ in range(rng.randint(1, 3)):
            # more than 8 floating and 6 integer parameters: some on the stack
            n = rng.randint(9, 22)
            ps = self.param_kinds(n)
            if sum(1 for p in ps if p in ('double', 'float')) < 9:
                ps += ['double'] * 9
            L += self.function('fp_many', ps, rng.choice(['double', 'double', 'float']), self.many)
        for _ in range(rng.randint(1, 3)):
            L += self.function('fp_small', self.param_kinds(rng.randint(1, 4)),
                               rng.choice(['double', 'float']), self.small)
        if self.structs:
            for _ in range(rng.randint(1, 3)):
                ps = self.param_kinds(rng.randint(2, 12), with_structs=True)
                ret = rng.choice(['double'] + self.structs)
                L += self.function('fp_smix', ps, ret, self.smix)
        return L

    def plan_globals(self):
        rng = self.rng
        L = []
        for _ in range(rng.randint(2, 5)):
            k = rng.choice(['double', 'double', 'float'])
            name = self.fresh('fg')
            st = 'static ' if rng.random() < 0.3 else ''
            if rng.random() < 0.3:
                n = rng.randint(1, 6)
                inits = [self.const_expr(k) for _ in range(rng.randint(0, n))]
                size = '' if inits and rng.random() < 0.3 else str(n)
                if not size:
                    n = len(inits)
                L.append('%s%s %s[%s] = {%s};' % (st, k, name, size, ', '.join(inits) or '0'))
                self.globals.append((name, k, n))
            else:
                init = '' if rng.random() < 0.15 else ' = ' + self.const_expr(k)
                L.append('%s%s %s%s;' % (st, k, name, init))
                self.globals.append((name, k, 0))
        return L + ['']

    def const_expr(self, k, depth=0):
        """A floating constant expression for a static initialiser."""
        rng = self.rng
        if depth > 1 or rng.random() < 0.4:
            r = rng.random()
            if r < 0.15:
                ct = rng.choice(INTS)
                if depth == 0:   # the extremes only alone: a product of them could overflow float
                    v = rng.choice([ct.min, ct.max, rng.randint(max(ct.min, -(1 << 62)), ct.max)])
                else:
                    v = rng.randint(max(ct.min, -999999), min(ct.max, 999999))
                return '(%s)%s' % (k, int_literal(ct, v))
            if r < 0.25:
                v = rng.randint(-100, 100)
                return '%d' % v if v >= 0 else '(%d)' % v
            lit = self.signed_literal(rng.choice([k, 'double']))
            while not lit_value(lit.strip('(-)')) < 1e9:
                lit = self.signed_literal(k)
            return lit
        form = rng.random()
        if form < 0.7:
            op = rng.choice('+-*/')
            # a divisor that is never zero, and no overflow in an initialiser
            rhs = rng.choice(['3', '7.0', '0x1p4', '1e3', '.25f', '1e-3']) if op == '/' else self.const_expr(k, depth + 1)
            return '(%s %s %s)' % (self.const_expr(k, depth + 1), op, rhs)
        if form < 0.85:
            return '(float)%s' % self.const_expr(k, depth + 1)
        return '(-%s)' % self.const_expr(k, depth + 1)

    # ------------------------------------------------------------ runs

    def show(self, what, expr, kind):
        if kind == 'float':
            return 'fp_showf("%s", %s);' % (what, expr)
        return 'fp_show("%s", %s);' % (what, expr)

    def run_function(self):
        rng = self.rng
        name = self.fresh('fp_run')
        self.run_names.append(name)
        env = {'vars': [], 'arrays': [], 'svars': [], 'ptrs': [], 'ints': []}
        B = ['unsigned long h = %dUL;' % rng.randint(1, 1 << 20)]
        # locals of both floating types, and integer locals of every type
        for _ in range(rng.randint(2, 5)):
            k = rng.choice(['double', 'double', 'float'])
            v = self.fresh('d' if k == 'double' else 'f')
            init, _ = self.expr(env, 1, k if rng.random() < 0.5 else None)
            B.append('%s %s = %s;' % (k, v, init))
            env['vars'].append((v, k))
        for ct in rng.sample(INTS, rng.randint(2, 6)):
            v = self.fresh('iv')
            if rng.random() < 0.4:
                val = rng.choice([ct.min, ct.max, ct.max // 2 + 1, 0, 1 << 53 | 1 if ct.bits == 64 else 1,
                                  (1 << 63) + 1024 if ct.bits == 64 and not ct.signed else ct.max])
                if not ct.min <= val <= ct.max:
                    val = ct.max
            else:
                val = rng.randint(max(ct.min, -(1 << 62)), min(ct.max, 1 << 62))
            B.append('%s %s = %s;' % (ct.name, v, int_literal(ct, val)))
            env['ints'].append((v, ct))
        static = None
        if rng.random() < 0.5:
            static = self.fresh('sd')
            B.append('static double %s = %s;' % (static, self.const_expr('double')))
        for _ in range(rng.randint(4, 10)):
            B += self.statement(env)
        if static:
            B.append('%s = %s * 0.5 + %s;' % (static, static, self.expr(env, 1)[0]))
            B.append('h = fp_hash(h, %s);' % static)
        for v, k in env['vars']:
            B.append('h = fp_hash(h, %s);' % v)
        for a, n, k in env['arrays']:
            B.append('for (int j = 0; j < %d; j++) h = fp_hash(h, %s[j]);' % (n, a))
        for sv, st in env['svars']:
            B.append('h = fp_hash(h, fp_sum_%s(%s));' % (st.tag, sv))
        B.append('return h;')
        return ['static unsigned long %s(void) {' % name] + ['  ' + l for l in B] + ['}', '']

    def statement(self, env):
        rng = self.rng
        S = []
        form = rng.randrange(15)
        if form == 0 and env['vars']:       # assignment, then shown
            v, k = rng.choice(env['vars'])
            S.append('%s = %s;' % (v, self.expr(env, 0, k if rng.random() < 0.5 else None)[0]))
            S.append(self.show(v, v, k))
        elif form == 1 and env['vars']:     # compound assignment and ++/--
            v, k = rng.choice(env['vars'])
            op = rng.choice(['+=', '-=', '*=', '/=', '++', '--', 'pre++', 'pre--'])
            if op in ('++', '--'):
                S.append('%s%s;' % (v, op))
            elif op.startswith('pre'):
                w = self.fresh('d')
                S.append('double %s = %s%s;' % (w, op[3:], v))
                S.append(self.show(w, w, 'double'))
            else:
                rhs = self.expr(env, 1)[0] if rng.random() < 0.7 or not env['ints'] else rng.choice(env['ints'])[0]
                S.append('%s %s %s;' % (v, op, rhs))
            S.append(self.show(v, v, k))
        elif form == 2:                      # conditions on doubles
            c = self.cond(env, 0)
            v = self.fresh('b')
            S.append('int %s = 0;' % v)
            S.append('if (%s) %s = 1; else if (%s) %s = 2;' % (c, v, self.cond(env, 1), v))
            S.append('printf("%s %%d %%d\\n", %s, %s);' % (v, v, self.cond(env, 1)))
            S.append('h = h * 3UL + (unsigned long)%s;' % v)
        elif form == 3:                      # a loop on a double counter
            t = self.fresh('t')
            step = rng.choice(['0.5', '.25', '1.5f', '0x1p-1', '1e0'])
            limit = rng.choice(['3.0', '2.75', '4.f', '1e1 / 4'])
            acc = self.fresh('acc')
            S.append('double %s = 0.0;' % acc)
            if rng.random() < 0.5:
                S.append('for (double %s = %s; %s < %s; %s += %s) %s = %s * 0.5 + %s;' % (
                    t, rng.choice(['0.0', '-1.5', '.125']), t, limit, t, step, acc, acc, t))
            else:
                S.append('double %s = %s;' % (t, limit))
                S.append('while (%s > 0) { %s -= %s; %s += %s * %s; }' % (t, t, step, acc, t, t))
            S.append(self.show(acc, acc, 'double'))
        elif form == 4:                      # an array of doubles and pointers into it
            k = rng.choice(['double', 'double', 'float'])
            a = self.fresh('a')
            n = rng.randint(2, 6)
            inits = [self.expr(env, 2, k)[0] for _ in range(rng.randint(1, n))]
            S.append('%s %s[%d] = {%s};' % (k, a, n, ', '.join(inits)))
            p = self.fresh('p')
            i = rng.randrange(n - 1)
            S.append('%s *%s = &%s[%d];' % (k, p, a, i))
            S.append('*%s = %s;' % (p, self.expr(env, 1, k)[0]))
            S.append('%s[1] %s= %s;' % (p, rng.choice('+-*/'), self.expr(env, 1)[0]))
            S.append('for (int j = 0; j < %d; j++) %s;' % (n, self.show(a, '%s[j]' % a, k)))
            env['arrays'].append((a, n, k))
            env['ptrs'].append((p, k))
        elif form == 5:                      # conversions to every integer type
            x, kx = self.expr(env, 0)
            v = self.fresh('cv')
            S.append('double %s = %s;' % (v, x))
            for ct in rng.sample(INTS, rng.randint(2, 5)):
                fmt, cast = ('%lld', 'long long') if ct.signed else ('%llu', 'unsigned long long')
                lo, hi = int_bounds(ct)
                if rng.random() < 0.5:
                    conv = 'fp_to_%s(%s)' % (TAG[ct], v)
                else:
                    # -2^63 - 1 is no double: long's lower bound is -2^63 itself, included
                    op = '<=' if lo is None else '<'
                    lo = lo or '-9223372036854775808.0'
                    conv = '(%s %s %s && %s < %s ? (%s)%s : (%s)0)' % (lo, op, v, v, hi, ct.name, v, ct.name)
                S.append('printf("%s %s %s\\n", (%s)%s);' % (v, TAG[ct], fmt, cast, conv))
        elif form == 6 and env['ints']:      # integer to floating, also >= 2^63
            iv, ct = rng.choice(env['ints'])
            d = self.fresh('d')
            f = self.fresh('f')
            S.append('double %s = %s;' % (d, iv))
            S.append('float %s = %s;' % (f, iv if rng.random() < 0.5 else '(float)' + iv))
            S.append(self.show(d, d, 'double'))
            S.append(self.show(f, f, 'float'))
            back = 'fp_to_%s(%s)' % (TAG[ct], d)
            fmt, cast = ('%lld', 'long long') if ct.signed else ('%llu', 'unsigned long long')
            S.append('printf("%s back %s\\n", (%s)%s);' % (d, fmt, cast, back))
            env['vars'] += [(d, 'double'), (f, 'float')]
        elif form == 7 and self.structs:     # struct values
            st = rng.choice(self.structs)
            v = self.fresh('sv')
            r = rng.random()
            if r < 0.4:
                S.append('%s %s = fp_make_%s(%s, %d);' % (st.ref, v, st.tag, self.expr(env, 1)[0],
                                                          rng.randint(-999, 999)))
            else:
                inits = []
                for m, k in st.scalars():
                    if k in ('double', 'float'):
                        inits.append(self.signed_literal(k))
                    else:
                        inits.append(str(rng.randint(-99, 99)))
                if r < 0.7:
                    S.append('%s %s = {%s};' % (st.ref, v, self.braced(st, inits)))
                else:
                    S.append('%s %s = {%s};' % (st.ref, v, self.designated(st, inits)))
            fm = st.fp_members()
            if fm:
                m, k = rng.choice(fm)
                S.append('%s.%s = %s;' % (v, m, self.expr(env, 1, k)[0]))
            w = self.fresh('sv')
            S.append('%s %s = %s;' % (st.ref, w, v))
            S.append('fp_scale_%s(&%s, %s);' % (st.tag, w, self.expr(env, 2)[0]))
            for m, k in st.scalars():
                if k in ('double', 'float'):
                    S.append(self.show('%s.%s' % (w, m), '%s.%s' % (w, m), k))
                else:
                    S.append('printf("%s.%s %%ld\\n", (long)%s.%s);' % (w, m, w, m))
            env['svars'] += [(v, st), (w, st)]
        elif form == 8 and self.smix:        # calls mixing structs and scalars
            name, params, ret = rng.choice(self.smix)
            sv = [(n, s) for n, s in env['svars']]
            args = []
            for p in params:
                cands = [n for n, s in sv if s is p]
                if isinstance(p, FStruct) and cands and rng.random() < 0.7:
                    args.append(rng.choice(cands))
                else:
                    args.append(self.arg(env, p, 1))
            call = '%s(%s)' % (name, ', '.join(args))
            if isinstance(ret, FStruct):
                v = self.fresh('sv')
                S.append('%s %s = %s;' % (ret.ref, v, call))
                S.append('h = fp_hash(h, fp_sum_%s(%s));' % (ret.tag, v))
                m, k = rng.choice(ret.fp_members() or [(None, None)])
                if m:
                    S.append(self.show('%s.%s' % (v, m), '%s.%s' % (v, m), k))
                env['svars'].append((v, ret))
            else:
                S.append(self.show(name, call, 'double'))
        elif form == 9 and self.many:        # many floating and integer arguments
            name, params, ret = rng.choice(self.many)
            call = '%s(%s)' % (name, ', '.join(self.arg(env, p, 1) for p in params))
            S.append(self.show(name, call, ret))
        elif form == 10:                     # printf with many doubles (some on the stack)
            n = rng.randint(1, 12)
            vals, fmts = [], []
            for _ in range(n):
                if rng.random() < 0.2:
                    vals.append(str(rng.randint(-999, 999)))
                    fmts.append('%d')
                elif rng.random() < 0.3:
                    vals.append('(double)fp_tof(fp_nn(%s))' % self.expr(env, 1)[0])
                    fmts.append('%.9g')
                else:
                    vals.append('fp_nn(%s)' % self.expr(env, 1)[0])
                    fmts.append(rng.choice(['%.17g', '%.17g', '%.3f', '%.5e', '%a']))
            S.append('printf("pf %s\\n", %s);' % (' '.join(fmts), ', '.join(vals)))
        elif form == 11:                     # a user variadic function reading va_arg(ap, double)
            n = rng.randint(1, 14)
            spec, vals = '', []
            for _ in range(n):
                c = rng.choice('ddfil')
                spec += c
                if c == 'd':
                    vals.append(self.expr(env, 1, 'double')[0])
                elif c == 'f':
                    vals.append(self.expr(env, 1, 'float')[0])   # promoted to double
                elif c == 'i':
                    vals.append(str(rng.randint(-99999, 99999)))
                else:
                    vals.append('%dL' % rng.randint(-(1 << 40), 1 << 40))
            S.append(self.show('vmix', 'fp_vmix("%s", %s)' % (spec, ', '.join(vals)), 'double'))
        elif form == 12 and self.small:      # a function pointer returning a floating type
            name, params, ret = rng.choice(self.small)
            fp = self.fresh('fptr')
            S.append('%s (*%s)(%s) = %s;' % (ret, fp, ', '.join(self.spell(p, '').strip() for p in params), name))
            S.append(self.show(fp, '%s(%s)' % (fp, ', '.join(self.arg(env, p, 1) for p in params)), ret))
        elif form == 13:                     # logical operators and ?: on doubles
            a, _ = self.expr(env, 1)
            b, _ = self.expr(env, 1)
            S.append('printf("lg %%d %%d %%d %%d\\n", !%s, %s && %s, %s || %s, %s ? 1 : 2);' % (a, a, b, a, b, b))
        else:                                # math.h
            S.append(self.show('m', self.math_call(env, 0), 'double'))
        return S

    def braced(self, st, inits):
        out, i = [], 0
        for _, k in st.members:
            if k in ('float2', 'double2'):
                out.append('{%s, %s}' % (inits[i], inits[i + 1]))
                i += 2
            else:
                out.append(inits[i])
                i += 1
        return ', '.join(out)

    def designated(self, st, inits):
        """Designated initialisers for some members: the rest are zero."""
        out, i = [], 0
        for m, k in st.members:
            n = 2 if k in ('float2', 'double2') else 1
            if self.rng.random() < 0.6:
                if n == 2:
                    out.append('.%s[1] = %s' % (m, inits[i + 1]))
                else:
                    out.append('.%s = %s' % (m, inits[i]))
            i += n
        self.rng.shuffle(out)
        return ', '.join(out) or '0'

    def globals_run(self):
        name = self.fresh('fp_run')
        self.run_names.append(name)
        env = {'vars': [], 'arrays': [], 'svars': [], 'ptrs': [], 'ints': []}
        B = ['unsigned long h = 1UL;']
        for g, k, n in self.globals:
            if n:
                B.append('for (int j = 0; j < %d; j++) %s;' % (n, self.show(g, '%s[j]' % g, k)))
                B.append('for (int j = 0; j < %d; j++) h = fp_hash(h, %s[j]);' % (n, g))
            else:
                B.append(self.show(g, g, k))
                B.append('h = fp_hash(h, %s);' % g)
        for g, k, n in self.globals:
            target = '%s[%d]' % (g, self.rng.randrange(n)) if n else g
            B.append('%s = %s;' % (target, self.expr(env, 1, k)[0]))
            B.append('h = fp_hash(h, %s);' % target)
        B.append('return h;')
        return ['static unsigned long %s(void) {' % name] + ['  ' + l for l in B] + ['}', '']

    def plan_file_scope(self):
        lines = ['#include <math.h>', '#include <float.h>', '#include <stdarg.h>', '']
        lines += self.helpers()
        lines += self.plan_structs()
        lines += self.plan_globals()
        lines += self.plan_functions()
        lines.append('static void fp_limits(void) {')
        lines.append('  ' + self.show('DBL_MAX', 'DBL_MAX', 'double'))
        lines.append('  ' + self.show('DBL_EPSILON', 'DBL_EPSILON', 'double'))
        lines.append('  ' + self.show('FLT_MAX', 'FLT_MAX', 'float'))
        lines.append('  ' + self.show('FLT_EPSILON', 'FLT_EPSILON', 'float'))
        lines.append('  ' + self.show('INFINITY', 'INFINITY', 'double'))
        lines.append('  ' + self.show('NAN', 'NAN', 'double'))
        lines.append('}')
        for _ in range(self.rng.randint(1, 3)):
            lines += self.run_function()
        lines += self.globals_run()
        self.file_lines = lines
        return lines

    def main_checksum(self):
        """main's lines: the limits, then each run's hash folded into chk."""
        return ['fp_limits();'] + ['chk = (chk * 7 + (int)(%s() %% 1000003UL)) %% 1000003;' % n
                                   for n in self.run_names]
