/*
 * abi_check.c: the C half of the ABI checker (see abi_check.h for the API).
 *
 * The public symbols live in abi_trampolines.S.  They record how the caller
 * aligned the stack in the two abi__entry_* variables, re-align the stack and
 * call the abi__*_impl functions here, so everything below runs on a correct
 * stack even when the code under test got it wrong.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "abi_check_structs.h"
#include "abi_check_floats.h"

#define HIDDEN __attribute__((visibility("hidden")))

/* Written by record_entry in abi_trampolines.S at every public entry point:
 * (%rsp + 8) mod 16 at the entry (0 when the caller aligned the stack,
 * System V ABI 3.2.2), and the caller's return address. */
HIDDEN long abi__entry_misalignment;
HIDDEN void *abi__entry_return_address;
/* Also written at every entry: 1 if the direction flag was set (it must be
 * clear at every call, System V ABI 3.2.1); and by the variadic entries,
 * %al, the caller's count of vector registers used (3.5.7). */
HIDDEN long abi__entry_direction;
HIDDEN unsigned char abi__entry_al;

/* Sentinel values for %rbx %rbp %r12 %r13 %r14 %r15, in that order. */
extern const unsigned long abi__sentinels[6] HIDDEN;
static const char *const sentinel_register_names[6] = {
    "%rbx", "%rbp", "%r12", "%r13", "%r14", "%r15",
};

/* The trampolines, indexed by the id each passes in abi_trampolines.S. */
static const struct {
  const char *trampoline;
  const char *callback;
  int arg_count;
} trampolines[] = {
    {"abi_call_preserving", "abi_callback", 1},
    {"abi_call_preserving7", "abi_callback7", 7},
    {"abi_call_preserving8", "abi_callback8", 8},
    {"abi_call_preserving9", "abi_callback9", 9},
    {"abi_call_preserving12", "abi_callback12", 12},
};

/* Where the first six integer arguments travel (ABI 3.2.3). */
static const char *const argument_registers[6] = {
    "%edi", "%esi", "%edx", "%ecx", "%r8d", "%r9d",
};

static int check_count;
static int failure_count;
/* The check being made.  Checks nest: a callback may make checks of its own
 * before its trampoline finishes, so the trampoline restores its number. */
static int current_check;
/* failed[n] is set once check n has failed, so a check that finds several
 * problems still counts as one failed check. */
static unsigned char *failed;
static int failed_capacity;

static void mark_failed(int check) {
  if (check >= failed_capacity) {
    int capacity = 2 * check + 16;
    unsigned char *grown = realloc(failed, capacity);
    if (!grown)
      abort();
    for (int i = failed_capacity; i < capacity; i++)
      grown[i] = 0;
    failed = grown;
    failed_capacity = capacity;
  }
  if (!failed[check]) {
    failed[check] = 1;
    failure_count++;
  }
}

/* Prints one "ABI FAIL:" line for the current check. */
static void fail(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void fail(const char *format, ...) {
  mark_failed(current_check);
  printf("ABI FAIL: check #%d: ", current_check);
  va_list args;
  va_start(args, format);
  vprintf(format, args);
  va_end(args);
  putchar('\n');
  /* The program under test may crash next; keep what we know. */
  fflush(stdout);
}

/* Describes a code address as "0xOFFSET in FILE", the offset being what
 * objdump -d shows for that file, so a failure can be found in the listing. */
static const char *describe_address(void *address) {
  static char text[512];
  Dl_info info;
  if (dladdr(address, &info) && info.dli_fname) {
    unsigned long offset = (unsigned long)address - (unsigned long)info.dli_fbase;
    if (info.dli_sname)
      snprintf(text, sizeof text, "%s+0x%lx (0x%lx in %s)", info.dli_sname,
               (unsigned long)address - (unsigned long)info.dli_saddr, offset,
               info.dli_fname);
    else
      snprintf(text, sizeof text, "0x%lx in %s", offset, info.dli_fname);
  } else {
    snprintf(text, sizeof text, "%p", address);
  }
  return text;
}

/* Starts a new check made by the public function `name` and reports the
 * caller's stack alignment, read from the abi__entry_* variables.  Returns 1
 * if the caller aligned the stack. */
static int begin_check(const char *name) {
  long misalignment = abi__entry_misalignment;
  current_check = ++check_count;
  if (abi__entry_direction)
    fail("%s called with the direction flag set: it must be clear at every "
         "call and return (System V ABI 3.2.1); return address %s",
         name, describe_address(abi__entry_return_address));
  if (misalignment == 0)
    return 1;
  fail("%s called with %%rsp misaligned: (%%rsp + 8) mod 16 = %ld at entry, "
       "so %%rsp was not 16-byte aligned at the callq (System V ABI 3.2.2); "
       "return address %s",
       name, misalignment, describe_address(abi__entry_return_address));
  return 0;
}

/* Weighted checksum 1*args[0] + 2*args[1] + ..., wrapping like a 32-bit int
 * (computed unsigned, since signed overflow is undefined in C). */
static int weighted_checksum(const int *args, int count) {
  unsigned sum = 0;
  for (int i = 0; i < count; i++)
    sum += (unsigned)(i + 1) * (unsigned)args[i];
  return (int)sum;
}

/* Names argument position `index` (0-based) as the caller placed it. */
static const char *describe_argument_slot(int index) {
  static char text[64];
  if (index < 6)
    snprintf(text, sizeof text, "in %s", argument_registers[index]);
  else
    snprintf(text, sizeof text, "on the stack at %d(%%rsp) at the callq",
             8 * (index - 6));
  return text;
}

/* Checks that args[] holds args[0], args[0]+1, ...; returns the checksum. */
static int check_consecutive(const char *name, const int *args, int count) {
  char list[256];
  int length = 0;
  int first_wrong = -1;
  for (int i = 0; i < count; i++) {
    int expected = (int)((unsigned)args[0] + (unsigned)i);
    if (args[i] != expected && first_wrong < 0)
      first_wrong = i;
    length += snprintf(list + length, sizeof list - length, "%s%d",
                       i ? ", " : "", args[i]);
  }
  if (first_wrong >= 0)
    fail("%s(%s): argument %d, passed %s, is %d but %d was expected "
         "(arguments must be consecutive; System V ABI 3.2.3 puts arguments "
         "7 and up on the stack, the 7th lowest)",
         name, list, first_wrong + 1, describe_argument_slot(first_wrong),
         args[first_wrong], (int)((unsigned)args[0] + (unsigned)first_wrong));
  return weighted_checksum(args, count);
}

/* ---- entry points reached from abi_trampolines.S ---- */

HIDDEN int abi__check_alignment_impl(void) {
  return begin_check("abi_check_alignment");
}

HIDDEN int abi__check_args6_impl(int a, int b, int c, int d, int e, int f) {
  begin_check("abi_check_args6");
  int args[] = {a, b, c, d, e, f};
  return check_consecutive("abi_check_args6", args, 6);
}

HIDDEN int abi__check_args7_impl(int a, int b, int c, int d, int e, int f,
                                 int g) {
  begin_check("abi_check_args7");
  int args[] = {a, b, c, d, e, f, g};
  return check_consecutive("abi_check_args7", args, 7);
}

HIDDEN int abi__check_args8_impl(int a, int b, int c, int d, int e, int f,
                                 int g, int h) {
  begin_check("abi_check_args8");
  int args[] = {a, b, c, d, e, f, g, h};
  return check_consecutive("abi_check_args8", args, 8);
}

HIDDEN int abi__check_args9_impl(int a, int b, int c, int d, int e, int f,
                                 int g, int h, int i) {
  begin_check("abi_check_args9");
  int args[] = {a, b, c, d, e, f, g, h, i};
  return check_consecutive("abi_check_args9", args, 9);
}

HIDDEN int abi__check_args12_impl(int a, int b, int c, int d, int e, int f,
                                  int g, int h, int i, int j, int k, int l) {
  begin_check("abi_check_args12");
  int args[] = {a, b, c, d, e, f, g, h, i, j, k, l};
  return check_consecutive("abi_check_args12", args, 12);
}

/* The query functions check their caller's alignment too, but count as a
 * check only when that fails, so they do not inflate the total. */
static void check_query_alignment(const char *name) {
  if (abi__entry_misalignment == 0)
    return;
  begin_check(name);
}

HIDDEN int abi__failures_impl(void) {
  check_query_alignment("abi_failures");
  return failure_count;
}

HIDDEN int abi__checks_impl(void) {
  check_query_alignment("abi_checks");
  return check_count;
}

HIDDEN int abi__report_impl(void) {
  check_query_alignment("abi_report");
  if (failure_count == 0)
    printf("ABI OK: %d check%s\n", check_count, check_count == 1 ? "" : "s");
  else
    printf("ABI FAIL: %d of %d checks failed\n", failure_count, check_count);
  fflush(stdout);
  return failure_count;
}

/* Called by a trampoline on entry, before it calls back.  Returns the
 * check's number, which the trampoline hands back to abi__leave_trampoline. */
HIDDEN int abi__enter_trampoline(int id) {
  begin_check(trampolines[id].trampoline);
  return current_check;
}

/* Called by a trampoline whose callback the program does not define. */
HIDDEN int abi__missing_callback(int id) {
  fail("%s calls %s, which the test program does not define",
       trampolines[id].trampoline, trampolines[id].callback);
  return -1;
}

/* Called by a trampoline after its callback returned with %rsp unchanged.
 * saved[] holds %rbx %rbp %r12 %r13 %r14 %r15 as the callback left them;
 * x is the trampoline's argument, from which the callback's arguments were
 * x, x+1, ...; check is the number abi__enter_trampoline gave.  Returns the callback's result. */
HIDDEN int abi__leave_trampoline(int id, int result, const unsigned long *saved,
                                 int x, int check) {
  current_check = check;
  const char *callback = trampolines[id].callback;
  for (int r = 0; r < 6; r++) {
    if (saved[r] != abi__sentinels[r])
      fail("%s did not preserve callee-saved %s: 0x%lx before the call, "
           "0x%lx after (System V ABI 3.2.1)",
           callback, sentinel_register_names[r], abi__sentinels[r], saved[r]);
  }
  int count = trampolines[id].arg_count;
  if (count > 1) {
    int args[12];
    for (int i = 0; i < count; i++)
      args[i] = (int)((unsigned)x + (unsigned)i);
    int expected = weighted_checksum(args, count);
    if (result != expected)
      fail("%s(%d, %d, ..., %d) returned %d, expected the checksum "
           "1*a + 2*b + ... = %d: did it read its stack arguments from "
           "16(%%rbp), 24(%%rbp), ... in order? (System V ABI 3.2.3)",
           callback, args[0], args[1], args[count - 1], result, expected);
  }
  return result;
}

/* Called by a trampoline whose callback came back with a different %rsp. */
HIDDEN __attribute__((noreturn)) void abi__stack_pointer_moved(int id) {
  fail("%s returned with %%rsp changed; the caller, not the callee, removes "
       "stack arguments (System V ABI 3.2.2); cannot continue",
       trampolines[id].callback);
  printf("ABI FAIL: %d of %d checks failed\n", failure_count, check_count);
  fflush(stdout);
  exit(failure_count);
}

/* ---- struct arguments and results (abi_check_structs.h) ---- */

/* Checks that values[] holds values[0], values[0]+1, ...; places[i] says
 * where value i travelled.  Returns the weighted checksum of the values. */
static int check_members(const char *name, const long *values,
                         const char *const *places, int count) {
  int ints[32];
  for (int i = 0; i < count; i++) {
    long expected = values[0] + i;
    if (values[i] != expected) {
      fail("%s: value %d, %s, is %ld but %ld was expected (members of all "
           "arguments must be consecutive; System V ABI 3.2.3)",
           name, i + 1, places[i], values[i], expected);
      break;
    }
  }
  for (int i = 0; i < count; i++)
    ints[i] = (int)values[i];
  return weighted_checksum(ints, count);
}

static const char *const struct_args_places[] = {
    "a.a (a in %rdi)", "a.b (a in %rdi)", "a.c (a in %rdi)",
    "b.a (b in %rsi:%rdx)", "b.b (b in %rsi:%rdx)",
    "c.a (c, MEMORY, at 0(%rsp) at the callq)", "c.b (c at 0(%rsp))", "c.c (c at 0(%rsp))",
    "d in %rcx", "e.a (e in %r8:%r9)", "e.b (e in %r8:%r9)", "e.c (e in %r8:%r9)",
    "f at 24(%rsp)", "g.a (g, no registers left, at 32(%rsp))", "g.b (g at 32(%rsp))",
};

HIDDEN int abi__check_struct_args_impl(struct abi_s8 a, struct abi_s16 b,
                                       struct abi_s24 c, long d,
                                       struct abi_s12 e, int f,
                                       struct abi_s16 g) {
  begin_check("abi_check_struct_args");
  long values[] = {a.a, a.b, a.c, b.a, b.b, c.a, c.b, c.c,
                   d,   e.a, e.b, e.c, f,   g.a, g.b};
  return check_members("abi_check_struct_args", values, struct_args_places, 15);
}

static const char *const struct_boundary_places[] = {
    "a in %edi", "b in %esi", "c in %edx", "d in %ecx", "e in %r8d",
    "s.a (s needs two registers, only %r9 is left: at 0(%rsp))",
    "s.b (s at 0(%rsp))", "f (after s, still in %r9d)",
};

HIDDEN int abi__check_struct_boundary_impl(int a, int b, int c, int d, int e,
                                           struct abi_s16 s, int f) {
  begin_check("abi_check_struct_boundary");
  long values[] = {a, b, c, d, e, s.a, s.b, f};
  return check_members("abi_check_struct_boundary", values,
                       struct_boundary_places, 8);
}

static const char *const struct_small_places[] = {
    "a.a (in %rdi)", "a.b", "a.c", "b.a (in %rsi)", "b.b", "b.c",
    "c.a (in %rdx)", "c.b", "c.c", "d.a (in %rcx)", "d.b", "d.c",
    "e.a (in %r8)", "e.b", "e.c", "f.a (in %r9)", "f.b", "f.c",
    "g.a (at 0(%rsp))", "g.b", "g.c", "h.a (at 8(%rsp))", "h.b", "h.c (at 16(%rsp))",
};

HIDDEN int abi__check_struct_small_impl(struct abi_s8 a, struct abi_s8 b,
                                        struct abi_s8 c, struct abi_s8 d,
                                        struct abi_s8 e, struct abi_s8 f,
                                        struct abi_s8 g, struct abi_s12 h) {
  begin_check("abi_check_struct_small");
  long values[] = {a.a, a.b, a.c, b.a, b.b, b.c, c.a, c.b, c.c, d.a, d.b, d.c,
                   e.a, e.b, e.c, f.a, f.b, f.c, g.a, g.b, g.c, h.a, h.b, h.c};
  return check_members("abi_check_struct_small", values, struct_small_places, 24);
}

HIDDEN struct abi_s8 abi__check_return8_impl(int x) {
  begin_check("abi_check_return8");
  struct abi_s8 r = {x, (short)(x + 1), (char)(x + 2)};
  return r;
}

HIDDEN struct abi_s16 abi__check_return16_impl(int x) {
  begin_check("abi_check_return16");
  struct abi_s16 r = {x, x + 1};
  return r;
}

HIDDEN struct abi_s24 abi__check_return24_impl(int x) {
  begin_check("abi_check_return24");
  struct abi_s24 r = {x, x + 1, x + 2};
  return r;
}

static const char *const return24_places[] = {
    "a (the hidden pointer takes %rdi: in %esi)", "b in %edx", "c in %ecx",
    "d in %r8d", "e in %r9d", "f at 0(%rsp)", "g at 8(%rsp)",
};

HIDDEN struct abi_s24 abi__check_return24_args_impl(int a, int b, int c, int d,
                                                    int e, int f, int g) {
  begin_check("abi_check_return24_args");
  long values[] = {a, b, c, d, e, f, g};
  check_members("abi_check_return24_args", values, return24_places, 7);
  struct abi_s24 r = {a, a + 1, a + 2};
  return r;
}

/* Written and read by abi__sentinel_thunk in abi_trampolines.S: it calls
 * abi__thunk_target with the arguments it was called with (and
 * abi__thunk_nstack stack slots of them) under the sentinels, and records
 * the callee-saved registers, %rax and %rdi the callee was given, and
 * whether %rsp came back moved. */
HIDDEN void *abi__thunk_target;
HIDDEN long abi__thunk_nstack;
HIDDEN unsigned long abi__thunk_saved[6];
HIDDEN unsigned long abi__thunk_rax;
HIDDEN unsigned long abi__thunk_rdi;
HIDDEN unsigned long abi__thunk_rsp;
HIDDEN unsigned long abi__thunk_rbp;
HIDDEN unsigned char abi__thunk_moved;
/* Before and after the callee: MXCSR, the x87 control word; %rflags after. */
HIDDEN unsigned int abi__thunk_mxcsr[2];
HIDDEN unsigned short abi__thunk_fpucw[2];
HIDDEN unsigned long abi__thunk_flags;
extern void abi__sentinel_thunk(void) HIDDEN;

extern struct abi_s16 abi_struct_callback16(int, int, int, int, int,
                                            struct abi_s16, struct abi_s8)
    __attribute__((weak));
extern struct abi_s24 abi_struct_callback24(struct abi_s8, struct abi_s16, int,
                                            struct abi_s24, int, int, int)
    __attribute__((weak));
typedef struct abi_s16 (*callback16_type)(int, int, int, int, int,
                                          struct abi_s16, struct abi_s8);
typedef struct abi_s24 (*callback24_type)(struct abi_s8, struct abi_s16, int,
                                          struct abi_s24, int, int, int);

/* What every callback owes its caller after the thunk's call. */
static void check_thunk_registers(const char *callback) {
  for (int r = 0; r < 6; r++)
    if (abi__thunk_saved[r] != abi__sentinels[r])
      fail("%s did not preserve callee-saved %s: 0x%lx before the call, "
           "0x%lx after (System V ABI 3.2.1)",
           callback, sentinel_register_names[r], abi__sentinels[r],
           abi__thunk_saved[r]);
  if (abi__thunk_moved)
    fail("%s returned with %%rsp changed (System V ABI 3.2.2)", callback);
  /* MXCSR bits 6-15 control (DAZ, exception masks, rounding, FZ), bits 0-5
   * are status flags, which the callee may change. */
  if ((abi__thunk_mxcsr[0] ^ abi__thunk_mxcsr[1]) & 0xffc0u)
    fail("%s changed the control bits of MXCSR: 0x%04x before the call, "
         "0x%04x after (callee-saved, System V ABI 3.2.1)",
         callback, abi__thunk_mxcsr[0], abi__thunk_mxcsr[1]);
  if (abi__thunk_fpucw[0] != abi__thunk_fpucw[1])
    fail("%s changed the x87 control word: 0x%04x before the call, 0x%04x "
         "after (callee-saved, System V ABI 3.2.1)",
         callback, abi__thunk_fpucw[0], abi__thunk_fpucw[1]);
  if (abi__thunk_flags & 0x400)
    fail("%s returned with the direction flag set (it must be clear on "
         "return, System V ABI 3.2.1)", callback);
}

HIDDEN int abi__call_struct_callbacks_impl(int x) {
  begin_check("abi_call_struct_callbacks");
  int check = current_check;
  int total = 0;
  if (!abi_struct_callback16) {
    fail("abi_call_struct_callbacks calls abi_struct_callback16, which the "
         "test program does not define");
  } else {
    struct abi_s16 s = {x + 5, x + 6};
    struct abi_s8 t = {x + 7, (short)(x + 8), (char)(x + 9)};
    abi__thunk_target = (void *)abi_struct_callback16;
    abi__thunk_nstack = 2;  /* s */
    callback16_type through_thunk = (callback16_type)(void (*)(void))abi__sentinel_thunk;
    struct abi_s16 r = through_thunk(x, x + 1, x + 2, x + 3, x + 4, s, t);
    current_check = check;
    check_thunk_registers("abi_struct_callback16");
    int values[10];
    for (int i = 0; i < 10; i++)
      values[i] = x + i;
    int expected = weighted_checksum(values, 10);
    if (r.a != expected || r.b != x + 9)
      fail("abi_struct_callback16(%d, ..., {%d, %d}, {%d, %d, %d}) returned "
           "{%ld, %d}, expected {%d, %d} in %%rax:%%rdx: did it read s from "
           "the stack and t from %%r9? (System V ABI 3.2.3)",
           x, x + 5, x + 6, x + 7, x + 8, x + 9, r.a, r.b, expected, x + 9);
    total += expected;
  }
  if (!abi_struct_callback24) {
    fail("abi_call_struct_callbacks calls abi_struct_callback24, which the "
         "test program does not define");
  } else {
    struct abi_s8 a = {x, (short)(x + 1), (char)(x + 2)};
    struct abi_s16 b = {x + 3, x + 4};
    struct abi_s24 d = {x + 6, x + 7, x + 8};
    abi__thunk_target = (void *)abi_struct_callback24;
    abi__thunk_nstack = 5;  /* d, f, g */
    callback24_type through_thunk = (callback24_type)(void (*)(void))abi__sentinel_thunk;
    struct abi_s24 r = through_thunk(a, b, x + 5, d, x + 9, x + 10, x + 11);
    current_check = check;
    check_thunk_registers("abi_struct_callback24");
    if (abi__thunk_rax != abi__thunk_rdi)
      fail("abi_struct_callback24 returned 0x%lx in %%rax, not the address "
           "0x%lx of its result that the caller passed in %%rdi (System V "
           "ABI 3.2.3)", abi__thunk_rax, abi__thunk_rdi);
    int values[12];
    for (int i = 0; i < 12; i++)
      values[i] = x + i;
    int expected = weighted_checksum(values, 12);
    if (r.a != expected || r.b != x || r.c != x + 11)
      fail("abi_struct_callback24(...) from %d returned {%ld, %ld, %ld}, "
           "expected {%d, %d, %d}: did it read d, f and g from the stack and "
           "write the result through the pointer it got in %%rdi? (System V "
           "ABI 3.2.3)", x, r.a, r.b, r.c, expected, x, x + 11);
    total += expected;
  }
  return total;
}

/* ---- floating arguments and results (abi_check_floats.h) ---- */

/* values[i] must be x + i, or x + i + 0.5 where kinds[i] is 'f' (a float);
 * x is read off values[0].  places[i] says where value i travelled.  Returns
 * the weighted checksum 1*values[0] + 2*values[1] + ... */
static double check_fp_values(const char *name, const double *values,
                              const char *kinds, const char *const *places,
                              int count) {
  double x = values[0] - (kinds[0] == 'f' ? 0.5 : 0.0);
  double sum = 0.0;
  int reported = 0;
  for (int i = 0; i < count; i++) {
    double expected = x + i + (kinds[i] == 'f' ? 0.5 : 0.0);
    if (values[i] != expected && !reported) {
      fail("%s: value %d, %s, is %.17g but %.17g was expected (arguments "
           "must be consecutive from the first; System V ABI 3.2.3)",
           name, i + 1, places[i], values[i], expected);
      reported = 1;
    }
    sum += (i + 1) * values[i];
  }
  return sum;
}

static double fp_checksum(double x, const char *kinds, int count) {
  double sum = 0.0;
  for (int i = 0; i < count; i++)
    sum += (i + 1) * (x + i + (kinds[i] == 'f' ? 0.5 : 0.0));
  return sum;
}

static const char *const fp_args_places[] = {
    "a in %xmm0", "b in %edi", "c (float) in %xmm1", "d in %xmm2", "e in %esi",
    "f in %xmm3", "g (float) in %xmm4", "h in %xmm5", "i in %edx", "j in %xmm6",
    "k in %xmm7", "l (float, no vector register left) at 0(%rsp) at the callq",
    "m in %ecx", "n at 8(%rsp)",
};

HIDDEN double abi__check_fp_args_impl(double a, int b, float c, double d, int e,
                                      double f, float g, double h, int i,
                                      double j, double k, float l, int m,
                                      double n) {
  begin_check("abi_check_fp_args");
  double values[] = {a, b, c, d, e, f, g, h, i, j, k, l, m, n};
  return check_fp_values("abi_check_fp_args", values, "difdidfdiddfid",
                         fp_args_places, 14);
}

static const char *const fp_stack_places[] = {
    "a in %rdi", "b in %rsi", "c in %rdx", "d in %rcx", "e in %r8", "f in %r9",
    "g at 0(%rsp) at the callq", "h in %xmm0", "i in %xmm1", "j in %xmm2",
    "k in %xmm3", "l in %xmm4", "m in %xmm5", "n in %xmm6", "o in %xmm7",
    "p at 8(%rsp), after g",
};

HIDDEN double abi__check_fp_stack_impl(long a, long b, long c, long d, long e,
                                       long f, long g, double h, double i,
                                       double j, double k, double l, double m,
                                       double n, double o, double p) {
  begin_check("abi_check_fp_stack");
  double values[] = {a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p};
  return check_fp_values("abi_check_fp_stack", values, "dddddddddddddddd",
                         fp_stack_places, 16);
}

static const char *const fp_variadic_places[] = {
    "1st double in %xmm0", "2nd in %xmm1", "3rd in %xmm2", "4th in %xmm3",
    "5th in %xmm4", "6th in %xmm5", "7th in %xmm6", "8th in %xmm7",
    "9th at 0(%rsp) at the callq", "10th at 8(%rsp)", "11th at 16(%rsp)",
    "12th at 24(%rsp)",
};

HIDDEN double abi__check_fp_variadic_impl(int n, ...) {
  begin_check("abi_check_fp_variadic");
  int al = abi__entry_al;
  if (n < 1 || n > 12) {
    fail("abi_check_fp_variadic(%d, ...): the count must be 1 to 12", n);
    return 0.0;
  }
  int needed = n < 8 ? n : 8;
  if (al < needed || al > 8)
    fail("abi_check_fp_variadic(%d, ...) called with %%al = %d: it must be "
         "an upper bound on the vector registers used, here %d to 8 "
         "(System V ABI 3.5.7)", n, al, needed);
  double values[12];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++)
    values[i] = va_arg(ap, double);
  va_end(ap);
  return check_fp_values("abi_check_fp_variadic", values, "dddddddddddd",
                         fp_variadic_places, n);
}

HIDDEN double abi__check_return_double_impl(int x) {
  begin_check("abi_check_return_double");
  return x + 0.25;
}

HIDDEN float abi__check_return_float_impl(int x) {
  begin_check("abi_check_return_float");
  return (float)(x + 0.25);
}

HIDDEN struct abi_dd abi__check_return_dd_impl(int x) {
  begin_check("abi_check_return_dd");
  struct abi_dd r = {x, x + 1};
  return r;
}

HIDDEN struct abi_dl abi__check_return_dl_impl(int x) {
  begin_check("abi_check_return_dl");
  struct abi_dl r = {x, x + 1};
  return r;
}

HIDDEN struct abi_ff abi__check_return_ff_impl(int x) {
  begin_check("abi_check_return_ff");
  struct abi_ff r = {(float)x, (float)(x + 1)};
  return r;
}

HIDDEN struct abi_d3 abi__check_return_d3_impl(int x) {
  begin_check("abi_check_return_d3");
  struct abi_d3 r = {x, x + 1, x + 2};
  return r;
}

static const char *const fp_structs_places[] = {
    "s.a (s in %xmm0:%xmm1)", "s.b (s in %xmm0:%xmm1)",
    "t.a (t in %xmm2 and %rdi)", "t.b (t in %xmm2 and %rdi)",
    "u.a (float; u in %xmm3)", "u.b (float; u in %xmm3, upper half)",
    "v.a (v, MEMORY, at 0(%rsp) at the callq)", "v.b (v at 0(%rsp))", "v.c (v at 0(%rsp))",
    "w in %xmm4", "s2.a (s2 in %xmm5:%xmm6)", "s2.b (s2 in %xmm5:%xmm6)",
    "y in %xmm7",
};

HIDDEN double abi__check_fp_structs_impl(struct abi_dd s, struct abi_dl t,
                                         struct abi_ff u, struct abi_d3 v,
                                         double w, struct abi_dd s2, double y) {
  begin_check("abi_check_fp_structs");
  double values[] = {s.a, s.b, t.a, t.b, u.a, u.b, v.a, v.b, v.c, w, s2.a, s2.b, y};
  return check_fp_values("abi_check_fp_structs", values, "ddddffddddddd",
                         fp_structs_places, 13);
}

extern double abi_fp_callback(double, int, float, double, int, double, float,
                              double, double, double, double, int)
    __attribute__((weak));
extern float abi_fp_callback_float(float, float, float, float) __attribute__((weak));
extern struct abi_dl abi_fp_struct_callback(struct abi_dd, struct abi_dl,
                                            struct abi_ff, struct abi_d3)
    __attribute__((weak));
typedef double (*fp_callback_type)(double, int, float, double, int, double,
                                   float, double, double, double, double, int);
typedef float (*fp_callback_float_type)(float, float, float, float);
typedef struct abi_dl (*fp_struct_callback_type)(struct abi_dd, struct abi_dl,
                                                 struct abi_ff, struct abi_d3);

HIDDEN double abi__call_fp_callbacks_impl(int x) {
  begin_check("abi_call_fp_callbacks");
  int check = current_check;
  double total = 0.0;
  if (!abi_fp_callback) {
    fail("abi_call_fp_callbacks calls abi_fp_callback, which the test program "
         "does not define");
  } else {
    abi__thunk_target = (void *)abi_fp_callback;
    abi__thunk_nstack = 1;  /* k */
    fp_callback_type through_thunk = (fp_callback_type)(void (*)(void))abi__sentinel_thunk;
    double r = through_thunk(x, x + 1, x + 2.5f, x + 3, x + 4, x + 5, x + 6.5f,
                             x + 7, x + 8, x + 9, x + 10, x + 11);
    current_check = check;
    check_thunk_registers("abi_fp_callback");
    double expected = fp_checksum(x, "difdidfddddi", 12);
    if (r != expected)
      fail("abi_fp_callback(%d, ...) returned %.17g, expected the checksum "
           "%.17g: did it read c and g as floats, k from the stack and l from "
           "%%edx? (System V ABI 3.2.3)", x, r, expected);
    total += expected;
  }
  if (!abi_fp_callback_float) {
    fail("abi_call_fp_callbacks calls abi_fp_callback_float, which the test "
         "program does not define");
  } else {
    abi__thunk_target = (void *)abi_fp_callback_float;
    abi__thunk_nstack = 0;
    fp_callback_float_type through_thunk = (fp_callback_float_type)(void (*)(void))abi__sentinel_thunk;
    float r = through_thunk(x + 0.5f, x + 1.5f, x + 2.5f, x + 3.5f);
    current_check = check;
    check_thunk_registers("abi_fp_callback_float");
    float expected = (float)fp_checksum(x, "ffff", 4);
    if (r != expected)
      fail("abi_fp_callback_float(%g, ...) returned %.9g in %%xmm0, expected "
           "%.9g (System V ABI 3.2.3)", x + 0.5, (double)r, (double)expected);
    total += expected;
  }
  if (!abi_fp_struct_callback) {
    fail("abi_call_fp_callbacks calls abi_fp_struct_callback, which the test "
         "program does not define");
  } else {
    struct abi_dd s = {x, x + 1};
    struct abi_dl t = {x + 2, x + 3};
    struct abi_ff u = {x + 4.5f, x + 5.5f};
    struct abi_d3 v = {x + 6, x + 7, x + 8};
    abi__thunk_target = (void *)abi_fp_struct_callback;
    abi__thunk_nstack = 3;  /* v */
    fp_struct_callback_type through_thunk = (fp_struct_callback_type)(void (*)(void))abi__sentinel_thunk;
    struct abi_dl r = through_thunk(s, t, u, v);
    current_check = check;
    check_thunk_registers("abi_fp_struct_callback");
    double expected = fp_checksum(x, "ddddffddd", 9);
    if (r.a != expected || r.b != x)
      fail("abi_fp_struct_callback(...) from %d returned {%.17g, %ld}, "
           "expected {%.17g, %d} in %%xmm0 and %%rax: did it read s from "
           "%%xmm0:%%xmm1, t from %%xmm2 and %%rdi, u from %%xmm3 and v from "
           "the stack? (System V ABI 3.2.3)", x, r.a, r.b, expected, x);
    total += expected;
  }
  return total;
}
