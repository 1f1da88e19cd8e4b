#!/usr/bin/env python3
"""no_assembly_text.py: check that C++ sources hold no assembly text.

usage: no_assembly_text.py FILE...   (exit 0: clean, 1: text found, 2: usage)

Instruction selection, the passes and frame layout build machine
instructions as data (codegen/machine.h); only the printers spell them.
This reads the string and character literals of each file (comments are
skipped: they may show the assembly they explain) and reports every one
that looks like assembly: a register ("%eax"), an AT&T immediate ("$1"),
or a mnemonic ("movl", "callq", "jne").
"""
import re
import sys

MNEMONIC = re.compile(
    r'^(mov[sz]?[bwlq]{0,2}|movs[bw][lq]|movslq|lea[lq]?|push[lq]?|pop[lq]?|add[bwlq]?|sub[bwlq]?|'
    r'i?mul[bwlq]?|i?div[bwlq]?|neg[bwlq]?|not[bwlq]?|and[bwlq]?|or[bwlq]?|xor[bwlq]?|'
    r'sh[lr][bwlq]?|sa[lr][bwlq]?|cmp[bwlq]?|test[bwlq]?|call[lq]?|ret[lq]?|jmpq?|'
    r'j(e|ne|l|le|g|ge|b|be|a|ae|z|nz)|set(e|ne|l|le|g|ge|b|be|a|ae)|cltd|cqto|cltq)$')


def literals(text):
    """(line, literal) for each string or character literal outside comments."""
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
        elif text.startswith('//', i):
            i = text.find('\n', i)
            i = n if i < 0 else i
        elif text.startswith('/*', i):
            end = text.find('*/', i + 2)
            end = n if end < 0 else end + 2
            line += text.count('\n', i, end)
            i = end
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            yield line, text[i + 1:j]
            i = j + 1
        else:
            i += 1


def problems(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for line, literal in literals(text):
        if '%' in literal and re.search(r'%[a-z]', literal):
            yield line, literal, 'a register'
        elif literal.startswith('$'):
            yield line, literal, 'an immediate'
        elif MNEMONIC.match(literal.strip()):
            yield line, literal, 'a mnemonic'


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    found = 0
    for path in argv[1:]:
        try:
            for line, literal, what in problems(path):
                print('%s:%d: "%s" is %s: spellings belong in the printers' % (path, line, literal, what))
                found += 1
        except OSError as e:
            print('no_assembly_text.py: %s' % e, file=sys.stderr)
            return 2
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
