// For -run: prints how many arguments it got and how many bytes came on
// standard input, and exits with the status -DSTATUS=N gives (3 without).
// minicc's language cannot index argv, so with -DPRINT_ARGS the arguments
// themselves are printed by print_args, from an object file cc builds
// (run-print-args.c).
#include <stdio.h>

#ifndef STATUS
#define STATUS 3
#endif

#ifdef PRINT_ARGS
void print_args(int argc, char *argv[]);
#endif

int main(int argc, char *argv[]) {
  int bytes = 0;
#ifdef PRINT_ARGS
  print_args(argc, argv);
#endif
  while (getchar() != EOF) bytes++;
  printf("argc=%d stdin=%d\n", argc, bytes);
  return STATUS;
}
