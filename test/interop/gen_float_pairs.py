#!/usr/bin/env python3
"""Writes a caller/callee pair of C files passing double and float across calls.

    gen_float_pairs.py --out DIR [--break SHAPE]

The floating companion of gen_abi_pairs.py; DIR gets three files:

  fshapes.h   structs with double and float members (alone, in pairs, mixed
              with ints in one eightbyte or beside them, over 16 bytes), the
              value every argument position carries in every member, and
              static helpers each side compiles for itself: fill_S, check_S
              (every member equal to its position's value), hash_S (the
              members folded into a double), layout_S (sizeof, offsetof).
  fcallee.c   for each shape S: S_at0 ... S_at7 (S in every position among
              eight parameters of double, float, int and long), S_xmm7 (seven
              doubles, S, a double: the %xmm boundary), S_int5 (five longs, S,
              a long: the integer boundary, for structs with an INTEGER
              eightbyte), S_many (eight doubles and six longs first: all on
              the stack), S_ret and S_ret_many (results in %xmm0:%xmm1,
              %rax:%xmm0, %xmm0:%rax or through the hidden pointer, with nine
              doubles and seven longs before), S_own and S_callback; then
              scalar functions with up to 20 parameters (more than eight
              floating ones, so the rest go on the stack), float and double
              results, a callback taking and returning doubles, and variadic
              functions reading doubles (and structs) with va_arg.
  fcaller.c   main: makes each call, compares each result with the same hash
              computed by its own compiler, checks its own objects are
              unchanged; prints "INTEROP FAIL: ..." per failure and
              "interop: N checks, K failed", exits 1 if K > 0.

The psABI rules (System V AMD64, 3.2.3): float and double arguments take
%xmm0-%xmm7, then the stack; an eightbyte of a struct of at most 16 bytes
is SSE if it holds only float/double members, INTEGER otherwise, and goes in
the next vector or general register accordingly; if not all of a struct's
eightbytes fit in the registers left, the whole struct goes on the stack.
Larger structs are MEMORY.  Results: SSE eightbytes in %xmm0 then %xmm1,
INTEGER ones in %rax then %rdx.  Variadic calls set %al to the number of
vector registers used (an upper bound is allowed).

Every value is exact in its type (doubles carry bits below float's
precision, so narrowing shows), compared with ==, and hashed with the same
IEEE operations on both sides, so both sides' hashes are bit-identical.
"""
import argparse
import os

# Member kinds: C type, size, alignment.
KINDS = {'double': (8, 8), 'float': (4, 4), 'int': (4, 4), 'long': (8, 8),
         'char': (1, 1), 'short': (2, 2)}
FP = ('double', 'float')

# (tag, [(member, kind, count)]) with count > 1 for an array member.
SHAPES = [
    ('d1', [('a', 'double', 1)]),                                     # SSE
    ('f1', [('a', 'float', 1)]),                                      # SSE, 4 bytes
    ('f2', [('a', 'float', 1), ('b', 'float', 1)]),                   # SSE: two floats in one register
    ('f3', [('a', 'float', 1), ('b', 'float', 1), ('c', 'float', 1)]),  # SSE, SSE (12 bytes)
    ('f4', [('a', 'float', 1), ('b', 'float', 1), ('c', 'float', 1), ('d', 'float', 1)]),  # SSE, SSE
    ('dd', [('a', 'double', 1), ('b', 'double', 1)]),                 # SSE, SSE
    ('di', [('a', 'double', 1), ('b', 'int', 1)]),                    # SSE, INTEGER
    ('id', [('a', 'int', 1), ('b', 'double', 1)]),                    # INTEGER, SSE
    ('iff', [('a', 'int', 1), ('b', 'float', 1), ('c', 'float', 1)]),  # INTEGER (int+float), SSE
    ('fi', [('a', 'float', 1), ('b', 'int', 1)]),                     # INTEGER: mixed eightbyte
    ('ld', [('a', 'long', 1), ('b', 'double', 1)]),                   # INTEGER, SSE
    ('dl', [('a', 'double', 1), ('b', 'long', 1)]),                   # SSE, INTEGER
    ('fd', [('a', 'float', 1), ('b', 'double', 1)]),                  # SSE (float + padding), SSE
    ('df', [('a', 'double', 1), ('b', 'float', 1)]),                  # SSE, SSE
    ('cf', [('a', 'char', 1), ('b', 'float', 1)]),                    # INTEGER
    ('fa', [('a', 'float', 2), ('b', 'double', 1)]),                  # SSE (array), SSE
    ('dfi', [('a', 'double', 1), ('b', 'float', 1), ('c', 'int', 1)]),  # SSE, INTEGER
    ('sfd', [('a', 'short', 1), ('b', 'float', 1), ('c', 'double', 1)]),  # INTEGER, SSE
    ('d3', [('a', 'double', 1), ('b', 'double', 1), ('c', 'double', 1)]),  # MEMORY (24 bytes)
    ('f5', [('a', 'float', 5)]),                                      # MEMORY (20 bytes)
    ('dfl', [('a', 'double', 1), ('b', 'float', 1), ('c', 'long', 1), ('d', 'double', 1)]),  # MEMORY (32)
]
# The scalar parameters beside the structs, one type per position.
SCALAR_KINDS = ['double', 'int', 'float', 'long', 'double', 'float', 'int', 'double']
# Scalar-only signatures: (name, parameter kinds, result kind).
SCALAR_SIGS = [
    ('ten_doubles', ['double'] * 10, 'double'),
    ('ten_floats', ['float'] * 10, 'float'),
    ('alternate', ['int', 'double'] * 8, 'double'),
    ('assorted', ['float', 'long', 'double', 'char', 'float', 'short', 'double', 'int', 'float',
                  'double', 'long', 'float', 'double', 'char', 'double', 'float', 'int', 'double',
                  'float', 'long'], 'float'),
    ('longs_first', ['long'] * 7 + ['double'] * 9, 'double'),
    ('one_float', ['float'], 'float'),
    ('int_then_double', ['int', 'double'], 'double'),
    ('float_double_float', ['float', 'double', 'float'], 'double'),
]
MAX_POS = 17              # positions 0..16: S_many has 17 parameters
TINY = repr(2.0 ** -40)   # below float's precision beside 3.0
CTYPE = {'double': 'double', 'float': 'float', 'int': 'int', 'long': 'long', 'char': 'signed char',
         'short': 'short'}


class Shape:
    def __init__(self, tag, members):
        self.tag, self.ref = tag, 'struct ' + tag
        self.members = members
        self.offsets = {}
        off, align = 0, 1
        for name, kind, n in members:
            size, al = KINDS[kind]
            off = (off + al - 1) // al * al
            self.offsets[name] = off
            off += size * n
            align = max(align, al)
        self.align = align
        self.size = (off + align - 1) // align * align

    def scalars(self):
        """(member path, kind) of every scalar member, arrays expanded."""
        out = []
        for name, kind, n in self.members:
            out += [('%s[%d]' % (name, i), kind) for i in range(n)] if n > 1 else [(name, kind)]
        return out


def value(kind, pos, idx):
    """The C literal of the value argument position pos puts in its idx-th
    scalar: exact in its type, different everywhere."""
    if kind == 'double':
        # 2^-40: below float's precision, so a double narrowed to float shows
        v = (pos * 16 + idx + 1) * (1 if (pos + idx) % 2 else -1) + (pos + 1) * 2.0 ** -40 + 0.25
        return repr(v)
    if kind == 'float':
        v = (pos * 16 + idx + 1) * (1 if (pos + idx) % 2 else -1) + (idx + 1) / 1024.0
        return repr(v) + 'f'
    if kind == 'int':
        return '(%d)' % (-(pos * 1000 + idx * 10 + 7)) if pos % 2 else '%d' % (pos * 1000 + idx * 10 + 7)
    if kind == 'long':
        return '%dL' % ((pos + 1) * 1000000007 * 1000 + idx)
    if kind == 'char':
        return '%d' % (pos * 9 + idx - 40)
    return '%d' % (pos * 999 + idx - 5000)   # short


def header():
    L = ['/* fshapes.h: written by gen_float_pairs.py; included by fcallee.c and fcaller.c,',
         ' * whose compilers each compile the static helpers below for themselves. */',
         '#include <stddef.h>', '#include <stdio.h>', '#include <stdarg.h>', '',
         'static int failures;', 'static int checks;', '',
         'static void fail(const char *where, const char *what, int detail) {',
         '  printf("INTEROP FAIL: %s: %s %d\\n", where, what, detail);',
         '  failures++;',
         '}', '',
         '/* One scalar: equal to what was passed (exact: no arithmetic on the way). */',
         'static void check_d(double got, double want, const char *where, int pos) {',
         '  checks++;',
         '  if (got != want) {',
         '    printf("INTEROP FAIL: %s: argument %d is %.17g, expected %.17g\\n", where, pos, got, want);',
         '    failures++;',
         '  }',
         '}',
         'static void check_l(long got, long want, const char *where, int pos) {',
         '  checks++;',
         '  if (got != want) {',
         '    printf("INTEROP FAIL: %s: argument %d is %ld, expected %ld\\n", where, pos, got, want);',
         '    failures++;',
         '  }',
         '}', '']
    for s in [Shape(*x) for x in SHAPES]:
        L.append('/* %d bytes, align %d */' % (s.size, s.align))
        L.append('%s {' % s.ref)
        for name, kind, n in s.members:
            L.append('  %s %s%s;' % (CTYPE[kind], name, '[%d]' % n if n > 1 else ''))
        L += ['};', '']
        L.append('/* Position pos\'s values in every member. */')
        L.append('static void fill_%s(%s *p, int pos) {' % (s.tag, s.ref))
        L.append('  switch (pos) {')
        for pos in range(MAX_POS):
            L.append('  case %d:' % pos)
            for idx, (path, kind) in enumerate(s.scalars()):
                L.append('    p->%s = %s;' % (path, value(kind, pos, idx)))
            L.append('    break;')
        L += ['  }', '}', '']
        L.append('static int check_%s(%s *p, int pos, const char *where) {' % (s.tag, s.ref))
        L.append('  %s want;' % s.ref)
        L.append('  int ok = 1;')
        L.append('  fill_%s(&want, pos);' % s.tag)
        L.append('  checks++;')
        for path, kind in s.scalars():
            fmt, cast = ('%.17g', '(double)') if kind in FP else ('%ld', '(long)')
            L.append('  if (p->%s != want.%s) {' % (path, path))
            L.append('    printf("INTEROP FAIL: %%s: %s at position %%d: .%s is %s, expected %s\\n", where, pos, %sp->%s, %swant.%s);'
                     % (s.ref, path, fmt, fmt, cast, path, cast, path))
            L.append('    ok = 0;')
            L.append('  }')
        L += ['  failures += !ok;', '  return ok;', '}', '']
        L.append('static double hash_%s(%s v) {' % (s.tag, s.ref))
        L.append('  double h = %d.0;' % s.size)
        for path, kind in s.scalars():
            L.append('  h = h * 1.0625;')
            L.append('  h = h + v.%s;' % path)
        L += ['  return h;', '}', '']
        L.append('struct align_%s { char c; %s t; };' % (s.tag, s.ref))
        L.append('static int layout_%s(void) {' % s.tag)
        L.append('  int ok = sizeof(%s) == %d && offsetof(struct align_%s, t) == %d;' % (s.ref, s.size, s.tag, s.align))
        for name, _, _ in s.members:
            L.append('  ok = ok && offsetof(%s, %s) == %d;' % (s.ref, name, s.offsets[name]))
        L += ['  return ok;', '}', '']
    L.append('static int layouts_ok(const char *side) {')
    L.append('  int ok = 1;')
    for s in [Shape(*x) for x in SHAPES]:
        L.append('  checks++;')
        L.append('  if (!layout_%s()) { fail(side, "layout of %s differs from the psABI\'s, size", (int)sizeof(%s)); ok = 0; }'
                 % (s.tag, s.ref, s.ref))
    L += ['  return ok;', '}', '']
    L += prototypes()
    return '\n'.join(L) + '\n'


def shapes():
    return [Shape(*x) for x in SHAPES]


def ptype(p):
    return p.ref if isinstance(p, Shape) else CTYPE[p]


def spell_params(params):
    return ', '.join('%s a%d' % (ptype(p), i) for i, p in enumerate(params))


def signatures(s):
    """(name, parameters) of the callee's functions for shape s that return a hash."""
    sigs = [('%s_at%d' % (s.tag, k), [s if i == k else SCALAR_KINDS[i] for i in range(8)]) for k in range(8)]
    sigs.append(('%s_xmm7' % s.tag, ['double'] * 7 + [s, 'double']))
    sigs.append(('%s_int5' % s.tag, ['long'] * 5 + [s, 'long']))
    sigs.append(('%s_many' % s.tag, ['double'] * 8 + ['long'] * 6 + [s, s, 'int']))
    return sigs


RET_MANY = ['double'] * 9 + ['long'] * 7 + ['int']


def prototypes():
    L = ['/* The callee\'s functions. */']
    for s in shapes():
        for name, params in signatures(s):
            L.append('double %s(%s);' % (name, spell_params(params)))
        L.append('%s %s_ret(int pos);' % (s.ref, s.tag))
        L.append('%s %s_ret_many(%s);' % (s.ref, s.tag, spell_params(RET_MANY)))
        L.append('%s %s_own(%s v, int pos);' % (s.ref, s.tag, s.ref))
        L.append('double %s_callback(double (*f)(%s, double, int), int pos);' % (s.tag, s.ref))
    for name, params, ret in SCALAR_SIGS:
        L.append('%s %s(%s);' % (ret, name, spell_params(params)))
    L.append('double apply_back(double (*f)(double, float, int, double, double, double, double, '
             'double, double, double, float), double x);')
    L.append('double (*pick_function(int which))(double, int);')
    L.append('double vsum_doubles(int n, ...);')
    L.append('double vmixed(const char *spec, ...);')
    L.append('double vlist(const char *spec, va_list ap);')
    L += ['int callee_failures(void);', 'int callee_checks(void);', 'int callee_layouts_ok(void);', '']
    return L


def hash_lines(params, h, arg):
    """h folded with every argument.  Each multiplication and addition is a
    statement of its own: a compiler may contract a*b+c within one
    expression (clang's default -ffp-contract=on folds constants as an fma),
    never across statements."""
    out = []
    for i, p in enumerate(params):
        out.append('%s = %s * 1.5;' % (h, h))
        if isinstance(p, Shape):
            out.append('%s = %s + hash_%s(%s);' % (h, h, p.tag, arg(i)))
        else:
            out.append('%s = %s + %s;' % (h, h, arg(i)))
    return out


def check_scalar(kind, got, pos, where):
    if kind in FP:
        return 'check_d(%s, %s, "%s", %d);' % (got, value(kind, pos, 0), where, pos)
    return 'check_l(%s, %s, "%s", %d);' % (got, value(kind, pos, 0), where, pos)


def callee(broken):
    out = ['/* fcallee.c: written by gen_float_pairs.py.  Every function checks each',
           ' * value it received and returns a hash of them. */',
           '#include "fshapes.h"', '']
    for s in shapes():
        t = s.tag
        for name, params in signatures(s):
            out.append('double %s(%s) {' % (name, spell_params(params)))
            for i, p in enumerate(params):
                if isinstance(p, Shape):
                    if broken == t and name == '%s_at3' % t:
                        path, kind = s.scalars()[0]
                        out.append('  a%d.%s = -a%d.%s;   /* --break */' % (i, path, i, path))
                    out.append('  check_%s(&a%d, %d, "%s");' % (t, i, i, name))
                else:
                    out.append('  ' + check_scalar(p, 'a%d' % i, i, name))
            out.append('  double h = 0.5;')
            out += ['  ' + l for l in hash_lines(params, 'h', lambda i: 'a%d' % i)]
            out += ['  return h;', '}', '']
        out += ['%s %s_ret(int pos) {' % (s.ref, t),
                '  %s v;' % s.ref,
                '  fill_%s(&v, pos);' % t,
                '  return v;',
                '}', '',
                '/* Nine doubles, seven longs and the position: for MEMORY results the',
                ' * hidden pointer takes %rdi and the last long goes on the stack. */',
                '%s %s_ret_many(%s) {' % (s.ref, t, spell_params(RET_MANY)),
                '  %s v;' % s.ref]
        for i, k in enumerate(RET_MANY[:-1]):
            out.append('  ' + check_scalar(k, 'a%d' % i, i, '%s_ret_many' % t))
        out += ['  fill_%s(&v, a%d);' % (t, len(RET_MANY) - 1),
                '  return v;',
                '}', '',
                '/* v is this function\'s own copy: writing it leaves the caller\'s alone. */',
                '%s %s_own(%s v, int pos) {' % (s.ref, t, s.ref),
                '  check_%s(&v, pos, "%s_own");' % (t, t),
                '  fill_%s(&v, pos + 1);' % t,
                '  return v;',
                '}', '',
                'double %s_callback(double (*f)(%s, double, int), int pos) {' % (t, s.ref),
                '  %s v;' % s.ref,
                '  fill_%s(&v, pos);' % t,
                '  double r = f(v, pos * 0.75 + %s, pos);' % TINY,
                '  r = r * 2.0;',
                '  return r + hash_%s(v);' % t,
                '}', '']
    for name, params, ret in SCALAR_SIGS:
        out.append('%s %s(%s) {' % (ret, name, spell_params(params)))
        for i, p in enumerate(params):
            out.append('  ' + check_scalar(p, 'a%d' % i, i, name))
        out.append('  double h = 0.5;')
        out += ['  ' + l for l in hash_lines(params, 'h', lambda i: 'a%d' % i)]
        out += ['  return (%s)h;' % ret, '}', '']
    out += ['/* Calls the caller back with eleven floating arguments (one on the stack). */',
            'double apply_back(double (*f)(double, float, int, double, double, double, double,',
            '                              double, double, double, float), double x) {',
            '  check_d(x, %s, "apply_back", 0);' % value('double', 0, 0),
            '  return 0.5 * f(x, %s, 7, %s);' % (value('float', 1, 0), ', '.join(
                [value('double', i, 0) for i in range(3, 10)] + [value('float', 10, 0)])),
            '}', '',
            'static double scale_by(double x, int k) { return x * k; }',
            'static double shift_by(double x, int k) { return x + k; }',
            '/* A function pointer returned, to a function returning a double. */',
            'double (*pick_function(int which))(double, int) {',
            '  return which ? shift_by : scale_by;',
            '}', '',
            '/* n doubles through ..., more than eight: the rest from the overflow area. */',
            'double vsum_doubles(int n, ...) {',
            '  va_list ap;',
            '  double h = 0.5;',
            '  va_start(ap, n);',
            '  for (int i = 0; i < n; i++) {',
            '    double d = va_arg(ap, double);',
            '    h = h * 1.5;',
            '    h = h + d;',
            '  }',
            '  va_end(ap);',
            '  return h;',
            '}', '',
            '/* d: double (or a promoted float), i: int, l: long, D: struct dd, I: struct di. */',
            'double vlist(const char *spec, va_list ap) {',
            '  double h = 0.5;',
            '  for (const char *p = spec; *p; p++) {',
            '    h = h * 1.5;',
            "    if (*p == 'd') h = h + va_arg(ap, double);",
            "    else if (*p == 'i') h = h + va_arg(ap, int);",
            "    else if (*p == 'l') h = h + va_arg(ap, long);",
            "    else if (*p == 'D') h = h + hash_dd(va_arg(ap, struct dd));",
            "    else h = h + hash_di(va_arg(ap, struct di));",
            '  }',
            '  return h;',
            '}', '',
            'double vmixed(const char *spec, ...) {',
            '  va_list ap;',
            '  va_start(ap, spec);',
            '  double h = vlist(spec, ap);',
            '  va_end(ap);',
            '  return h;',
            '}', '',
            'int callee_failures(void) { return failures; }',
            'int callee_checks(void) { return checks; }',
            'int callee_layouts_ok(void) { return layouts_ok("callee"); }', '']
    return '\n'.join(out)


def caller():
    out = ['/* fcaller.c: written by gen_float_pairs.py.  Calls every function of',
           ' * fcallee.c and checks its result and the objects it passed. */',
           '#include "fshapes.h"', '',
           'static void expect(double got, double want, const char *where) {',
           '  checks++;',
           '  if (got != want) {',
           '    printf("INTEROP FAIL: %s returned %.17g, expected %.17g\\n", where, got, want);',
           '    failures++;',
           '  }',
           '}', '']
    for s in shapes():
        out += ['static double back_%s(%s v, double d, int pos) {' % (s.tag, s.ref),
                '  check_%s(&v, pos, "back_%s");' % (s.tag, s.tag),
                '  check_d(d, pos * 0.75 + %s, "back_%s double", (int)pos);' % (TINY, s.tag),
                '  double r = hash_%s(v) * 3.0;' % s.tag,
                '  return r + d;',
                '}', '']
    out += ['static double back_eleven(double a, float b, int c, double d, double e, double f, double g,',
            '                          double h, double i, double j, float k) {',
            '  double r = 0.5;',
            '  check_d(a, %s, "back_eleven", 0);' % value('double', 0, 0),
            '  check_d(b, %s, "back_eleven", 1);' % value('float', 1, 0),
            '  check_l(c, 7, "back_eleven", 2);']
    for i, n in enumerate('defghij'):
        out.append('  check_d(%s, %s, "back_eleven", %d);' % (n, value('double', i + 3, 0), i + 3))
    out += ['  check_d(k, %s, "back_eleven", 10);' % value('float', 10, 0),
            '  r = r * 1.5; r = r + a; r = r * 1.5; r = r + b; r = r * 1.5; r = r + c;',
            '  r = r * 1.5; r = r + d; r = r * 1.5; r = r + e; r = r * 1.5; r = r + f;',
            '  r = r * 1.5; r = r + g; r = r * 1.5; r = r + h; r = r * 1.5; r = r + i;',
            '  r = r * 1.5; r = r + j; r = r * 1.5; r = r + k;',
            '  return r;',
            '}', '']
    out.append('int main(void) {')
    out.append('  layouts_ok("caller");')
    out.append('  callee_layouts_ok();')
    for s in shapes():
        t = s.tag
        out.append('  {')
        out.append('    /* %s: %d bytes */' % (s.ref, s.size))
        out.append('    %s s[%d];' % (s.ref, MAX_POS))
        out.append('    for (int i = 0; i < %d; i++)' % MAX_POS)
        out.append('      fill_%s(&s[i], i);' % t)
        for name, params in signatures(s):
            args = [('s[%d]' % i) if isinstance(p, Shape) else value(p, i, 0) for i, p in enumerate(params)]
            out.append('    {')
            out.append('      double want = 0.5;')
            out += ['      ' + l for l in hash_lines(params, 'want', lambda i: args[i])]
            out.append('      expect(%s(%s), want, "%s");' % (name, ', '.join(args), name))
            out.append('    }')
        out.append('    for (int i = 0; i < %d; i++)' % MAX_POS)
        out.append('      check_%s(&s[i], i, "caller\'s own %s after the calls");' % (t, s.ref))
        many_args = ', '.join(value(k, i, 0) for i, k in enumerate(RET_MANY[:-1]))
        out += ['    %s r = %s_ret(5);' % (s.ref, t),
                '    check_%s(&r, 5, "%s_ret");' % (t, t),
                '    r = %s_ret_many(%s, 6);' % (t, many_args),
                '    check_%s(&r, 6, "%s_ret_many");' % (t, t),
                '    expect(hash_%s(%s_ret(7)), hash_%s(s[7]), "%s_ret hashed");' % (t, t, t, t),
                '    r = %s_own(s[2], 2);' % t,
                '    check_%s(&r, 3, "%s_own result");' % (t, t),
                '    check_%s(&s[2], 2, "caller\'s argument of %s_own");' % (t, t),
                '    double want = hash_%s(s[4]) * 3.0;' % t,
                '    want = want + (4 * 0.75 + %s);' % TINY,
                '    want = want * 2.0;',
                '    want = want + hash_%s(s[4]);' % t,
                '    expect(%s_callback(back_%s, 4), want, "%s_callback");' % (t, t, t),
                '  }']
    for name, params, ret in SCALAR_SIGS:
        args = [value(p, i, 0) for i, p in enumerate(params)]
        out.append('  {')
        out.append('    double want = 0.5;')
        out += ['    ' + l for l in hash_lines(params, 'want', lambda i: args[i])]
        out.append('    expect(%s(%s), (%s)want, "%s");' % (name, ', '.join(args), ret, name))
        out.append('  }')
    out += ['  expect(apply_back(back_eleven, %s), back_eleven(%s, %s, 7, %s) * 0.5, "apply_back");'
            % (value('double', 0, 0), value('double', 0, 0), value('float', 1, 0),
               ', '.join([value('double', i, 0) for i in range(3, 10)] + [value('float', 10, 0)])),
            '  expect(pick_function(0)(2.5, 3), 7.5, "pick_function(0)");',
            '  expect(pick_function(1)(2.5, 3), 5.5, "pick_function(1)");']
    # variadic: doubles beyond the eight vector registers, mixed with ints and structs
    for n in (1, 3, 8, 9, 14):
        vals = [value('double', i, 2) for i in range(n)]
        out.append('  {')
        out.append('    double want = 0.5;')
        for v in vals:
            out += ['    want = want * 1.5;', '    want = want + %s;' % v]
        out.append('    expect(vsum_doubles(%d, %s), want, "vsum_doubles(%d)");' % (n, ', '.join(vals), n))
        out.append('  }')
    for spec in ('dif', 'ddddddddddi', 'lidDIdfd', 'DDDDdI', 'iiiiiiiddddddddddl', 'fIfIfDfD'):
        vals, terms = [], []
        for i, c in enumerate(spec):
            if c == 'd':
                v = value('double', i, 3)
                vals.append(v), terms.append(v)
            elif c == 'f':   # a float argument: promoted to double by the call
                v = value('float', i, 3)
                vals.append(v), terms.append('(double)' + v)
            elif c == 'i':
                v = value('int', i, 3)
                vals.append(v), terms.append(v)
            elif c == 'l':
                v = value('long', i, 3)
                vals.append(v), terms.append(v)
            elif c == 'D':
                vals.append('s_dd[%d]' % (i % 10)), terms.append('hash_dd(s_dd[%d])' % (i % 10))
            else:
                vals.append('s_di[%d]' % (i % 10)), terms.append('hash_di(s_di[%d])' % (i % 10))
        out.append('  {')
        out.append('    struct dd s_dd[10];')
        out.append('    struct di s_di[10];')
        out.append('    double want = 0.5;')
        out.append('    for (int i = 0; i < 10; i++) { fill_dd(&s_dd[i], i); fill_di(&s_di[i], i); }')
        for x in terms:
            out += ['    want = want * 1.5;', '    want = want + %s;' % x]
        out.append('    expect(vmixed("%s", %s), want, "vmixed(%s)");' % (spec.replace('f', 'd'), ', '.join(vals), spec))
        out.append('  }')
    out += ['  failures += callee_failures();',
            '  checks += callee_checks();',
            '  printf("interop: %d checks, %d failed\\n", checks, failures);',
            '  return failures != 0;',
            '}', '']
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--out', required=True, help='directory for fshapes.h, fcallee.c and fcaller.c')
    ap.add_argument('--break', dest='broken', metavar='SHAPE',
                    help='make SHAPE_at3 in fcallee.c negate its first member before checking it')
    args = ap.parse_args(argv)
    if args.broken and args.broken not in [t for t, _ in SHAPES]:
        ap.error('no shape %r (shapes: %s)' % (args.broken, ', '.join(t for t, _ in SHAPES)))
    os.makedirs(args.out, exist_ok=True)
    for name, text in (('fshapes.h', header()), ('fcallee.c', callee(args.broken)), ('fcaller.c', caller())):
        with open(os.path.join(args.out, name), 'w') as f:
            f.write(text)


if __name__ == '__main__':
    main()
