// Source files and positions in them.
//
// Every stage reports problems against a SourceLoc, so the whole pipeline
// shares one idea of "where": a file, a 1-based line and a 1-based byte column.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace minicc {

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  const std::string& name() const { return name_; }
  // The order in which the compilation read this file (diagnostics sort by it).
  uint32_t order() const { return order_; }
  void setOrder(uint32_t order) { order_ = order; }
  // The whole text. It is followed by a NUL the lexer uses as its sentinel.
  const std::string& text() const { return text_; }
  // The text of one line (1-based), without its newline; empty past the end.
  std::string_view lineText(uint32_t line) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;  // byte offset where each line begins
  uint32_t order_ = 0;
};

struct SourceLoc {
  const SourceFile* file = nullptr;
  uint32_t line = 0;
  uint32_t col = 0;

  bool valid() const { return file != nullptr; }
};

// Owns every file read during one compilation (the main file, included
// headers, text made by macros), so tokens may point into them freely.
class SourceManager {
 public:
  const SourceFile* add(std::string name, std::string text);
  // A new text standing in for `original`: same name, and diagnostics about
  // it sort where `original`'s would.
  const SourceFile* addStandIn(const SourceFile& original, std::string text);
  // Keeps a string alive for the compilation and returns a view of it
  // (for token text that exists in no file, such as pasted tokens).
  std::string_view keep(std::string text);

 private:
  std::deque<std::unique_ptr<SourceFile>> files_;
  std::deque<std::string> strings_;
};

}  // namespace minicc
