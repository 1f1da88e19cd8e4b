"""Go's assembler and disassembler, as the Plan 9 checks call them.

minicc's Plan 9 listings open with #include "textflag.h" (NOSPLIT, NOFRAME,
RODATA, NOPTR), which lives in $GOROOT/pkg/include; -p main names the
package, so ·f becomes main.f.
"""
import shutil
import subprocess

SKIP_MESSAGE = 'go not found on PATH: Plan 9 checks skipped (apt-get install golang-go)'


class GoToolchain:
    def __init__(self, go):
        self.go = go
        self.include = self._env('GOROOT') + '/pkg/include'

    def _env(self, name):
        return subprocess.run([self.go, 'env', name], check=True, capture_output=True,
                              text=True).stdout.strip()

    def assemble(self, listing, obj):
        """Assembles listing into obj; returns Go's complaints, '' when it accepted it."""
        done = subprocess.run([self.go, 'tool', 'asm', '-I', self.include, '-p', 'main',
                               '-o', obj, listing], capture_output=True, text=True)
        if done.returncode == 0:
            return ''
        return (done.stdout + done.stderr).strip() or 'go tool asm failed (status %d)' % done.returncode

    def data_listing(self, listing, obj):
        """go tool asm -S: what it assembled, the data symbols' bytes included."""
        return subprocess.run([self.go, 'tool', 'asm', '-S', '-I', self.include, '-p', 'main',
                               '-o', obj, listing], check=True, capture_output=True,
                              text=True).stdout

    def objdump(self, obj):
        return subprocess.run([self.go, 'tool', 'objdump', obj], check=True,
                              capture_output=True, text=True).stdout


def find_go():
    """The toolchain, or None (after printing why) when go is not installed."""
    go = shutil.which('go')
    if go is None:
        print(SKIP_MESSAGE)
        return None
    return GoToolchain(go)
