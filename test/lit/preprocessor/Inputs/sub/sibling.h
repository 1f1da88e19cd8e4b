#define SIBLING_VALUE 41
int from_file = __LINE__; char *name = __FILE__;
