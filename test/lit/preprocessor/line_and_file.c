// __LINE__, __FILE__, __COUNTER__ and #line (which renames and renumbers the
// lines after it, for the macros and for diagnostics).
// RUN: %minicc -E %s 2>/dev/null | FileCheck %s
// RUN: %minicc -E %s 2>&1 >/dev/null | FileCheck %s --check-prefix=WARN

// CHECK: int a = [[@LINE+1]];
int a = __LINE__;
// CHECK: char *f = "{{.*}}line_and_file.c";
char *f = __FILE__;
// A multi-line invocation reports the line of the macro name.
#define LINE_OF(x) __LINE__
// CHECK: int b = [[@LINE+1]];
int b = LINE_OF(
  1);
// CHECK: int c0 = 0; int c1 = 1;
int c0 = __COUNTER__; int c1 = __COUNTER__;
// (Each check comes before the #line it is about.)
// WARN: {{^}}renamed.c:21:2: warning: where am I
// WARN-NEXT: {{^}}#warning where am I{{$}}
// CHECK: int d = 1000;
#line 1000
int d = __LINE__;
// CHECK: int e = 20; char *g = "renamed.c";
#line 20 "renamed.c"
int e = __LINE__; char *g = __FILE__;
#warning where am I
#define NUMBER 7
// CHECK: int h = 7;
#line NUMBER
int h = __LINE__;
// CHECK: int i = 300; char *j = "gnu-marker.c";
# 300 "gnu-marker.c" 1
int i = __LINE__; char *j = __FILE__;
