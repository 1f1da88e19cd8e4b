// Swapping two variables through pointers: the callee gets their
// addresses (leaq -4(%rbp), %rdi) and writes through them (movl %eax, (%rcx)).
#include <stdio.h>

void swap(int *a, int *b) {
  int t = *a;
  *a = *b;
  *b = t;
}

int main(void) {
  int x = 1, y = 2;
  swap(&x, &y);
  printf("x = %d, y = %d\n", x, y);
  return 0;
}
