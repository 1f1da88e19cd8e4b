#include "support/source.h"

#include <algorithm>
#include <cstring>

namespace minicc {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  // memchr scans for newlines many bytes at a time; a byte loop costs a
  // compare and a branch for each.
  const char* p = text_.data();
  const char* const end = p + text_.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))))
    lineStarts_.push_back(static_cast<uint32_t>(++p - text_.data()));
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  uint32_t begin = lineStarts_[line - 1];
  uint32_t end = line < lineStarts_.size() ? lineStarts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

const SourceFile* SourceManager::add(std::string name, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(text)));
  files_.back()->setOrder(static_cast<uint32_t>(files_.size()));
  return files_.back().get();
}

const SourceFile* SourceManager::addStandIn(const SourceFile& original, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(original.name(), std::move(text)));
  files_.back()->setOrder(original.order());
  return files_.back().get();
}

std::string_view SourceManager::keep(std::string text) {
  strings_.push_back(std::move(text));
  return strings_.back();
}

}  // namespace minicc
