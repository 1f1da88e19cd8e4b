// Quoted includes search the including file's own directory first.
#include "sub/inner.h"
int outer_declaration = INNER_VALUE;
