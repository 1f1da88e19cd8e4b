"""The preprocessor flags a lit test gives minicc, read from its RUN lines.

A program under test/lit/run is compiled by a line such as
`// RUN: %minicc -I %S/Inputs %s -o %t.s`; the Plan 9 checks compile it the
same way, so they pass on its -I, -D and -U (with %S and %p meaning the
test's folder).
"""
import os
import shlex

_WITH_VALUE = ('-I', '-D', '-U')


def minicc_flags(c_file):
    folder = os.path.dirname(os.path.abspath(c_file))
    flags = []
    with open(c_file, encoding='utf-8', errors='replace') as source:
        for line in source:
            if 'RUN:' not in line or '%minicc' not in line:
                continue
            words = shlex.split(line.split('%minicc', 1)[1].split('&&')[0].split('|')[0])
            words = [w.replace('%S', folder).replace('%p', folder) for w in words]
            for i, word in enumerate(words):
                if word in _WITH_VALUE and i + 1 < len(words):
                    flags += [word, words[i + 1]]
                elif word.startswith(_WITH_VALUE) and len(word) > 2:
                    flags.append(word)
            return flags  # the first compile is the one the run test checks
    return flags
