// Fuzzer finding (driver): compile() flushed the held (source-sorted)
// diagnostics after the SourceManager that owns the files had been destroyed,
// so Diagnostics::flush() read SourceFile::order() from freed memory
// (ASan: heap-use-after-free in SourceFile::order() from Diagnostics::flush(),
// freed by ~SourceManager at the end of compile()'s pipeline lambda). Any input
// with a diagnostic did it; it shows only under ASan (test/sanitize/).
//
// RUN: %minicc %s > /dev/null 2> %t.err; test $? -eq 1
// RUN: FileCheck %s --input-file %t.err
// CHECK: error:
//
// The fuzzer's original input (examples/hello.c, cut short):
// RUN: %minicc %S/Inputs/crash-81a31aef-diagnostics-after-sources-freed.input > /dev/null 2>&1; test $? -eq 1
int main(void) {
  return missing;
}
