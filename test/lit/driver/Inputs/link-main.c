// The main file of a program linked from several inputs: one more C file
// (link-helper.c), an assembly file (link-triple.s) and an object file that
// the system cc builds (link-cc-object.c).
#include <stdio.h>

int helper_add(int a, int b);  // link-helper.c, compiled by minicc
int triple(int x);             // link-triple.s, assembled by cc
int cc_square(int x);          // link-cc-object.c, compiled by cc

int main(void) {
  printf("add=%d triple=%d square=%d\n", helper_add(2, 3), triple(7), cc_square(9));
  return 0;
}
