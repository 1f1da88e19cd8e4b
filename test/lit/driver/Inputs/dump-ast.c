int counter = 2 * 3;
static int hidden;
int puts(const char *s);

int bump(int by) {
  static int calls;
  int total = counter + by;
  calls++;
  if (total > 10) return -total;
  return total;
}

int main(void) {
  int i;
  for (i = 0; i < 3; i += 1) {
    switch (i) {
      case 1: continue;
      default: break;
    }
  }
  puts("done\n");
  return bump(hidden) ? 0 : 1;
}
