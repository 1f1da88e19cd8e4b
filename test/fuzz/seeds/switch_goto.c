int classify(int c) {
  int r = 0;
  switch (c) {
    case 'a': case 'e': r = 1; break;
    case 10: r = 2;
    case 11: r += 3; break;
    default: r = -1;
  }
  if (r < 0) goto out;
  r = r * 2;
out:
  return r;
}
int main() { return classify('a') + classify(10) + classify(99); }
