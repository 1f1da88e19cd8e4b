// Reversing a string in place: a char array initialised from a literal,
// two pointers walking towards each other, bytes moved with movb.
#include <stdio.h>
#include <string.h>

void reverse(char *s) {
  char *end = s + strlen(s) - 1;
  while (s < end) {
    char t = *s;
    *s++ = *end;
    *end-- = t;
  }
}

int main(void) {
  char word[] = "minicc";
  reverse(word);
  printf("%s (%d bytes with the NUL)\n", word, (int)sizeof word);
  return 0;
}
