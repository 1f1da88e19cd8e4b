#!/usr/bin/env python3
"""Writes a C program that divides edge-case and random 32-bit values by
many constant divisors (each its own function, so minicc sees a constant)
and prints a checksum of every quotient and remainder, signed and unsigned."""
import random

rng = random.Random(20261202)
signed = sorted({1, -1, 2, -2, 3, -3, 4, 5, 6, 7, -7, 8, 9, 10, 11, 12, 13, 16, 17, 25, 31, 32,
                 60, 64, 100, 125, 641, 1000, 1024, 3600, 65535, 65536, 1000000, 1000000007,
                 2147483647, -2147483647, 1 << 30, -(1 << 30), -4, -8, -4096, -10} |
                {rng.randint(2, 2**31 - 1) for _ in range(60)} | {-rng.randint(2, 2**31 - 1) for _ in range(20)})
unsigned = sorted({1, 2, 3, 5, 7, 10, 16, 641, 1000, 65537, 2**31, 2**31 + 1, 3000000000, 2**32 - 1} |
                  {rng.randint(2, 2**32 - 1) for _ in range(40)})
values = [0, 1, -1, 2, -2, 7, -7, 100, -100, 2**31 - 1, -2**31, -2**31 + 1, 123456789, -987654321] + \
         [rng.randint(-2**31, 2**31 - 1) for _ in range(40)]

out = ['int printf(const char *, ...);']
for i, d in enumerate(signed):
    out.append(f'int sq{i}(int n) {{ return n / {d}; }}')
    out.append(f'int sr{i}(int n) {{ return n % {d}; }}')
for i, d in enumerate(unsigned):
    out.append(f'unsigned uq{i}(unsigned n) {{ return n / {d}u; }}')
    out.append(f'unsigned ur{i}(unsigned n) {{ return n % {d}u; }}')
out.append('int main(void) {')
out.append('  unsigned long sum = 0;')
out.append('  int values[] = {' + ', '.join(str(v) if v != -2**31 else '-2147483647 - 1' for v in values) + '};')
out.append(f'  for (int k = 0; k < {len(values)}; k++) {{')
out.append('    int n = values[k];')
for i, d in enumerate(signed):
    guard = ' && n != -2147483647 - 1' if d == -1 else ''
    out.append(f'    if (1{guard}) sum = sum * 1000003 + (unsigned)sq{i}(n) * 3 + (unsigned)sr{i}(n);')
for i, d in enumerate(unsigned):
    out.append(f'    sum = sum * 1000003 + uq{i}((unsigned)n) * 5 + ur{i}((unsigned)n);')
out.append('  }')
out.append('  printf("%lu\\n", sum);')
out.append('  return 0;')
out.append('}')
print('\n'.join(out))
