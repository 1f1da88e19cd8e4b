// The C library through prototypes: qsort with a comparator callback,
// malloc/free, string functions, a pointer to an array, a large local array
// (zeroed by memset), const data in .rodata, pointer/integer casts.
// RUN: %minicc %s -o %t.s
// RUN: %style-check %t.s
// RUN: %cc %t.s -o %t.exe
// RUN: %t.exe > %t.out; echo "exit=$?" >> %t.out
// RUN: %cc -w %s -o %t.ref.exe
// RUN: %t.ref.exe > %t.ref.out; echo "exit=$?" >> %t.ref.out
// RUN: diff %t.ref.out %t.out
// RUN: FileCheck %s < %t.s

// CHECK: callq memset
// CHECK: .section .rodata,"a",@progbits
// CHECK-NEXT: .globl table
// CHECK: table:
// CHECK-NEXT: .long 10
int printf(const char *, ...);
void *malloc(unsigned long);
void free(void *);
void qsort(void *, unsigned long, unsigned long, int (*)(const void *, const void *));
char *strcpy(char *, const char *);
unsigned long strlen(const char *);
int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int grid[3][4];
const int table[4] = {10, 20, 30, 40};
long total;
int main(void) {
  int v[6] = {5, 3, 9, 1, 7, 2};
  qsort(v, 6, sizeof v[0], cmp);
  for (int i = 0; i < 6; i++) printf("%d ", i[v]);
  printf("\n");
  int *heap = malloc(10 * sizeof(int));
  for (int i = 0; i < 10; i++) heap[i] = i * i;
  int *w = heap;
  *w++ = 100;
  *w++ += 5;
  printf("%d %d %d %ld\n", heap[0], heap[1], *w, w - heap);
  free(heap);
  char buf[32];
  strcpy(buf, "abc");
  printf("%s %lu\n", buf, strlen(buf));
  int (*row)[4] = grid;
  row[1][2] = 42;
  printf("%d %lu\n", grid[1][2], sizeof *row);
  int big[300];
  for (int i = 0; i < 300; i++) big[i] = i;
  int zeros[100] = {0};
  printf("%d %d\n", big[299], zeros[99]);
  static int calls[3];
  calls[1]++;
  printf("%d %d\n", calls[1], table[3]);
  long l = (long)&grid;
  int *back = (int *)l;
  printf("%d\n", back == &grid[0][0]);
  int *np = 0;
  printf("%d %d\n", np == 0, !np);
  char *s = "hello";
  printf("%d %c\n", s[1] == 'e', *(s + 4));
  unsigned u = 3;
  int k = -1;
  printf("%d\n", k < u);
  printf("%lu %lu %lu\n", _Alignof(long), sizeof(char[10]), sizeof(int (*)[3]));
  short sh[3] = {1, 2, 3};
  short *sp = sh + 2;
  printf("%d %ld\n", *sp, sp - sh);
  long ls[3] = {1L << 40, -1, 3};
  total = ls[0] + ls[1];
  printf("%ld\n", total);
  char mat[2][3] = {"ab", "cd"};
  printf("%s %s\n", mat[0], mat[1]);
  const char *words[] = {"x", "yy", "zzz", 0};
  int count = 0;
  for (const char **p = words; *p; p++) count += strlen(*p);
  printf("%d\n", count);
  int a = 5, *pa = &a, **ppa = &pa;
  **ppa = 9;
  printf("%d\n", a);
  return 0;
}
