// Ends by SIGABRT (signal 6): -run reports 128+6, as a shell would.
#include <stdlib.h>

int main(void) {
  abort();
  return 0;
}
