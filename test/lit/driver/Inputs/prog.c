#include <stdio.h>
int main(void) {
  printf("from %s\n", "prog");
  return 3;
}
