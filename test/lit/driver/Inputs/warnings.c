int main(void) {
  int unused;
  printf("x\n");
  return 0;
}
