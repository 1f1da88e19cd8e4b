#!/usr/bin/env python3
"""Writes a caller/callee pair of C files that pass structs across a call.

    gen_abi_pairs.py --out DIR [--break SHAPE]

DIR gets three files:

  shapes.h   the struct and union shapes (1 to 32 bytes, mixed member sizes,
             arrays, padding, unions, nested structs), and static helpers that
             each side compiles with its own compiler: fill_S writes the byte
             pattern of an argument position into every member byte, check_S
             checks every member byte against it, hash_S hashes the members
             read as members, layout_S checks sizeof and offsetof.
  callee.c   for each shape S: S_at0 ... S_at7 (S in every position among
             eight parameters), S_edge5 (five longs, S, a long: the 6-register
             boundary), S_four (four S), S_many (after six longs: all on the
             stack), S_ret and S_ret_many (S returned, with the hidden pointer
             ahead of seven longs for the large ones), S_own (changes its copy
             and returns another S) and S_callback (calls the caller back
             through a function pointer with an S).  Each checks every byte it
             received and returns a hash of it.
  caller.c   main: makes each call, checks the result against the hash of
             what it passed (computed by its own compiler) and that its own
             objects are unchanged; prints one line per failure and
             "interop: N checks, K failed", exits 1 if K > 0.

Build one file with the system cc and the other with the compiler under test,
then the other way round (see README.md).  --break S makes S_at3 in callee.c
corrupt one byte of what it received, to see the harness fail.

The rules come from the System V AMD64 psABI, 3.2.3: a struct of at most 16
bytes is split into eightbytes classed INTEGER (only integer members here)
and passed in the next free of %rdi %rsi %rdx %rcx %r8 %r9, or, if not
enough registers are left for all its eightbytes, entirely on the stack, and
later arguments still take the registers; a larger one is MEMORY, copied to
the stack.  Returned: up to 16 bytes in %rax:%rdx, larger ones in memory
whose address the caller passes in %rdi and the callee returns in %rax.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'difftest'))
from gen_structs import Agg, Array, Scalar  # noqa: E402
from gen_types import (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG,  # noqa: E402
                       ULONG, LLONG)


def struct(tag, *members):
    return Agg('struct', tag, list(members))


def union(tag, *members):
    return Agg('union', tag, list(members))


def S(name, ct):
    return (name, Scalar(ct))


def A(name, ct, n):
    return (name, Array(Scalar(ct), n))


INNER = struct('inner', S('s', SHORT), S('c', CHAR))          # 4 bytes, 1 padding
PAIR = struct('pair', S('c', CHAR), S('i', INT))               # 8 bytes, 3 padding

# Unions are written and read through their first member (C11 6.5.2.3), so
# that member decides which bytes are meaningful.
SHAPES = [
    struct('c1', S('a', CHAR)),                                        # 1
    struct('cs', S('a', SCHAR), S('b', SHORT)),                        # 4, padding
    struct('c3', A('a', UCHAR, 3)),                                    # 3
    struct('s3', S('a', SHORT), S('b', USHORT), S('c', SHORT)),        # 6
    struct('c7', A('a', CHAR, 7)),                                     # 7
    PAIR,                                                              # 8
    struct('l1', S('a', LONG)),                                        # 8
    struct('c9', A('a', CHAR, 9)),                                     # 9: two eightbytes
    struct('i3', S('a', INT), S('b', UINT), S('c', INT)),              # 12
    struct('nest', ('p', PAIR), S('s', SHORT)),                        # 12, nested
    struct('deep', S('a', CHAR), ('in', INNER), S('d', INT), S('e', UCHAR)),  # 16
    struct('cl', S('a', CHAR), S('b', LONG)),                          # 16, 7 padding
    struct('sa', A('a', SHORT, 3), S('b', INT), S('c', ULONG)),        # 24: memory
    struct('ll', S('a', LLONG), S('b', ULONG)),                        # 16
    struct('c17', A('a', CHAR, 17)),                                   # 17
    struct('i5', A('a', INT, 5)),                                      # 20
    struct('mix24', S('a', CHAR), S('b', INT), S('c', LONG), S('d', SHORT)),  # 24
    struct('l4', A('a', ULONG, 4)),                                    # 32
    struct('mix32', S('a', INT), A('b', CHAR, 5), S('c', LONG), A('d', SHORT, 3)),  # 32
    union('ul', S('l', LONG), S('i', INT), A('c', CHAR, 8)),           # 8
    union('u12', A('c', UCHAR, 11), S('i', INT)),                      # 12
    struct('withu', S('t', SHORT), ('u', union('u2', S('i', INT), A('c', CHAR, 3))), S('z', CHAR)),  # 12
    union('ubig', ('m', struct('m3', S('a', LONG), S('b', INT), S('c', SHORT))), S('l', LONG)),  # 16
]
# The scalar parameters beside the structs, one type per position.
SCALAR_TYPES = [LONG, INT, CHAR, SHORT, UINT, LONG, UCHAR, INT]


def member_bytes(t, base=0):
    """(offset, member path, type) of every scalar; a union only through its first member."""
    out = []
    if isinstance(t, Scalar):
        return [(base, '', t)]
    if isinstance(t, Array):
        for i in range(t.n):
            out += [(o, '[%d]%s' % (i, p), s) for o, p, s in member_bytes(t.elem, base + i * t.elem.size)]
        return out
    members = t.members[:1] if t.kind == 'union' else t.members
    for name, mt in members:
        out += [(o, '.%s%s' % (name, p), s) for o, p, s in member_bytes(mt, base + t.offsets[name])]
    return out


def scalar_value(ct, pos):
    """A value of type ct for scalar argument position pos, and its C literal."""
    v = (pos + 1) * 1000003 * (1 if pos % 2 else -1) + 7
    lo, hi = (0, 127) if ct is CHAR else (ct.min, ct.max)
    span = hi - lo + 1
    v = (v - lo) % span + lo
    suffix = 'L' if ct.bits == 64 else ''
    return v, '(%d%s)' % (v, suffix) if v < 0 else '%d%s' % (v, suffix)


def nested_types(t, seen):
    """The named aggregates t depends on, innermost first, each once."""
    out = []
    for _, mt in t.members:
        while isinstance(mt, Array):
            mt = mt.elem
        if isinstance(mt, Agg) and mt.tag not in seen:
            out += nested_types(mt, seen)
    if t.tag not in seen:
        seen.add(t.tag)
        out.append(t)
    return out


def header():
    lines = ['/* shapes.h: written by gen_abi_pairs.py; included by callee.c and caller.c,',
             ' * whose compilers each compile the static helpers below for themselves. */',
             '#include <stddef.h>', '#include <stdio.h>', '']
    seen = set()
    for shape in SHAPES:
        for t in nested_types(shape, seen):
            lines.append('%s {' % t.ref)
            lines += t.body(1)
            lines += ['};', '']
    lines += [
        '/* The byte that argument position pos puts at offset off: different for',
        ' * every position and offset, so a swapped or shifted argument shows. */',
        'static unsigned char pattern(int pos, int off) {',
        '  return (unsigned char)(pos * 29 + off * 7 + 1);',
        '}', '',
        'static int failures;',
        'static int checks;', '',
        '/* One failed check: a line naming it, counted once. */',
        'static void fail(const char *where, const char *what, int detail) {',
        '  printf("INTEROP FAIL: %s: %s %d\\n", where, what, detail);',
        '  failures++;',
        '}', '']
    for t in SHAPES:
        tag, ref = t.tag, t.ref
        bytes_ = sorted(set(o + i for o, _, s in member_bytes(t) for i in range(s.size)))
        offs = ', '.join(str(b) for b in bytes_)
        lines.append('/* %s: %d bytes, align %d; meaningful bytes: %s */' % (ref, t.size, t.align, offs))
        lines.append('static const unsigned char %s_bytes[%d] = {%s};' % (tag, len(bytes_), offs))
        lines += [
            'static void fill_%s(%s *p, int pos) {' % (tag, ref),
            '  unsigned char *b = (unsigned char *)p;',
            '  for (int i = 0; i < %d; i++)' % t.size,
            '    b[i] = 0xee;   /* padding: anything */',
            '  for (int i = 0; i < %d; i++)' % len(bytes_),
            '    b[%s_bytes[i]] = pattern(pos, %s_bytes[i]);' % (tag, tag),
            '}', '',
            '/* 1 if every meaningful byte of *p is position pos\'s; else one failure. */',
            'static int check_%s(%s *p, int pos, const char *where) {' % (tag, ref),
            '  unsigned char *b = (unsigned char *)p;',
            '  checks++;',
            '  for (int i = 0; i < %d; i++) {' % len(bytes_),
            '    int off = %s_bytes[i];' % tag,
            '    if (b[off] != pattern(pos, off)) {',
            '      printf("INTEROP FAIL: %%s: %s at position %%d: byte %%d is 0x%%02x, expected 0x%%02x\\n",' % ref,
            '             where, pos, off, b[off], pattern(pos, off));',
            '      failures++;',
            '      return 0;',
            '    }',
            '  }',
            '  return 1;',
            '}', '',
            '/* The members read as members (a union through its first one). */',
            'static unsigned long hash_%s(%s v) {' % (tag, ref),
            '  unsigned long h = %d;' % t.size]
        for _, path, _ in member_bytes(t):
            lines.append('  h = h * 31 + (unsigned long)v%s;' % path)
        lines += ['  return h;', '}', '',
                  '/* The alignment is the offset of a member after one char. */',
                  'struct align_%s { char c; %s t; };' % (tag, ref),
                  'static int layout_%s(void) {' % tag,
                  '  int ok = sizeof(%s) == %d && offsetof(struct align_%s, t) == %d;' % (ref, t.size, tag, t.align)]
        for name, _ in t.members:
            lines.append('  ok = ok && offsetof(%s, %s) == %d;' % (ref, name, t.offsets[name]))
        lines += ['  return ok;', '}', '']
    lines.append('static int layouts_ok(const char *side) {')
    lines.append('  int ok = 1;')
    for t in SHAPES:
        lines.append('  if (!layout_%s()) { fail(side, "layout of %s differs from the psABI\'s, size", (int)sizeof(%s)); ok = 0; }'
                     % (t.tag, t.ref, t.ref))
    lines += ['  return ok;', '}', '']
    lines += prototypes()
    return '\n'.join(lines) + '\n'


def at_params(t, k):
    """Eight parameters, the struct at position k, scalars elsewhere."""
    return [t if i == k else SCALAR_TYPES[i] for i in range(8)]


def signatures(t):
    """(name, parameter types) of the callee's functions for t that return a hash."""
    tag = t.tag
    sigs = [('%s_at%d' % (tag, k), at_params(t, k)) for k in range(8)]
    sigs.append(('%s_edge5' % tag, [LONG] * 5 + [t, LONG]))
    sigs.append(('%s_four' % tag, [t, t, t, t, INT]))
    sigs.append(('%s_many' % tag, [LONG] * 6 + [t, t, INT]))
    return sigs


def spell_params(params):
    return ', '.join(('%s a%d' % (p.ref, i)) if isinstance(p, Agg) else '%s a%d' % (p.name, i)
                     for i, p in enumerate(params))


def prototypes():
    lines = ['/* The callee\'s functions. */']
    for t in SHAPES:
        for name, params in signatures(t):
            lines.append('unsigned long %s(%s);' % (name, spell_params(params)))
        lines.append('%s %s_ret(int pos);' % (t.ref, t.tag))
        lines.append('%s %s_ret_many(long a, long b, long c, long d, long e, long f, long g, int pos);'
                     % (t.ref, t.tag))
        lines.append('%s %s_own(%s v, int pos);' % (t.ref, t.tag, t.ref))
        lines.append('unsigned long %s_callback(unsigned long (*f)(%s, long), int pos);' % (t.tag, t.ref))
    lines += ['int callee_failures(void);', 'int callee_checks(void);', 'int callee_layouts_ok(void);', '']
    return lines


def hash_lines(params, h, arg_name):
    """Fold every argument into h, in order, as both sides do."""
    out = []
    for i, p in enumerate(params):
        if isinstance(p, Agg):
            out.append('  %s = %s * 131 + hash_%s(%s);' % (h, h, p.tag, arg_name(i)))
        else:
            out.append('  %s = %s * 131 + (unsigned long)%s;' % (h, h, arg_name(i)))
    return out


def callee(broken):
    out = ['/* callee.c: written by gen_abi_pairs.py.  Every function checks each byte',
           ' * it received (check_S) and each scalar, and returns a hash of them. */',
           '#include "shapes.h"', '']
    for t in SHAPES:
        tag, ref = t.tag, t.ref
        for name, params in signatures(t):
            out.append('unsigned long %s(%s) {' % (name, spell_params(params)))
            for i, p in enumerate(params):
                if isinstance(p, Agg):
                    if broken == tag and name == '%s_at3' % tag:
                        out.append('  ((unsigned char *)&a%d)[%s_bytes[0]] ^= 1;   /* --break */' % (i, tag))
                    out.append('  check_%s(&a%d, %d, "%s");' % (p.tag, i, i, name))
                else:
                    _, lit = scalar_value(p, i)
                    out.append('  checks++;')
                    out.append('  if (a%d != %s) fail("%s", "wrong scalar at position", %d);' % (i, lit, name, i))
            out.append('  unsigned long h = 5381;')
            out += hash_lines(params, 'h', lambda i: 'a%d' % i)
            out += ['  return h;', '}', '']
        out += ['%s %s_ret(int pos) {' % (ref, tag),
                '  %s v;' % ref,
                '  fill_%s(&v, pos);' % tag,
                '  return v;',
                '}', '',
                '/* Seven longs and a struct result: for the large shapes the hidden',
                ' * pointer takes %rdi, so the sixth and seventh long go on the stack. */',
                '%s %s_ret_many(long a, long b, long c, long d, long e, long f, long g, int pos) {' % (ref, tag),
                '  %s v;' % ref,
                '  checks++;',
                '  if (a != 1 || b != 2 || c != 3 || d != 4 || e != 5 || f != 6 || g != 7)',
                '    fail("%s_ret_many", "wrong long arguments, sum", (int)(a + b + c + d + e + f + g));' % tag,
                '  fill_%s(&v, pos);' % tag,
                '  return v;',
                '}', '',
                '/* v is this function\'s own copy: writing it must leave the caller\'s alone. */',
                '%s %s_own(%s v, int pos) {' % (ref, tag, ref),
                '  check_%s(&v, pos, "%s_own");' % (tag, tag),
                '  fill_%s(&v, pos + 1);' % tag,
                '  return v;',
                '}', '',
                'unsigned long %s_callback(unsigned long (*f)(%s, long), int pos) {' % (tag, ref),
                '  %s v;' % ref,
                '  fill_%s(&v, pos);' % tag,
                '  return f(v, pos) ^ hash_%s(v);' % tag,
                '}', '']
    out += ['int callee_failures(void) { return failures; }',
            'int callee_checks(void) { return checks; }',
            'int callee_layouts_ok(void) { return layouts_ok("callee"); }', '']
    return '\n'.join(out)


def caller():
    out = ['/* caller.c: written by gen_abi_pairs.py.  Calls every function of',
           ' * callee.c and checks its result and the objects it passed. */',
           '#include "shapes.h"', '']
    for t in SHAPES:
        tag, ref = t.tag, t.ref
        out += ['/* Called back by %s_callback with an %s of position pos. */' % (tag, ref),
                'static unsigned long back_%s(%s v, long pos) {' % (tag, ref),
                '  check_%s(&v, (int)pos, "back_%s");' % (tag, tag),
                '  return hash_%s(v) * 3 + (unsigned long)pos;' % tag,
                '}', '']
    out += ['static void expect(unsigned long got, unsigned long want, const char *where) {',
            '  checks++;',
            '  if (got != want) {',
            '    printf("INTEROP FAIL: %s returned 0x%lx, expected the hash 0x%lx of what was passed\\n", where, got, want);',
            '    failures++;',
            '  }',
            '}', '']
    out.append('int main(void) {')
    out.append('  layouts_ok("caller");')
    out.append('  callee_layouts_ok();')
    for t in SHAPES:
        tag, ref = t.tag, t.ref
        out.append('  {')
        out.append('    /* %s: %d bytes */' % (ref, t.size))
        out.append('    %s s[8];' % ref)
        out.append('    for (int i = 0; i < 8; i++)')
        out.append('      fill_%s(&s[i], i);' % tag)
        for name, params in signatures(t):
            args = []
            for i, p in enumerate(params):
                args.append('s[%d]' % i if isinstance(p, Agg) else scalar_value(p, i)[1])
            out.append('    {')
            out.append('      unsigned long want = 5381;')
            out += ['    ' + l for l in hash_lines(params, 'want', lambda i: args[i])]
            out.append('      expect(%s(%s), want, "%s");' % (name, ', '.join(args), name))
            out.append('    }')
        out.append('    for (int i = 0; i < 8; i++)')
        out.append('      check_%s(&s[i], i, "caller\'s own %s after the calls");' % (tag, ref))
        out += ['    %s r = %s_ret(5);' % (ref, tag),
                '    check_%s(&r, 5, "%s_ret");' % (tag, tag),
                '    r = %s_ret_many(1, 2, 3, 4, 5, 6, 7, 6);' % tag,
                '    check_%s(&r, 6, "%s_ret_many");' % (tag, tag),
                '    checks++;',
                '    if (hash_%s(%s_ret(7)) != hash_%s(s[7])) fail("%s_ret", "members differ from the caller\'s, size", %d);'
                % (tag, tag, tag, tag, t.size),
                '    r = %s_own(s[2], 2);' % tag,
                '    check_%s(&r, 3, "%s_own result");' % (tag, tag),
                '    check_%s(&s[2], 2, "caller\'s argument of %s_own");' % (tag, tag),
                '    expect(%s_callback(back_%s, 4), (hash_%s(s[4]) * 3 + 4) ^ hash_%s(s[4]), "%s_callback");'
                % (tag, tag, tag, tag, tag),
                '  }']
    out += ['  failures += callee_failures();',
            '  checks += callee_checks();',
            '  printf("interop: %d checks, %d failed\\n", checks, failures);',
            '  return failures != 0;',
            '}', '']
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--out', required=True, help='directory for shapes.h, callee.c and caller.c')
    ap.add_argument('--break', dest='broken', metavar='SHAPE',
                    help='make SHAPE_at3 in callee.c flip a bit of its struct argument')
    args = ap.parse_args(argv)
    if args.broken and args.broken not in [t.tag for t in SHAPES]:
        ap.error('no shape %r (shapes: %s)' % (args.broken, ', '.join(t.tag for t in SHAPES)))
    os.makedirs(args.out, exist_ok=True)
    for name, text in (('shapes.h', header()), ('callee.c', callee(args.broken)), ('caller.c', caller())):
        with open(os.path.join(args.out, name), 'w') as f:
            f.write(text)


if __name__ == '__main__':
    main()
