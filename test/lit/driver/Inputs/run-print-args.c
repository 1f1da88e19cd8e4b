/* Compiled by the system cc: prints argv for run-echo.c, one per line. */
#include <stdio.h>

void print_args(int argc, char *argv[]) {
  for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
}
