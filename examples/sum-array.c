// The slice sum of the Go assembler note, in C: an array of 64-bit
// integers summed through a pointer and a length. Each element is
// movq (%rax,%rcx,8): the index scaled by the element's size.
#include <stdio.h>
#include <stdint.h>

int64_t sum(const int64_t *values, long count) {
  int64_t total = 0;
  for (long i = 0; i < count; i++) total += values[i];
  return total;
}

int main(void) {
  int64_t numbers[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10000000000};
  long count = sizeof numbers / sizeof numbers[0];
  printf("sum of %ld numbers = %ld\n", count, sum(numbers, count));
  return 0;
}
