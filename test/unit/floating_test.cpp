// Floating point through the front end and the ABI (issue 11): literals as
// the lexer reads them, their values, the floating constants sema folds and
// the conversions it makes explicit, and how psABI 3.2.3 classifies and
// places floats, doubles and structures made of them.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "codegen/abi.h"
#include "lexer/literals.h"
#include "sema/constant_folding.h"
#include "test_support.h"

namespace minicc {
namespace {

using testing_support::analyzeSource;
using testing_support::Frontend;
using mach::Reg;

std::vector<TokenKind> kindsOf(const std::string& text) {
  Frontend f = testing_support::parseSource(text + ";");
  std::vector<TokenKind> kinds;
  for (const Token& t : f.tokens) kinds.push_back(t.kind);
  return kinds;
}

TEST(FloatLiteral, EveryFormIsOneToken) {
  for (const char* text : {"1.5", ".5", "2.", "1e-3", "1E+3", "1e3f", "2.f", "0x1p3", "0x1.8p-2",
                           "0X.8P1F"}) {
    auto kinds = kindsOf(text);
    ASSERT_EQ(kinds.size(), 3u) << text;  // the literal, ';', end of file
    EXPECT_EQ(kinds[0], TokenKind::FloatLiteral) << text;
  }
  // Hexadecimal digits that look like an exponent stay an integer.
  EXPECT_EQ(kindsOf("0x1e5")[0], TokenKind::IntLiteral);
  EXPECT_EQ(kindsOf("15")[0], TokenKind::IntLiteral);
}

TEST(FloatLiteral, ValuesAreRoundedOnceToTheirType) {
  EXPECT_EQ(parseFloatLiteral("0x1p3").value, 8.0);
  EXPECT_EQ(parseFloatLiteral("0x1.8p-2").value, 0.375);
  EXPECT_EQ(parseFloatLiteral(".5").value, 0.5);
  EXPECT_EQ(parseFloatLiteral("1e-3").value, 0.001);
  FloatLiteralValue f = parseFloatLiteral("0.1f");
  EXPECT_TRUE(f.isFloat);
  EXPECT_EQ(f.value, static_cast<double>(0.1f));
  EXPECT_NE(f.value, 0.1);
  EXPECT_FALSE(parseFloatLiteral("0.1").isFloat);
  // 2^24 + 1 lies halfway between two floats: ties go to the even one.
  EXPECT_EQ(parseFloatLiteral("16777217.0f").value, 16777216.0);
  EXPECT_TRUE(parseFloatLiteral("1e999").tooLarge);
  EXPECT_TRUE(std::isinf(parseFloatLiteral("1e999").value));
  EXPECT_TRUE(parseFloatLiteral("1e-999").tooSmall);
  EXPECT_TRUE(parseFloatLiteral("1.5L").longDouble);
  EXPECT_EQ(parseFloatLiteral("1.5x").error, "invalid suffix 'x' on floating constant");
}

TEST(FloatLiteral, LexicalDiagnostics) {
  Frontend f = analyzeSource("double a = 1.5x; double b = 1e999; float c = 1e-50f;");
  EXPECT_TRUE(f.has("t.c:1:12: error: invalid suffix 'x' on floating constant"));
  EXPECT_TRUE(f.has("t.c:1:29: warning: magnitude of floating-point constant too large for type "
                    "'double'; maximum is 1.7976931348623157E+308"));
  EXPECT_TRUE(f.has("t.c:1:46: warning: magnitude of floating-point constant too small for type "
                    "'float'; minimum is 1.40129846E-45"));
}

int64_t bitsOf(double d) {
  int64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

TEST(FloatingConstants, StaticInitialisersFoldAsTheTargetRounds) {
  Frontend f = analyzeSource(
      "double third = 1.0 / 3; float tenth = 0.1; double mixed = 1 + 0.5f;"
      "int truncated = -2.9; double negzero = -0.0; int ordered = 1.0 < 2.0;"
      "double pick = 1 ? 2.5 : 3; unsigned long big = 1e19;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(testing_support::staticInteger(f.global("third")), bitsOf(1.0 / 3));
  float tenth = 0.1f;
  uint32_t tenthBits;
  std::memcpy(&tenthBits, &tenth, sizeof tenthBits);
  EXPECT_EQ(testing_support::staticInteger(f.global("tenth")), static_cast<int64_t>(tenthBits));
  EXPECT_EQ(testing_support::staticInteger(f.global("mixed")), bitsOf(1.5));
  EXPECT_EQ(testing_support::staticInteger(f.global("truncated")), -2);
  EXPECT_EQ(testing_support::staticInteger(f.global("negzero")), bitsOf(-0.0));
  EXPECT_EQ(testing_support::staticInteger(f.global("ordered")), 1);
  EXPECT_EQ(testing_support::staticInteger(f.global("pick")), bitsOf(2.5));
  EXPECT_EQ(static_cast<uint64_t>(testing_support::staticInteger(f.global("big"))),
            10000000000000000000ull);
}

TEST(FloatingConstants, NaNComparesUnorderedWhenFolded) {
  Frontend f = analyzeSource("int lt = (0.0 / 0.0) < 1; int ne = (0.0 / 0.0) != (0.0 / 0.0);"
                             "int eq = (0.0 / 0.0) == (0.0 / 0.0); int truth = !(0.0 / 0.0);");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_EQ(testing_support::staticInteger(f.global("lt")), 0);
  EXPECT_EQ(testing_support::staticInteger(f.global("ne")), 1);
  EXPECT_EQ(testing_support::staticInteger(f.global("eq")), 0);
  EXPECT_EQ(testing_support::staticInteger(f.global("truth")), 0);  // NaN is true
}

TEST(FloatingConversions, UsualArithmeticConversionsAndCasts) {
  Frontend f = analyzeSource("float f; double d; long l; unsigned char c;"
                             "void t(void) { d = f + l; f = c; l = d; (float)d; }");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  Frontend g = analyzeSource("double t(float f, long l) { return f + l; }");
  ASSERT_EQ(g.errors, 0u);
  FunctionDecl* fn = g.function("t");
  ASSERT_NE(fn, nullptr);
  auto* ret = static_cast<ReturnStmt*>(static_cast<CompoundStmt*>(fn->body)->body[0]);
  // f + l is done in float (C17 6.3.1.8: a real floating operand wins),
  // then widened to double for the return.
  ASSERT_EQ(ret->value->kind, ExprKind::Cast);
  auto* widen = static_cast<CastExpr*>(ret->value);
  EXPECT_EQ(widen->castKind, CastKind::FloatingCast);
  EXPECT_EQ(widen->operand->type->kind, TypeKind::Float);
  auto* sum = static_cast<BinaryExpr*>(widen->operand);
  ASSERT_EQ(sum->rhs->kind, ExprKind::Cast);
  EXPECT_EQ(static_cast<CastExpr*>(sum->rhs)->castKind, CastKind::IntegralToFloating);
}

TEST(FloatingErrors, AsClangWordsThem) {
  Frontend f = analyzeSource("int *p; double d;"
                             "void t(void) { d % 2; ~d; d << 1; (int *)d; (double)p; p[d]; }");
  EXPECT_TRUE(f.has("error: invalid operands to binary expression ('double' and 'int')"));
  EXPECT_TRUE(f.has("error: invalid argument type 'double' to unary expression"));
  EXPECT_TRUE(f.has("error: operand of type 'double' cannot be cast to a pointer type"));
  EXPECT_TRUE(f.has("error: pointer cannot be cast to type 'double'"));
  EXPECT_TRUE(f.has("error: array subscript is not an integer"));
  EXPECT_EQ(f.count("invalid operands"), 2);
}

TEST(FloatingErrors, IntegerConstantsMustHaveIntegerType) {
  Frontend f = analyzeSource("enum { E = 2.5 }; void t(int i) { switch (i) { case 1.5: break; } }"
                             "int a[2] = {[0.0] = 1}; char *s; double d; void u(void) { d = \"s\"; }");
  EXPECT_TRUE(f.has("t.c:1:12: error: integer constant expression must have integer type, not 'double'"));
  EXPECT_TRUE(f.has("t.c:1:53: error: integer constant expression must have integer type, not 'double'"));
  EXPECT_TRUE(f.has("error: integer constant expression must have integer type, not 'double'"));
  EXPECT_EQ(f.count("integer constant expression must have integer type"), 3);
  // An array is named by its own type, as clang does.
  EXPECT_TRUE(f.has("error: assigning to 'double' from incompatible type 'char[2]'"));
}

TEST(FloatingConstants, OutOfRangeConversionsFoldAsTheTargetConverts) {
  // Undefined behaviour (C17 6.3.1.4p1), warned about; the value is what
  // minicc's own code would compute at run time.
  Frontend f = analyzeSource("unsigned u = 1e10; int i = (int)1e20; unsigned long big = 1.5e19;");
  EXPECT_EQ(f.errors, 0u) << f.diagnostics;
  EXPECT_TRUE(f.has("warning: implicit conversion of out of range value from 'double' to "
                    "'unsigned int' is undefined [-Wliteral-conversion]"));
  EXPECT_EQ(testing_support::staticInteger(f.global("u")), 1410065408);  // 10^10 mod 2^32
  EXPECT_EQ(testing_support::staticInteger(f.global("i")), INT32_MIN);   // cvttsd2si's answer
  EXPECT_EQ(static_cast<uint64_t>(testing_support::staticInteger(f.global("big"))),
            15000000000000000000ull);
}

// ---------------------------------------------------------------- the ABI

const Type* recordOf(Frontend& f, const char* name) { return f.global(name)->type; }

TEST(FloatingAbi, EightbytesOfFloatsAndDoublesAreSse) {
  Frontend f = analyzeSource(
      "struct d2 { double x, y; } a; struct di { double d; int i; } b;"
      "struct ffi { float x, y; int i; } c; struct f3 { float v[3]; } d;"
      "struct d3 { double x, y, z; } e; union u { double d; long l; } g;");
  ASSERT_EQ(f.errors, 0u) << f.diagnostics;
  using abi::ArgClass;
  auto parts = [&](const char* name) {
    abi::Classification c = abi::classify(recordOf(f, name));
    if (c.argClass == ArgClass::Memory) return std::string("MEMORY");
    std::string s;
    for (int i = 0; i < c.eightbytes; ++i) s += c.parts[i] == ArgClass::Sse ? "S" : "I";
    return s;
  };
  EXPECT_EQ(parts("a"), "SS");
  EXPECT_EQ(parts("b"), "SI");
  EXPECT_EQ(parts("c"), "SI");  // x and y share the first eightbyte, i the second
  EXPECT_EQ(parts("d"), "SS");
  EXPECT_EQ(parts("e"), "MEMORY");
  EXPECT_EQ(parts("g"), "I");  // INTEGER wins over SSE in one eightbyte
}

TEST(FloatingAbi, CallsTakeVectorRegistersThenTheStack) {
  TypeContext types;
  const Type* d = types.basic(TypeKind::Double);
  const Type* i = types.intType();
  std::vector<const Type*> args = {i, d, i, d, d, d, d, d, d, d, d, i};  // nine doubles
  abi::CallPlan plan = abi::planCall(d, args);
  EXPECT_EQ(plan.arguments[0].registers[0], Reg::DI);
  EXPECT_EQ(plan.arguments[1].registers[0], Reg::XMM0);
  EXPECT_EQ(plan.arguments[2].registers[0], Reg::SI);
  EXPECT_EQ(plan.arguments[3].registers[0], Reg::XMM1);
  EXPECT_EQ(plan.arguments[9].registers[0], Reg::XMM7);
  EXPECT_FALSE(plan.arguments[10].inRegisters());  // the ninth double
  EXPECT_EQ(plan.arguments[10].stackOffset, 0);
  EXPECT_EQ(plan.arguments[11].registers[0], Reg::DX);  // integers still have registers
  EXPECT_EQ(plan.vectorRegistersUsed, 8);
  EXPECT_EQ(plan.stackBytes, 8);
  EXPECT_EQ(abi::resultPlace(d).registers[0], Reg::XMM0);
}

TEST(FloatingAbi, MixedStructuresTakeOneRegisterOfEachKind) {
  Frontend f = analyzeSource("struct di { double d; long i; } s; struct id { long i; double d; } t;");
  ASSERT_EQ(f.errors, 0u);
  abi::CallPlan plan = abi::planCall(recordOf(f, "s"), {recordOf(f, "s"), recordOf(f, "t")});
  EXPECT_FALSE(plan.resultInMemory);
  EXPECT_EQ(plan.arguments[0].registers[0], Reg::XMM0);
  EXPECT_EQ(plan.arguments[0].registers[1], Reg::DI);
  EXPECT_EQ(plan.arguments[1].registers[0], Reg::SI);
  EXPECT_EQ(plan.arguments[1].registers[1], Reg::XMM1);
  abi::ResultPlace result = abi::resultPlace(recordOf(f, "t"));
  EXPECT_EQ(result.registers[0], Reg::AX);
  EXPECT_EQ(result.registers[1], Reg::XMM0);
}

}  // namespace
}  // namespace minicc
