#include "support/diagnostics.h"

#include "support/warning_flags.h"

#include <algorithm>
#include <cassert>
#include <sstream>

namespace minicc {
namespace {

// clang's palette: bold location, red errors, magenta warnings, green caret.
constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kMagenta = "\033[1;35m";
constexpr const char* kGrey = "\033[1;30m";
constexpr const char* kGreen = "\033[1;32m";

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

const char* severityColor(Severity s) {
  switch (s) {
    case Severity::Note: return kGrey;
    case Severity::Warning: return kMagenta;
    case Severity::Error: return kRed;
  }
  return kRed;
}

}  // namespace

Diagnostics::Diagnostics(std::ostream& out, DiagnosticOptions options)
    : out_(out), options_(std::move(options)) {}

void Diagnostics::error(SourceLoc loc, std::string_view message, unsigned length) {
  emit(Severity::Error, loc, message, {}, length);
}

void Diagnostics::warning(SourceLoc loc, std::string_view message,
                          std::string_view flag, unsigned length) {
  assert(findWarningFlag(flag) && "every warning has a flag in support/warning_flags.cpp");
  if (options_.suppressWarnings ||
      options_.disabledWarnings.count(std::string(flag))) {
    lastShown_ = false;
    return;
  }
  if (options_.warningsAsErrors) {
    emit(Severity::Error, loc, message, flag, length);
    return;
  }
  emit(Severity::Warning, loc, message, flag, length);
}

void Diagnostics::note(SourceLoc loc, std::string_view message, unsigned length) {
  if (lastShown_) emit(Severity::Note, loc, message, {}, length);
}

void Diagnostics::errorNoLoc(std::string_view message) {
  emit(Severity::Error, SourceLoc{}, message, {}, 0);
}

void Diagnostics::emit(Severity severity, SourceLoc loc, std::string_view message,
                       std::string_view flag, unsigned length) {
  if (severity == Severity::Error && options_.errorLimit != 0 &&
      errors_ >= options_.errorLimit) {
    throw FatalError();
  }
  if (options_.countOnly) {
    if (severity == Severity::Error) ++errors_;
    if (severity == Severity::Warning) ++warnings_;
    return;
  }
  const bool color = options_.color;
  std::ostringstream out;
  if (color) out << kBold;
  if (loc.valid())
    out << loc.file->name() << ':' << loc.line << ':' << loc.col << ": ";
  else
    out << "minicc: ";
  if (color) out << severityColor(severity);
  out << severityName(severity) << ": ";
  if (color) out << kReset << kBold;
  out << message;
  if (!flag.empty()) {
    out << " [";
    if (severity == Severity::Error && options_.warningsAsErrors) out << "-Werror,";
    out << "-W" << flag << ']';
  }
  if (color) out << kReset;
  out << '\n';
  if (loc.valid()) printSnippet(out, loc, length);

  if (severity == Severity::Error) ++errors_;
  if (severity == Severity::Warning) ++warnings_;
  if (severity != Severity::Note) lastShown_ = true;

  if (!options_.sortBySource)
    out_ << out.str();
  else if (severity == Severity::Note && !held_.empty())
    held_.back().text += out.str();
  else
    held_.push_back({loc, out.str()});

  if (severity == Severity::Error && options_.errorLimit != 0 &&
      errors_ == options_.errorLimit) {
    flush();
    if (color) out_ << kBold << kRed;
    out_ << "minicc: fatal error: too many errors emitted, stopping now [-ferror-limit=]";
    if (color) out_ << kReset;
    out_ << '\n';
    throw FatalError();
  }
}

void Diagnostics::flush() {
  auto key = [](const Held& h) {
    return std::make_tuple(h.loc.file ? h.loc.file->order() : 0u, h.loc.line, h.loc.col);
  };
  std::stable_sort(held_.begin(), held_.end(),
                   [&](const Held& a, const Held& b) { return key(a) < key(b); });
  for (const Held& h : held_) out_ << h.text;
  held_.clear();
  out_.flush();
}

// Prints the source line and a caret under the column, keeping tabs so the
// caret lines up however the terminal expands them. A very long line (a
// minified file, binary input) is cut to a window around the column.
void Diagnostics::printSnippet(std::ostream& out, SourceLoc loc, unsigned length) {
  constexpr size_t kMaxWidth = 160;
  constexpr size_t kContext = 60;  // columns kept before the caret in a cut line
  const std::string_view fullLine = loc.file->lineText(loc.line);
  std::string_view line = fullLine;
  size_t column = loc.col == 0 ? 0 : loc.col - 1;  // 0-based
  size_t begin = 0;
  std::string text;
  if (line.size() > kMaxWidth) {
    begin = column > kContext ? column - kContext : 0;
    if (begin > 0) text = "...";
    line = line.substr(begin, kMaxWidth - 6);
  }
  for (char c : line) {
    // Keep the snippet printable: control bytes and NULs would garble it.
    text += (c == '\t' || (unsigned char)c >= 0x20) && c != 0x7f ? c : ' ';
  }
  if (begin + line.size() < fullLine.size()) text += "...";
  out << text << '\n';

  size_t caret = column - begin + (begin > 0 ? 3 : 0);  // where the caret goes in `text`
  std::string marker;
  for (size_t i = 0; i < caret; ++i) marker += i < text.size() && text[i] == '\t' ? '\t' : ' ';
  marker += '^';
  for (size_t i = 1; i < length && caret + i < text.size(); ++i) marker += '~';
  if (options_.color) out << kGreen;
  out << marker;
  if (options_.color) out << kReset;
  out << '\n';
}

}  // namespace minicc
