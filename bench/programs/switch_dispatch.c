// A dense 32-case switch in a hot loop: minicc compiles it to a jump table by
// default and to a chain of compares with -fno-jump-tables.
#include <stdio.h>

int classify(int x) {
  switch (x) {
  case 0: return 0;
  case 1: return 39;
  case 2: return 78;
  case 3: return 16;
  case 4: return 55;
  case 5: return 94;
  case 6: return 32;
  case 7: return 71;
  case 8: return 9;
  case 9: return 48;
  case 10: return 87;
  case 11: return 25;
  case 12: return 64;
  case 13: return 2;
  case 14: return 41;
  case 15: return 80;
  case 16: return 18;
  case 17: return 57;
  case 18: return 96;
  case 19: return 34;
  case 20: return 73;
  case 21: return 11;
  case 22: return 50;
  case 23: return 89;
  case 24: return 27;
  case 25: return 66;
  case 26: return 4;
  case 27: return 43;
  case 28: return 82;
  case 29: return 20;
  case 30: return 59;
  case 31: return 98;
  default: return 0;
  }
}

int main(void) {
  int sum = 0;
  int i;
  // (i * 7) & 31 visits every case in a scrambled order, so no branch predictor
  // guesses a compare chain for free.
  for (i = 0; i < 120000000; i++)
    sum = (sum + classify((i * 7) & 31)) & 65535;
  printf("switch checksum = %d\n", sum);
  return 0;
}
