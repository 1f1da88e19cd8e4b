#include <stdio.h>
#include <string.h>
int count(char *s, int c) {
  int n = 0;
  while (*s) { if (*s == c) n++; s = s + 1; }
  return n;
}
void show(char *label, int *value) { printf("%s=%d\n", label, *value); }
int main(int argc, char **argv) {
  char *text = "tab\there\n\"quoted\" \\ \x41\101 'c'";
  int x = count(text, 'e') + strlen(argv[0]);
  int *p = &x;
  *p = *p + '\n';
  show("x", p);
  return argc > 1 ? strcmp(argv[1], "a") : 0;
}
