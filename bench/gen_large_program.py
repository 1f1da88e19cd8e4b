#!/usr/bin/env python3
"""Writes a large, deterministic, valid C program for timing compilers.

    bench/gen_large_program.py --lines N [--seed S] [-o FILE]

The program uses only the C that minicc accepts today (int and char
variables, char * values, every int operator, all the statements, calls with
stack arguments, globals and statics) and nothing outside ISO C, so gcc,
clang and tcc compile the very same file. It declares printf itself instead
of including <stdio.h>, so every compiler reads the same text.

It is also free of undefined behaviour when run: every variable stays within
+-2^20 (results are masked or reduced after each step), shifts are by small
constants on non-negative values, divisors are non-zero constants, and each
function calls at most one function defined before it, so the call graph is a
chain and the run ends quickly. It prints one line, the same under every
compiler, which lets a test check the generated program end to end.
"""
import argparse
import random
import sys


class Writer:
    """Collects lines; the generator asks it how many it has so far."""

    def __init__(self):
        self.lines = []

    def __call__(self, line=""):
        self.lines.append(line)

    def text(self):
        return "\n".join(self.lines) + "\n"


def bounded_expression(rng, names):
    """An int expression over `names` (each within +-2^20) that stays below 2^31.

    Products take a masked operand and a small constant, so no operator can
    overflow whatever values the variables hold.
    """
    a, b = rng.sample(names, 2)
    shapes = [
        lambda: f"{a} * {rng.randint(2, 97)} + ({b} & {rng.randint(1, 4095)})",
        lambda: f"({a} ^ {b}) % {rng.randint(3, 1009)}",
        lambda: f"({a} & 0xfff) * ({b} & 0xff) - {rng.randint(0, 999)}",
        lambda: f"{a} / {rng.randint(2, 17)} - {b} % {rng.randint(2, 31)}",
        lambda: f"(({a} & 0x7fff) << {rng.randint(1, 4)}) | ({b} >> {rng.randint(1, 6)})",
        lambda: f"{a} > {b} ? {a} - {b} : {b} - {a} + {rng.randint(1, 9)}",
        lambda: f"({a} != 0 && {b} % {rng.randint(2, 7)} == 0) + ~{a} % {rng.randint(3, 99)}",
        lambda: f"-{a} + (!{b} || {a} < {rng.randint(-50, 50)}) * {rng.randint(1, 300)}",
    ]
    return rng.choice(shapes)()


def reduce(name):
    """A statement that brings `name` back within +-2^20."""
    return f"{name} = {name} % 1000003;"


class Function:
    """A generated function: its name and how many int arguments it takes."""

    def __init__(self, name, arity):
        self.name = name
        self.arity = arity


def call_to(rng, callee, names):
    """A call of an earlier function, its result reduced to +-999."""
    if callee.arity == 3:
        args = [f"{rng.choice(names)} & 7", f"{rng.choice(names)} & 0xff", "greeting"]
    else:
        args = [f"{rng.choice(names)} & {rng.randint(1, 255)}" for _ in range(callee.arity)]
    return f"{callee.name}({', '.join(args)}) % 1000"


def loop_function(rng, name, callee, out):
    """for, while and do-while loops with continue and a small switch."""
    out(f"int {name}(int a, int b, char *s) {{")
    out("  int total = 0;")
    out("  int i;")
    out(f"  for (i = 0; i < (a & 15) + {rng.randint(1, 9)}; i++) {{")
    out(f"    total += i * {rng.randint(2, 97)} - (b >> {rng.randint(1, 5)});")
    out(f"    if ((total ^ i) % {rng.randint(3, 11)} == 0) continue;")
    out(f"    total = total % {rng.randint(1000, 100000)};")
    out("  }")
    out("  while (b > 0 && total < 100000) {")
    out(f"    total = total + (b % {rng.randint(2, 13)}) * {rng.randint(1, 31)};")
    out("    b = b / 2;")
    out("  }")
    out("  do {")
    out(f"    a = (a * {rng.randint(3, 31)} + {rng.randint(1, 999)}) & 0xffff;")
    out("  } while (a > 60000);")
    out("  switch (total & 3) {")
    out(f"    case 0: total += {rng.randint(1, 50)}; break;")
    out(f"    case 1: total -= {rng.randint(1, 50)}; break;")
    out("    case 2: total = -total;")
    out("    default: total = ~total & 0x7fff;")
    out("  }")
    out(f"  if (s != 0 && b == '{rng.choice('abcxyz')}') total = total + 1;")
    out(f"  else if (total > {rng.randint(10, 5000)} || !a) total = total - a;")
    out(f"  counter = counter + (total != 0 ? {rng.randint(1, 9)} : 0);")
    if callee:
        out(f"  total += {call_to(rng, callee, ['total', 'a', 'b'])};")
    out("  return total < 0 ? -total : total;")
    out("}")


def switch_function(rng, name, callee, out):
    """A dense switch (a jump table in minicc) and a sparse one (compares)."""
    out(f"int {name}(int a, int b, char *s) {{")
    out(f"  int x = (a + b) & {rng.choice([15, 31])};")
    out("  int r = 0;")
    out("  switch (x) {")
    for case in rng.sample(range(32), rng.randint(8, 16)):
        out(f"  case {case}:")
        out(f"    r = {bounded_expression(rng, ['a', 'b', 'x'])};")
        if rng.random() < 0.7:
            out("    break;")
    out("  default:")
    out(f"    r = r + {rng.randint(1, 99)};")
    out("  }")
    out("  switch (b) {")
    for case in rng.sample(range(-1000, 100000), 4):
        out(f"  case {case}: r = r ^ {rng.randint(1, 0xffff)}; break;")
    out("  }")
    if callee:
        out(f"  r = r % 100000 + {call_to(rng, callee, ['r', 'a', 'x'])};")
    out("  return r;")
    out("}")


def expression_function(rng, name, callee, out):
    """Straight-line arithmetic: compound assignments, ++/--, ?:, comma, statics."""
    out(f"int {name}(int a, int b, char *s) {{")
    out(f"  static int calls = {rng.randint(0, 9)};")
    out(f"  int p = a, q = b + {rng.randint(1, 99)}, t;")
    names = ["a", "b", "p", "q"]
    for _ in range(rng.randint(6, 12)):
        target = rng.choice(["p", "q", "t"])
        op = rng.choice(["=", "+=", "-=", "^=", "|="])
        out(f"  t = ({bounded_expression(rng, names)}) % 1000003;")
        out(f"  {target} {op} t;")
        out(f"  {reduce(target)}")
        if "t" not in names:
            names.append("t")
    out("  calls++, --q;")
    out("  {")
    out(f"    int p = q & {rng.randint(1, 1023)};")
    out(f"    q = p + (calls & {rng.randint(1, 15)});")
    out("  }")
    if callee:
        out(f"  p = p + {call_to(rng, callee, names)};")
    out(f"  return (p ^ q) % {rng.randint(1000, 99999)};")
    out("}")


def many_arguments_function(rng, name, callee, out, arity):
    """Parameters past the sixth arrive on the stack."""
    params = [f"x{i}" for i in range(arity)]
    out(f"int {name}({', '.join('int ' + p for p in params)}) {{")
    out("  int sum = 0;")
    for p in params:
        out(f"  sum = sum * {rng.randint(2, 5)} + {p};")
        out(f"  {reduce('sum')}")
    if callee:
        out(f"  sum += {call_to(rng, callee, params)};")
    out("  return sum;")
    out("}")


def goto_function(rng, name, callee, out):
    """A little state machine written with goto and labels."""
    out(f"int {name}(int a, int b, char *s) {{")
    out(f"  int n = (a & 7) + {rng.randint(2, 9)};")
    out("  int acc = b;")
    out("again:")
    out(f"  if (n <= 0) goto done;")
    out(f"  acc = (acc * {rng.randint(2, 9)} + n) % {rng.randint(1000, 65521)};")
    out("  n--;")
    out(f"  if (acc % {rng.randint(2, 5)} == 0) goto skip;")
    out(f"  acc += {rng.randint(1, 99)};")
    out("skip:")
    out("  goto again;")
    out("done:")
    if callee:
        out(f"  acc = acc + {call_to(rng, callee, ['acc', 'a', 'n'])};")
    out("  return acc;")
    out("}")


def generate(lines, seed):
    """The program's text: functions until about `lines` lines, then main."""
    rng = random.Random(seed)
    out = Writer()
    out("// Generated by bench/gen_large_program.py: a large program for timing compilers.")
    out("int printf(const char *fmt, ...);")
    out("int counter;")
    out(f'char *greeting = "seed {seed}";')
    out()
    functions = []
    shapes = [loop_function, switch_function, expression_function, goto_function]
    while len(out.lines) < lines - 12:
        name = f"f{len(functions)}"
        callee = rng.choice(functions) if functions else None
        if rng.random() < 0.15:
            arity = rng.randint(7, 10)
            many_arguments_function(rng, name, callee, out, arity)
        else:
            arity = 3
            rng.choice(shapes)(rng, name, callee, out)
        out()
        functions.append(Function(name, arity))
    # Calling the last function of each arity runs a long chain of calls.
    out("int main(void) {")
    out("  int result = 0;")
    for function in functions[-4:]:
        args = ", ".join(["5"] * function.arity) if function.arity != 3 else '3, 4, greeting'
        out(f"  result = (result + {function.name}({args})) % 1000003;")
    out('  printf("%d %d\\n", result, counter);')
    out("  return 0;")
    out("}")
    return out.text()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=100_000, help="about how many lines")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    args = parser.parse_args()
    text = generate(args.lines, args.seed)
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
