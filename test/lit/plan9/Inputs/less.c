// Input of catches-a-mismatch.test: one comparison of a register with memory.
int less(int a, int b) { return a < b; }
