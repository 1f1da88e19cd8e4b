#include "support/diagnostics.h"

#include <algorithm>
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
    throw TooManyErrors();
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
    held_.push_back({loc, held_.size(), out.str()});

  if (severity == Severity::Error && options_.errorLimit != 0 &&
      errors_ == options_.errorLimit) {
    flush();
    if (color) out_ << kBold << kRed;
    out_ << "minicc: fatal error: too many errors emitted, stopping now [-ferror-limit=]";
    if (color) out_ << kReset;
    out_ << '\n';
    throw TooManyErrors();
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
// caret lines up however the terminal expands them.
void Diagnostics::printSnippet(std::ostream& out, SourceLoc loc, unsigned length) {
  std::string_view line = loc.file->lineText(loc.line);
  std::string text;
  for (char c : line) {
    // Keep the snippet printable: control bytes and NULs would garble it.
    text += (c == '\t' || (unsigned char)c >= 0x20) && c != 0x7f ? c : ' ';
  }
  out << text << '\n';
  std::string marker;
  uint32_t col = loc.col == 0 ? 1 : loc.col;
  for (uint32_t i = 1; i < col && i - 1 < text.size(); ++i)
    marker += text[i - 1] == '\t' ? '\t' : ' ';
  while (marker.size() < col - 1) marker += ' ';
  marker += '^';
  for (unsigned i = 1; i < length && col - 1 + i < text.size(); ++i) marker += '~';
  if (options_.color) out << kGreen;
  out << marker;
  if (options_.color) out << kReset;
  out << '\n';
}

}  // namespace minicc
