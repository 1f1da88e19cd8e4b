#include "sibling.h"
#define INNER_VALUE (SIBLING_VALUE + 1)
