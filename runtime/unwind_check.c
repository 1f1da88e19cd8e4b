/* The unwinding check: prints the names of the functions on the stack, as
 * glibc's backtrace() finds them. backtrace() walks the stack with the
 * unwinder (libgcc's _Unwind_Backtrace), which reads the .eh_frame tables
 * the assembler builds from the .cfi_* directives; through a function with
 * no call-frame information it stops. Link with -rdynamic so that the
 * program's own functions have names. */
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void unwind_print_callers(void) {
  void *frames[64];
  int count = backtrace(frames, 64);
  char **names = backtrace_symbols(frames, count);
  if (!names) return;
  /* Each entry reads "./prog(name+0x1f) [0x...]": print just the name. */
  for (int i = 1; i < count; ++i) { /* 0 is this function */
    const char *open = strchr(names[i], '(');
    const char *end = open ? strpbrk(open, "+)") : NULL;
    if (open && end && end > open + 1) printf("frame %d: %.*s\n", i, (int)(end - open - 1), open + 1);
  }
  free(names);
}
