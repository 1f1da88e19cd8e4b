// A stack shared by nested parses that each collect a list.
#pragma once

#include <cstddef>
#include <vector>

namespace minicc {

// Items that nested parses gather (a block's statements, a call's arguments,
// a parameter list's parameters) share one stack: each parse pushes its
// items above those of the parses around it and takes them off at its end,
// however it ends, copied once at their final size rather than grown a push
// at a time.
template <typename T>
class Gathering {
 public:
  explicit Gathering(std::vector<T>& stack) : stack_(stack), first_(stack.size()) {}
  ~Gathering() { stack_.resize(first_); }
  Gathering(const Gathering&) = delete;
  Gathering& operator=(const Gathering&) = delete;

  void push(T item) { stack_.push_back(item); }
  bool empty() const { return stack_.size() == first_; }
  std::vector<T> take() const { return std::vector<T>(stack_.begin() + first_, stack_.end()); }

 private:
  std::vector<T>& stack_;
  size_t first_;
};

}  // namespace minicc
