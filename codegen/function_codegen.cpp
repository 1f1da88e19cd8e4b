// Code generation for one function: its labels and jumps, where its
// variables live, and the frame around the body (prologue and epilogue).
#include "codegen/function_codegen.h"

#include "codegen/function_codegen_internal.h"
#include "sema/frame_layout.h"

namespace minicc {
namespace codegen_detail {

// ---------------------------------------------------------------- labels

void FunctionCodegen::flushJump() {
  if (!pendingJump_) return;
  referenced_.insert(*pendingJump_);
  body_.instruction("jmp", labelName(*pendingJump_));
  pendingJump_.reset();
}

void FunctionCodegen::jump(Label label) {
  if (pendingJump_) return;  // straight after another jump: unreachable
  pendingJump_ = label;
}

void FunctionCodegen::jumpIf(std::string_view condition, Label label) {
  referenced_.insert(label);
  emit(condition, labelName(label));
}

void FunctionCodegen::placeLabel(Label label) {
  if (pendingJump_ == label) pendingJump_.reset();  // a jump to the next line
  flushJump();
  body_.label(labelName(label));
}

// ------------------------------------------------------------- variables

std::string FunctionCodegen::address(const VarDecl* var) const {
  if (var->place == VarPlace::Local || var->place == VarPlace::Param)
    return std::to_string(var->frameOffset) + "(%rbp)";
  return target_.symbol(var->canonical->symbol) + "(%rip)";
}

void FunctionCodegen::load(const VarDecl* var, const Register& into) {
  int size = var->type->size();
  if (size == 1)
    emit("movsbl", address(var), into.l);  // char is widened to int (C17 6.3.1.1)
  else
    emit(mnemonic("mov", size), address(var), into.sized(size));
}

void FunctionCodegen::store(const VarDecl* var, const Register& from) {
  int size = var->type->size();
  emit(mnemonic("mov", size), from.sized(size), address(var));
}

void FunctionCodegen::pushTemporary() {
  emit("pushq", kAccumulator.q);
  pushedBytes_ += 8;
  usedPushes_ = true;
}

void FunctionCodegen::popTemporary(std::string_view reg) {
  emit("popq", reg);
  pushedBytes_ -= 8;
}

// ------------------------------------------------------------- the function

void FunctionCodegen::run(AsmWriter& out) {
  returnLabel_ = newLabel();
  genStmt(fn_.body);
  if (fn_.mayFallOffEnd && fn_.name == "main")
    emit("xorl", kAccumulator.l, kAccumulator.l);  // main returns 0 (C17 5.1.2.2.3)
  if (pendingJump_ == returnLabel_) pendingJump_.reset();
  flushJump();

  // A leaf function whose locals fit in the 128-byte red zone below %rsp
  // need not move %rsp at all (ABI 3.2.2), as long as it pushes nothing.
  const FrameLayout& frame = fn_.frame;
  bool redZone = !frame.makesCalls && frame.localsSize <= 128 &&
                 !(usedPushes_ && frame.localsSize > 0);
  int reserved = redZone ? 0 : frame.localsSize;

  std::string symbol = target_.symbol(fn_.name);
  if (fn_.canonical->storage != StorageClass::Static) out.directive(".globl", symbol);
  out.directive(".p2align", "4, 0x90");
  if (target_.elfSymbolInfo) out.directive(".type", symbol + ",@function");
  out.label(symbol);
  out.instruction("pushq", "%rbp");
  out.instruction("movq", "%rsp", "%rbp");
  if (reserved) out.instruction("subq", immediate(reserved), "%rsp");
  if (options_.verboseAsm) {
    for (const VarDecl* param : fn_.params)
      out.comment("parameter " + std::string(param->name) + " (" + param->type->str() + ") at " +
                  address(param));
    for (const VarDecl* local : fn_.locals)
      out.comment("local " + std::string(local->name) + " (" + local->type->str() + ") at " +
                  address(local));
  }
  for (size_t i = 0; i < fn_.params.size() && i < kRegisterArgumentCount; ++i) {
    const VarDecl* param = fn_.params[i];
    int size = param->type->size();
    out.instruction(mnemonic("mov", size), kArgumentRegisters[i].sized(size), address(param));
  }
  out.append(body_);
  if (referenced_.count(returnLabel_)) out.label(labelName(returnLabel_));
  if (reserved) out.instruction("addq", immediate(reserved), "%rsp");
  out.instruction("popq", "%rbp");
  out.instruction("retq");
  if (target_.elfSymbolInfo) out.directive(".size", symbol + ", .-" + symbol);
  emitJumpTables(out);
}

}  // namespace codegen_detail

void generateFunction(const FunctionDecl& fn, int index, const TargetInfo& target,
                      const CodegenOptions& options, StringTable& strings, AsmWriter& out) {
  codegen_detail::FunctionCodegen(fn, index, target, options, strings).run(out);
}

}  // namespace minicc
