// Walking argv with a pointer to pointer: argv[i] is *(argv + i), and
// the loop stops at the null pointer that ends the array (C17 5.1.2.2.1).
#include <stdio.h>

int main(int argc, char **argv) {
  int letters = 0;
  for (char **arg = argv + 1; *arg; arg++) {
    printf("argument %ld: %s\n", arg - argv, *arg);
    for (char *c = *arg; *c; c++) letters++;
  }
  printf("%d arguments, %d letters\n", argc - 1, letters);
  return 0;
}
