"""Structs, unions and struct values for gen_program.py (issue 10).

Imported by gen_program.py; with the feature `structs` on, `StructGen` adds
a self-contained part to the program: struct and union types, functions that
fill, hash, build and pass them, a few `st_runN` functions that exercise
them, and lines for main that print and fold each run's hash into `chk`.
With the feature off it is never called (not one more random draw), so the
other feature sets give the very same programs as before.

The integer types are gen_types.py's (`CType`: name, width, signedness,
printf conversions).  How the struct code stays free of undefined and
implementation-defined behaviour:

* Hashing is unsigned.  Every value computed is an `unsigned long` (wraps by
  definition, C11 6.2.5p9); members are read into it with a cast, which is
  well-defined for negative values too (6.3.1.3p2).  Shifts are by
  constants below 64 of unsigned values.  No division.
* Stores into signed members only ever convert values that fit
  (6.3.1.3p3 would make anything else implementation-defined): a signed
  member of width b gets `(T)((long)(x % 2^(b-1)) - 2^(b-2))`, plain char
  gets `x % 128`, so its signedness never matters.  Constants in
  initialisers lie inside the member's range.
* Nothing is read before it is written: every struct object is initialised
  where it is declared (a braced initialiser, whose missing members are
  zero, 6.7.9p21; a fill function; a copy; a returned value), or filled on
  the next line.
* Unions are read only through the member last written (6.5.2.3p3 and
  footnote 95 would allow more, but the bytes are not all specified).  A
  union inside a struct comes with a tag member `uN_tag` that names its
  active member; a union object on its own is filled and hashed with the
  member number as an argument.
* Pointers point at objects that outlive them: struct locals of the same
  run, elements of arrays (indices in range), globals; a chain of `next`
  pointers ends in a null pointer.  Padding is never read (no memcmp).
* Calls in one full expression are pure (they read their arguments and
  return a value); fill functions and printf are statements of their own,
  so the order of evaluation of arguments never matters.
"""
from gen_types import (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG,
                       LLONG, ULLONG, SIZEOF)

# The feature's name; the preset of the same name (gen_program.PRESETS) is
# 'types' plus it, since the members have every integer type.
STRUCT_FEATURES = ('structs',)
SCALARS = (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG, ULLONG)
# Members of the small structs (1 to 8 bytes, packed into one register).
NARROW = (CHAR, SCHAR, UCHAR, SHORT, USHORT, INT)
# Structs passed and returned by value: up to 40 bytes (two eightbytes in
# registers, larger ones in memory: System V ABI 3.2.3).
MAX_BY_VALUE = 40


# ---------------------------------------------------------------- the types

class Scalar:
    def __init__(self, ct):
        self.ct = ct
        self.size = self.align = SIZEOF[ct.bits]

    def spell(self, name):
        return '%s %s' % (self.ct.name, name)


class Array:
    def __init__(self, elem, n):
        self.elem, self.n = elem, n
        self.size, self.align = elem.size * n, elem.align

    def spell(self, name):
        return self.elem.spell('%s[%d]' % (name, self.n))


class Pointer:
    """A pointer to a struct (only `next` members of chain types)."""
    size = align = 8

    def __init__(self, target):
        self.target = target

    def spell(self, name):
        return '%s *%s' % (self.target.ref, name)


class Agg:
    """A struct or union.  `ref` is how code names it ('struct st3', 'ST3');
    an untagged type without a typedef has none and is only ever spelled in
    full where its member is declared."""

    def __init__(self, kind, tag, members):
        self.kind, self.tag, self.members = kind, tag, members   # [(name, type)]
        self.ref = '%s %s' % (kind, tag) if tag else None
        self.typedef = None
        self.chain = False            # has a `next` pointer to its own type
        self.lay_out()

    def lay_out(self):
        """Sizes and offsets as the System V ABI lays them out (3.1.2)."""
        off, align = 0, 1
        self.offsets = {}
        for name, t in self.members:
            align = max(align, t.align)
            if self.kind == 'struct':
                off = (off + t.align - 1) // t.align * t.align
                self.offsets[name] = off
                off += t.size
            else:
                self.offsets[name] = 0
                off = max(off, t.size)
        self.align = align
        self.size = (off + align - 1) // align * align

    def named(self):
        return self.ref is not None

    def body(self, indent):
        pad = '  ' * indent
        lines = []
        for name, t in self.members:
            if isinstance(t, Agg) and not t.named():
                lines.append('%s%s {' % (pad, t.kind))
                lines += t.body(indent + 1)
                lines.append('%s} %s;' % (pad, name))
            else:
                lines.append('%s%s;' % (pad, t.spell(name)))
        return lines

    def spell(self, name):
        return '%s %s' % (self.ref, name)


def tag_of(name):
    """The tag member that names a union member's active member."""
    return name + '_tag'


# ---------------------------------------------------------------- the generator

class StructGen:
    def __init__(self, gen):
        self.g = gen
        self.rng = gen.rng
        self.types = []           # named aggregates, in definition order
        self.count = 0
        self.narrow = False       # while making a small struct
        self.file_lines = []
        self.run_names = []

    def fresh(self, prefix):
        self.count += 1
        return '%s%d' % (prefix, self.count)

    # ------------------------------------------------------------ values

    def mix(self, seed):
        """An unsigned long expression derived from the C expression seed."""
        rng = self.rng
        k = rng.choice([3, 5, 7, 31, 131, 65599, 2654435761, 11400714819323198485])
        c = rng.randint(0, 1 << 20)
        form = rng.random()
        if form < 0.4:
            return '(%s * %dUL + %dUL)' % (seed, k, c)
        if form < 0.7:
            return '((%s ^ %dUL) * %dUL)' % (seed, c, k)
        return '((%s * %dUL) >> %d)' % (seed, k, rng.randint(1, 40))

    def convert(self, ct, expr):
        """expr (an unsigned long) converted to ct without an
        implementation-defined conversion."""
        if ct is CHAR:
            return '(char)(%s %% 128)' % expr
        if not ct.signed:
            return '(%s)%s' % (ct.name, expr) if self.rng.random() < 0.6 else expr
        half = 1 << (ct.bits - 2)
        return '(%s)((long)(%s %% %dUL) - %dL)' % (ct.name, expr, 2 * half, half)

    def constant(self, ct):
        """A literal that fits ct, for initialisers."""
        rng = self.rng
        if ct is CHAR:
            return str(rng.randint(0, 127))
        lo = max(ct.min, -(1 << 40))
        hi = min(ct.max, 1 << 40)
        if rng.random() < 0.3:
            lo, hi = max(ct.min, -100), min(ct.max, 100)
        v = rng.randint(lo, hi)
        if ct.bits == 64 and abs(v) > 2147483647:
            return '%d%s' % (v, 'UL' if not ct.signed else 'L')
        if not ct.signed and v > 2147483647:
            return '%dU' % v
        return str(v) if v >= 0 else '(%d)' % v

    # ------------------------------------------------------------ types

    def scalar(self):
        if self.narrow:
            return Scalar(self.rng.choice(NARROW))
        return Scalar(self.rng.choice(SCALARS))

    def member_type(self, depth):
        rng = self.rng
        r = rng.random()
        if r < 0.55 or depth >= 2:
            return self.scalar()
        if r < 0.72:
            return Array(self.scalar(), rng.randint(1, 5))
        small = [t for t in self.types if t.kind == 'struct' and t.size <= 24]
        if r < 0.85 and small:
            t = rng.choice(small)
            return Array(t, rng.randint(1, 3)) if rng.random() < 0.3 else t
        if r < 0.93:
            return self.make_agg('struct', depth + 1, tagged=False)
        return self.make_agg('union', depth + 1, tagged=False)

    def make_agg(self, kind, depth=0, tagged=True):
        rng = self.rng
        members = []
        for i in range(rng.randint(1, 5 if depth == 0 else 3)):
            t = self.member_type(depth)
            name = 'm%d' % i
            if isinstance(t, Agg) and t.kind == 'union' and kind == 'struct':
                members.append((tag_of(name), Scalar(INT)))
            elif kind == 'union' and self.holds_union(t):
                t = self.scalar()       # the tag of a nested union would be overwritten
            members.append((name, t))
        return Agg(kind, self.fresh('st' if kind == 'struct' else 'un') if tagged else None, members)

    def holds_union(self, t):
        if isinstance(t, Array):
            return self.holds_union(t.elem)
        return isinstance(t, Agg) and (t.kind == 'union' or any(self.holds_union(m) for _, m in t.members))

    def plan_types(self):
        rng = self.rng
        lines = []
        for _ in range(rng.randint(3, 6)):
            kind = 'union' if rng.random() < 0.2 else 'struct'
            self.narrow = rng.random() < 0.35
            t = self.make_agg(kind)
            self.narrow = False
            if t.size > 64:
                continue
            untagged = kind == 'struct' and rng.random() < 0.2
            if untagged:          # typedef struct { ... } ST5;
                t.typedef = t.tag.upper()
                lines.append('typedef %s {' % kind)
                lines += t.body(1)
                lines.append('} %s;' % t.typedef)
                t.ref = t.typedef
            else:
                lines.append('%s {' % t.ref)
                lines += t.body(1)
                lines.append('};')
                if rng.random() < 0.3:
                    t.typedef = t.tag.upper()
                    lines.append('typedef %s %s;' % (t.ref, t.typedef))
                    if rng.random() < 0.7:
                        t.ref = t.typedef
            self.types.append(t)
        # a chain type: self-referential through a pointer
        node = Agg('struct', self.fresh('st'), [('val', self.scalar())])
        node.members.append(('next', None))
        node.members[-1] = ('next', Pointer(node))
        if rng.random() < 0.5:
            node.members.insert(1, ('w', self.scalar()))
        node.chain = True
        node.lay_out()
        if rng.random() < 0.3:        # declared first, completed later (6.7.2.3)
            lines.insert(0, '%s;' % node.ref)
        lines.append('%s {' % node.ref)
        lines += node.body(1)
        lines.append('};')
        self.types.append(node)
        self.node = node
        return lines

    def structs(self):
        return [t for t in self.types if t.kind == 'struct']

    def by_value(self):
        return [t for t in self.types if t.size <= MAX_BY_VALUE]

    # ------------------------------------------------------------ fill and hash

    def fill(self, lv, t, seed, depth=0):
        """Statements writing every member of lvalue lv (of type t) from seed."""
        if isinstance(t, Scalar):
            return ['%s = %s;' % (lv, self.convert(t.ct, self.mix(seed)))]
        if isinstance(t, Pointer):
            return ['%s = 0;' % lv]
        if isinstance(t, Array):
            i = 'si%d' % depth
            body = self.fill('%s[%s]' % (lv, i), t.elem, '(%s + (unsigned long)%s * %dUL)'
                             % (seed, i, self.rng.randint(1, 999)), depth + 1)
            return ['for (int %s = 0; %s < %d; %s++) {' % (i, i, t.n, i)] + ['  ' + l for l in body] + ['}']
        if t.named() and depth > 0:   # member types are structs (see member_type)
            return ['st_fill_%s(&%s, %s);' % (t.tag, lv, self.mix(seed))]
        return self.fill_members(lv + '.', t, seed, depth)

    def fill_members(self, prefix, t, seed, depth):
        out = []
        names = dict(t.members)
        for name, mt in t.members:
            sub = '(%s + %dUL)' % (seed, self.rng.randint(1, 1 << 16))
            if name.endswith('_tag') and name[:-4] in names:
                continue
            if isinstance(mt, Agg) and mt.kind == 'union':
                out += self.fill_union(prefix + name, mt, prefix + tag_of(name), sub, depth + 1)
            else:
                out += self.fill(prefix + name, mt, sub, depth + 1)
        return out

    def fill_union(self, lv, u, tag, seed, depth):
        """Writes one member of union lv, chosen from seed, and its tag."""
        n = len(u.members)
        out = ['%s = (int)(%s %% %d);' % (tag, seed, n)]
        for k, (name, mt) in enumerate(u.members):
            body = self.fill('%s.%s' % (lv, name), mt, seed, depth)
            out.append('%sif (%s == %d) {' % ('' if k == 0 else 'else ', tag, k))
            out += ['  ' + l for l in body] + ['}']
        return out

    def hash(self, rv, t, h, depth=0):
        """Statements folding every member of rvalue rv (of type t) into h."""
        rng = self.rng
        if isinstance(t, Scalar):
            if rng.random() < 0.6:
                return ['%s = %s * 31 + (unsigned long)%s;' % (h, h, rv)]
            return ['%s ^= (unsigned long)%s + (%s << %d) + (%s >> 2);' % (h, rv, h, rng.randint(1, 12), h)]
        if isinstance(t, Pointer):
            return ['%s = %s * 3 + (%s != 0);' % (h, h, rv)]
        if isinstance(t, Array):
            i = 'si%d' % depth
            body = self.hash('%s[%s]' % (rv, i), t.elem, h, depth + 1)
            return ['for (int %s = 0; %s < %d; %s++) {' % (i, i, t.n, i)] + ['  ' + l for l in body] + ['}']
        if t.named() and depth > 0 and t.kind == 'struct':
            return ['%s = %s * 7 + st_sum_%s(%s);' % (h, h, t.tag, rv)]
        out = []
        names = dict(t.members)
        for name, mt in t.members:
            if name.endswith('_tag') and name[:-4] in names:
                continue
            if isinstance(mt, Agg) and mt.kind == 'union':
                tag = '%s.%s' % (rv, tag_of(name))
                for k, (un, ut) in enumerate(mt.members):
                    body = self.hash('%s.%s.%s' % (rv, name, un), ut, h, depth + 2)
                    out.append('%sif (%s == %d) {' % ('' if k == 0 else 'else ', tag, k))
                    out += ['  ' + l for l in body] + ['}']
            else:
                out += self.hash('%s.%s' % (rv, name), mt, h, depth + 1)
        return out

    def type_functions(self, t):
        """st_fill_T, st_sum_T (by value) and for structs st_sump_T and st_make_T."""
        ind = lambda ls: ['  ' + l for l in ls]
        st = 'static ' if self.rng.random() < 0.5 else ''
        if t.kind == 'union':
            lines = ['%svoid st_fill_%s(%s *p, int which, unsigned long seed) {' % (st, t.tag, t.ref)]
            for k, (name, mt) in enumerate(t.members):
                lines.append('  %sif (which == %d) {' % ('' if k == 0 else 'else ', k))
                lines += ind(ind(self.fill('p->%s' % name, mt, 'seed', 1)))
                lines.append('  }')
            lines += ['}', '']
            lines.append('%sunsigned long st_sum_%s(%s v, int which) {' % (st, t.tag, t.ref))
            lines.append('  unsigned long h = %dUL;' % self.rng.randint(1, 1000))
            for k, (name, mt) in enumerate(t.members):
                lines.append('  %sif (which == %d) {' % ('' if k == 0 else 'else ', k))
                lines += ind(ind(self.hash('v.%s' % name, mt, 'h', 1)))
                lines.append('  }')
            lines += ['  return h;', '}', '']
            return lines
        lines = ['%svoid st_fill_%s(%s *p, unsigned long seed) {' % (st, t.tag, t.ref)]
        lines += ind(self.fill_members('p->', t, 'seed', 0))
        lines += ['}', '']
        lines.append('%sunsigned long st_sum_%s(%s v) {' % (st, t.tag, t.ref))
        lines.append('  unsigned long h = %dUL;' % self.rng.randint(1, 1000))
        lines += ind(self.hash('v', t, 'h', 0))
        lines += ['  return h;', '}', '']
        # through a pointer: (*p).m and p->m must agree with the by-value copy
        lines.append('%sunsigned long st_sump_%s(%s *p) {' % (st, t.tag, t.ref))
        lines.append('  return st_sum_%s(*p);' % t.tag if self.rng.random() < 0.5
                     else '  %s copy = *p;\n  return st_sum_%s(copy);' % (t.ref, t.tag))
        lines += ['}', '']
        lines.append('%s%s st_make_%s(unsigned long seed) {' % (st, t.ref, t.tag))
        lines.append('  %s r;' % t.ref)
        lines.append('  st_fill_%s(&r, seed);' % t.tag)
        lines += ['  return r;', '}', '']
        return lines

    # ------------------------------------------------------------ functions with struct parameters

    def param_type(self):
        rng = self.rng
        bv = [t for t in self.by_value() if t.kind == 'struct']
        r = rng.random()
        if r < 0.55 and bv:
            return rng.choice(bv)
        if r < 0.65 and self.structs():
            return ('ptr', rng.choice(self.structs()))
        return Scalar(rng.choice(SCALARS))

    def mixers(self):
        """Functions of 2-10 parameters (structs by value, pointers, scalars):
        with many of them some travel on the stack.  Each returns a hash of
        all it received; some return a struct built from it."""
        rng = self.rng
        self.mixer_sigs = []
        lines = []
        for _ in range(rng.randint(2, 4)):
            name = self.fresh('st_mix')
            params = [self.param_type() for _ in range(rng.randint(2, 10))]
            ret = rng.choice(self.by_value()) if rng.random() < 0.4 else None
            if ret is not None and ret.kind == 'union':
                ret = None
            decl = []
            for i, p in enumerate(params):
                if isinstance(p, tuple):
                    decl.append('%s *a%d' % (p[1].ref, i))
                else:
                    decl.append(p.spell('a%d' % i))
            lines.append('%s%s %s(%s) {' % ('static ' if rng.random() < 0.5 else '',
                                             ret.ref if ret else 'unsigned long', name, ', '.join(decl)))
            lines.append('  unsigned long h = %dUL;' % rng.randint(1, 99))
            for i, p in enumerate(params):
                if isinstance(p, tuple):
                    lines.append('  h = h * 33 + st_sump_%s(a%d);' % (p[1].tag, i))
                elif isinstance(p, Scalar):
                    lines.append('  h = h * 33 + (unsigned long)a%d;' % i)
                else:
                    lines.append('  h = h * 33 + st_sum_%s(a%d);' % (p.tag, i))
            # a by-value parameter is the callee's own copy: changing it must
            # not change the caller's object
            own = [i for i, p in enumerate(params) if isinstance(p, Agg)]
            if own:
                i = rng.choice(own)
                lines.append('  st_fill_%s(&a%d, h);' % (params[i].tag, i))
                lines.append('  h ^= st_sum_%s(a%d);' % (params[i].tag, i))
            if ret:
                lines += ['  return st_make_%s(h);' % ret.tag, '}', '']
            else:
                lines += ['  return h;', '}', '']
            self.mixer_sigs.append((name, params, ret))
        return lines

    # ------------------------------------------------------------ globals

    def initializer(self, t, depth=0):
        """A braced initialiser for t, positional or designated, maybe partial."""
        rng = self.rng
        if isinstance(t, Scalar):
            return self.constant(t.ct)
        if isinstance(t, Pointer):
            return '0'
        if isinstance(t, Array):
            if rng.random() < 0.3 and t.n > 1:   # [k] = v designators
                ks = sorted(rng.sample(range(t.n), rng.randint(1, t.n)))
                return '{%s}' % ', '.join('[%d] = %s' % (k, self.initializer(t.elem, depth + 1)) for k in ks)
            n = rng.randint(1, t.n)
            return '{%s}' % ', '.join(self.initializer(t.elem, depth + 1) for _ in range(n))
        if t.kind == 'union':
            # only the first member: the tag (zero, or absent) says so
            return '{%s}' % self.initializer(t.members[0][1], depth + 1)
        names = dict(t.members)
        if rng.random() < 0.5:
            # positional: a prefix of the members (a union's tag stays 0)
            n = rng.randint(1, len(t.members))
            parts = []
            for name, mt in t.members[:n]:
                if name.endswith('_tag') and name[:-4] in names:
                    parts.append('0')
                else:
                    parts.append(self.initializer(mt, depth + 1))
            return '{%s}' % ', '.join(parts)
        # designated, any order, some members left out (zero)
        chosen = [(n, mt) for n, mt in t.members if not (n.endswith('_tag') and n[:-4] in names)
                  and rng.random() < 0.7]
        rng.shuffle(chosen)
        parts = []
        for name, mt in chosen:
            if isinstance(mt, Agg) and mt.kind == 'union':
                k = rng.randrange(len(mt.members))
                un, ut = mt.members[k]
                parts.append('.%s = %d' % (tag_of(name), k))
                parts.append('.%s = {.%s = %s}' % (name, un, self.initializer(ut, depth + 2)))
            elif isinstance(mt, Array) and isinstance(mt.elem, Scalar) and rng.random() < 0.4:
                k = rng.randrange(mt.n)
                parts.append('.%s[%d] = %s' % (name, k, self.constant(mt.elem.ct)))
            else:
                parts.append('.%s = %s' % (name, self.initializer(mt, depth + 1)))
        if not parts:   # not {0}: every brace is written out (no brace elision)
            name, mt = t.members[0]
            return '{%s}' % ('0' if name.endswith('_tag') else self.initializer(mt, depth + 1))
        return '{%s}' % ', '.join(parts)

    def plan_globals(self):
        rng = self.rng
        self.sglobals = []
        lines = []
        for _ in range(rng.randint(1, 3)):
            t = rng.choice(self.structs())
            name = self.fresh('sg')
            st = 'static ' if rng.random() < 0.3 else ''
            if rng.random() < 0.3:
                n = rng.randint(2, 4)
                init = ' = {%s}' % ', '.join(self.initializer(t) for _ in range(rng.randint(1, n))) \
                    if rng.random() < 0.7 else ''
                lines.append('%s%s %s[%d]%s;' % (st, t.ref, name, n, init))
                self.sglobals.append((name, t, n))
            else:
                init = ' = ' + self.initializer(t) if rng.random() < 0.8 else ''
                lines.append('%s%s %s%s;' % (st, t.ref, name, init))
                self.sglobals.append((name, t, 0))
        return lines

    # ------------------------------------------------------------ runs

    def argument(self, p, env):
        """An argument for parameter type p: pure, from the run's variables."""
        rng = self.rng
        if isinstance(p, tuple):
            vs = [v for v, t in env if t is p[1]]
            return '&' + rng.choice(vs) if vs else '&sg_tmp_%s' % p[1].tag
        if isinstance(p, Scalar):
            return self.convert(p.ct, self.mix('h'))
        vs = [v for v, t in env if t is p]
        if vs and rng.random() < 0.8:
            return rng.choice(vs)
        return 'st_make_%s(%s)' % (p.tag, self.mix('h'))

    def layout_lines(self, t):
        """Print sizeof and offsetof of t (the layout is the ABI's, 3.1.2)."""
        rng = self.rng
        n = rng.choice(t.members)[0]
        lines = ['printf("sizeof(%s) = %%zu, offsetof(%s, %s) = %%zu\\n", sizeof(%s), offsetof(%s, %s));'
                 % (t.ref, t.ref, n, t.ref, t.ref, n)]
        sub = [(n2, mt2) for n2, mt2 in t.members if isinstance(mt2, Agg) and mt2.kind == 'struct']
        if sub:   # a nested member designator
            n2, mt2 = rng.choice(sub)
            lines.append('printf("offsetof(%s, %s.%s) = %%zu\\n", offsetof(%s, %s.%s));'
                         % (t.ref, n2, mt2.members[-1][0], t.ref, n2, mt2.members[-1][0]))
        return lines

    def run_function(self):
        rng = self.rng
        name = self.fresh('st_run')
        self.run_names.append(name)
        body = ['unsigned long h = %dUL;' % rng.randint(1, 1 << 20)]
        env = []          # (C lvalue, struct type) the run can read
        ind = lambda ls: ['  ' + l for l in ls]

        def declare(t):
            v = self.fresh('sv')
            form = rng.random()
            if form < 0.3:
                body.append('%s %s;' % (t.ref, v))
                body.append('st_fill_%s(&%s, %s);' % (t.tag, v, self.mix('h')))
            elif form < 0.5:
                body.append('%s %s = st_make_%s(%s);' % (t.ref, v, t.tag, self.mix('h')))
            elif form < 0.6 and any(tt is t for _, tt in env):
                body.append('%s %s = %s;' % (t.ref, v, rng.choice([w for w, tt in env if tt is t])))
            else:
                body.append('%s %s = %s;' % (t.ref, v, self.initializer(t)))
            env.append((v, t))
            return v

        for t in rng.sample(self.structs(), min(3, len(self.structs()))):
            declare(t)
        body += self.layout_lines(env[0][1])
        for _ in range(rng.randint(6, 14)):
            r = rng.random()
            v, t = rng.choice(env)
            scal = [(n, mt) for n, mt in t.members if isinstance(mt, Scalar) and not n.endswith('_tag')]
            if r < 0.08:
                declare(rng.choice(self.structs()))
            elif r < 0.18 and scal:            # member write, through . or ->
                n, mt = rng.choice(scal)
                if rng.random() < 0.5:
                    body.append('%s.%s = %s;' % (v, n, self.convert(mt.ct, self.mix('h'))))
                else:
                    p = self.fresh('sp')
                    body.append('%s *%s = &%s;' % (t.ref, p, v))
                    body.append('%s->%s = %s;' % (p, n, self.convert(mt.ct, self.mix('h'))))
                    if rng.random() < 0.5:
                        body.append('(*%s).%s = %s;' % (p, n, self.convert(mt.ct, self.mix('(unsigned long)%s->%s' % (p, n)))))
            elif r < 0.26:                     # copies
                same = [w for w, tt in env if tt is t and w != v]
                if same:
                    w = rng.choice(same)
                    if rng.random() < 0.3:
                        body.append('%s = (h & 1) ? %s : %s;' % (v, w, v))
                    else:
                        body.append('%s = %s;' % (v, w))
                else:
                    body.append('%s = st_make_%s(%s);' % (v, t.tag, self.mix('h')))
            elif r < 0.36:                     # hash by value / through a pointer
                if rng.random() < 0.5:
                    body.append('h = h * 131 + st_sum_%s(%s);' % (t.tag, v))
                else:
                    body.append('h = h * 131 + st_sump_%s(&%s);' % (t.tag, v))
            elif r < 0.44 and scal:            # print a member
                n, mt = rng.choice(scal)
                body.append('printf("%s.%s = %s\\n", %s.%s);' % (v, n, rng.choice(mt.ct.fmts), v, n))
            elif r < 0.5:
                body += self.layout_lines(t)
            elif r < 0.62:                     # a mixer call
                mname, params, ret = rng.choice(self.mixer_sigs)
                args = ', '.join(self.argument(p, env) for p in params)
                if ret is None:
                    body.append('h ^= %s(%s);' % (mname, args))
                elif rng.random() < 0.5:
                    w = self.fresh('sv')
                    body.append('%s %s = %s(%s);' % (ret.ref, w, mname, args))
                    env.append((w, ret))
                else:
                    body.append('h = h * 3 + st_sum_%s(%s(%s));' % (ret.tag, mname, args))
            elif r < 0.7:                      # an array of structs, walked by index and pointer
                a = self.fresh('sa')
                n = rng.randint(2, 5)
                i = self.fresh('si')
                if rng.random() < 0.5:
                    body.append('%s %s[%d];' % (t.ref, a, n))
                    body.append('for (int %s = 0; %s < %d; %s++)' % (i, i, n, i))
                    body.append('  st_fill_%s(&%s[%s], h + (unsigned long)%s);' % (t.tag, a, i, i))
                else:
                    body.append('%s %s[%d] = {%s};' % (t.ref, a, n, ', '.join(
                        self.initializer(t) for _ in range(rng.randint(1, n)))))
                k = rng.randrange(n)
                body.append('%s[%d] = %s;' % (a, k, v))
                p = self.fresh('sp')
                body.append('for (%s *%s = %s; %s < %s + %d; %s++)' % (t.ref, p, a, p, a, n, p))
                body.append('  h = h * 5 + st_sump_%s(%s);' % (t.tag, p))
                if scal:
                    m = rng.choice(scal)[0]
                    body.append('h += (unsigned long)(%s + %d)->%s;' % (a, rng.randrange(n), m))
                    body.append('h += (unsigned long)%s[%d].%s;' % (a, rng.randrange(n), m))
            elif r < 0.76 and scal:            # a member of a returned struct
                m = rng.choice(scal)[0]
                body.append('h += (unsigned long)st_make_%s(%s).%s;' % (t.tag, self.mix('h'), m))
            elif r < 0.82:                     # a function pointer taking a struct
                f = self.fresh('sf')
                body.append('unsigned long (*%s)(%s) = st_sum_%s;' % (f, t.ref, t.tag))
                body.append('h = h * 9 + %s(%s);' % (f, v))
            elif r < 0.88:                     # a union on its own, read through the member written
                us = [u for u in self.types if u.kind == 'union']
                if us:
                    u = rng.choice(us)
                    w = self.fresh('su')
                    k = rng.randrange(len(u.members))
                    body.append('%s %s;' % (u.ref, w))
                    body.append('st_fill_%s(&%s, %d, %s);' % (u.tag, w, k, self.mix('h')))
                    body.append('h = h * 11 + st_sum_%s(%s, %d);' % (u.tag, w, k))
                    mt = u.members[k][1]
                    if isinstance(mt, Scalar):
                        body.append('%s.%s = %s;' % (w, u.members[k][0], self.convert(mt.ct, self.mix('h'))))
                        body.append('h = h * 11 + (unsigned long)%s.%s;' % (w, u.members[k][0]))
            else:                              # a chain through next pointers
                nd = self.node
                a = self.fresh('sn')
                n = rng.randint(1, 5)
                i = self.fresh('si')
                body.append('%s %s[%d];' % (nd.ref, a, n))
                body.append('for (int %s = 0; %s < %d; %s++) {' % (i, i, n, i))
                body += ind(self.fill_members('%s[%s].' % (a, i), nd, '(h + (unsigned long)%s)' % i, 0))
                body.append('  %s[%s].next = %s + 1 < %d ? &%s[%s + 1] : 0;' % (a, i, i, n, a, i))
                body.append('}')
                q = self.fresh('sp')
                body.append('for (%s *%s = &%s[0]; %s; %s = %s->next)' % (nd.ref, q, a, q, q, q))
                body.append('  h = h * 17 + (unsigned long)%s->val;' % q)
        for v, t in env:
            body.append('h = h * 13 + st_sum_%s(%s);' % (t.tag, v))
        body.append('printf("%s %%lu\\n", h);' % name)
        body.append('return h;')
        return ['%sunsigned long %s(void) {' % ('static ' if rng.random() < 0.5 else '', name)] + ind(body) + ['}', '']

    def globals_run(self):
        """The last run writes into the globals too, then hashes them all."""
        name = self.fresh('st_run')
        self.run_names.append(name)
        body = ['unsigned long h = 1UL;']
        for g, t, n in self.sglobals:
            if n:
                body.append('for (int si = 0; si < %d; si++)' % n)
                body.append('  h = h * 7 + st_sum_%s(%s[si]);' % (t.tag, g))
                body.append('st_fill_%s(&%s[%d], h);' % (t.tag, g, self.rng.randrange(n)))
                body.append('h = h * 7 + st_sump_%s(%s + %d);' % (t.tag, g, self.rng.randrange(n)))
            else:
                body.append('h = h * 7 + st_sum_%s(%s);' % (t.tag, g))
                body.append('st_fill_%s(&%s, h);' % (t.tag, g))
                body.append('h = h * 7 + st_sump_%s(&%s);' % (t.tag, g))
        body.append('printf("%s %%lu\\n", h);' % name)
        body.append('return h;')
        return ['unsigned long %s(void) {' % name] + ['  ' + l for l in body] + ['}', '']

    # ------------------------------------------------------------ for gen_program

    def plan_file_scope(self):
        """Everything at file scope: types, helpers, globals and the runs."""
        lines = ['#include <stddef.h>', '']
        lines += self.plan_types() + ['']
        for t in self.types:
            lines += self.type_functions(t)
        # a pointer parameter needs an object even when a run has none of that type
        for t in self.structs():
            lines.append('static %s sg_tmp_%s;' % (t.ref, t.tag))
        lines.append('')
        lines += self.mixers()
        lines += self.plan_globals() + ['']
        for _ in range(self.rng.randint(1, 3)):
            lines += self.run_function()
        lines += self.globals_run()
        self.file_lines = lines
        return lines

    def main_checksum(self):
        """main's lines: each run's hash folded into chk."""
        return ['chk = (chk * 7 + (int)(%s() %% 1000003UL)) %% 1000003;' % n for n in self.run_names]
