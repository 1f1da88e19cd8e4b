int main(void) {
  return a + b + c + d + e;
}
