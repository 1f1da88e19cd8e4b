/* Compiled by the system cc into an object file that minicc links. */
int cc_square(int x) { return x * x; }
