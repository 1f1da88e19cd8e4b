// Names bound in nested scopes: C's file scope with block scopes inside it
// (C17 6.2.1). Each name has one entry, found with one hash however deep the
// scopes go; the block scopes' bindings sit on one stack, each remembering
// the binding of its name that it hides. Opening and closing a scope
// allocates nothing (a hash table per scope cost an allocation per name).
//
// The entries are found through an open-addressed table with a hash made
// for identifiers (short, read a word at a time): the parser and sema look
// up nearly every identifier, where std::hash and a bucket list cost twice
// as much.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace minicc {

template <typename Value>
class ScopedNames {
 public:
  // The innermost binding of `name`, or null. Valid until the next bind.
  Value* find(std::string_view name) {
    uint32_t index = indexOf(name);
    return index == kNone ? nullptr : innermostOf(entries_[index]);
  }
  const Value* find(std::string_view name) const {
    return const_cast<ScopedNames*>(this)->find(name);
  }

  // The binding of `name` in the innermost scope only, or null.
  Value* findInInnermost(std::string_view name) {
    uint32_t index = indexOf(name);
    if (index == kNone) return nullptr;
    Entry& entry = entries_[index];
    if (scopeStarts_.empty()) return entry.inFileScope ? &entry.fileValue : nullptr;
    if (entry.innermost == kNone) return nullptr;
    Binding& binding = blocks_[entry.innermost];
    return binding.depth == scopeStarts_.size() ? &binding.value : nullptr;
  }

  // Binds `name` in the innermost scope, replacing a binding it has there.
  void bind(std::string_view name, Value value) {
    const uint32_t index = indexOrAdd(name);
    Entry& entry = entries_[index];
    if (scopeStarts_.empty()) {
      entry.fileValue = value;
      entry.inFileScope = true;
      return;
    }
    const auto depth = static_cast<uint32_t>(scopeStarts_.size());
    if (entry.innermost != kNone && blocks_[entry.innermost].depth == depth) {
      blocks_[entry.innermost].value = value;
      return;
    }
    blocks_.push_back(Binding{index, value, entry.innermost, depth});
    entry.innermost = static_cast<uint32_t>(blocks_.size() - 1);
  }

  // Binds `name` in the file scope, from any depth, unless it is bound there.
  void bindInFileScopeIfAbsent(std::string_view name, Value value) {
    Entry& entry = entries_[indexOrAdd(name)];
    if (entry.inFileScope) return;
    entry.fileValue = value;
    entry.inFileScope = true;
  }

  void openScope() { scopeStarts_.push_back(static_cast<uint32_t>(blocks_.size())); }
  // Drops the innermost block scope's bindings; what they hid shows again.
  void closeScope() {
    for (size_t i = blocks_.size(); i-- > scopeStarts_.back();)
      entries_[blocks_[i].entry].innermost = blocks_[i].hides;
    blocks_.resize(scopeStarts_.back());
    scopeStarts_.pop_back();
  }

  // Calls visit(value) for each binding of the innermost block scope, in the
  // order their names were first bound there.
  template <typename Visit>
  void forEachInInnermost(Visit visit) const {
    for (size_t i = scopeStarts_.back(); i < blocks_.size(); ++i) visit(blocks_[i].value);
  }

  // The hash of a name: its bytes a word at a time, each word multiplied in.
  static uint32_t hash(std::string_view name) {
    const char* p = name.data();
    const size_t n = name.size();
    uint64_t h = (n + 1) * kMultiplier;
    if (n >= 8) {
      for (size_t i = 0; i + 8 < n; i += 8) h = (h ^ load<uint64_t>(p + i)) * kMultiplier;
      h = (h ^ load<uint64_t>(p + n - 8)) * kMultiplier;  // the last word, perhaps overlapping
    } else if (n >= 4) {
      h = (h ^ (load<uint32_t>(p) | uint64_t{load<uint32_t>(p + n - 4)} << 32)) * kMultiplier;
    } else if (n > 0) {
      const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
      h = (h ^ (byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16)) * kMultiplier;
    }
    return static_cast<uint32_t>(h >> 32);  // a product's high bits are its best mixed
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio

  struct Entry {
    std::string_view name;
    uint32_t hash;
    uint32_t innermost = kNone;  // index in blocks_ of its innermost block binding
    Value fileValue{};
    bool inFileScope = false;
  };
  struct Binding {
    uint32_t entry;  // index in entries_
    Value value;
    uint32_t hides;  // the binding of the same name it hides, or kNone
    uint32_t depth;  // 1 for the outermost block scope
  };
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = kNone;  // kNone: empty
  };

  template <typename Word>
  static Word load(const char* p) {
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
  }

  // a == b, a word at a time like hash (memcmp's call costs more than a short name).
  static bool sameName(std::string_view a, std::string_view b) {
    const size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {
      for (size_t i = 0; i + 8 < n; i += 8)
        if (load<uint64_t>(p + i) != load<uint64_t>(q + i)) return false;
      return load<uint64_t>(p + n - 8) == load<uint64_t>(q + n - 8);
    }
    if (n >= 4)
      return load<uint32_t>(p) == load<uint32_t>(q) &&
             load<uint32_t>(p + n - 4) == load<uint32_t>(q + n - 4);
    for (size_t i = 0; i < n; ++i)
      if (p[i] != q[i]) return false;
    return true;
  }

  Value* innermostOf(Entry& entry) {
    if (entry.innermost != kNone) return &blocks_[entry.innermost].value;
    return entry.inFileScope ? &entry.fileValue : nullptr;
  }

  // The slot where `name` is, or the empty one where it would go.
  size_t slotOf(std::string_view name, uint32_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = h >> shift_;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry == kNone || (slot.hash == h && sameName(entries_[slot.entry].name, name)))
        return i;
    }
  }

  uint32_t indexOf(std::string_view name) const {
    if (slots_.empty()) return kNone;
    return slots_[slotOf(name, hash(name))].entry;
  }

  uint32_t indexOrAdd(std::string_view name) {
    // At most three quarters full, so that a probe soon meets an empty slot.
    if ((entries_.size() + 1) * 4 > slots_.size() * 3) grow();
    const uint32_t h = hash(name);
    Slot& slot = slots_[slotOf(name, h)];
    if (slot.entry == kNone) {
      slot = Slot{h, static_cast<uint32_t>(entries_.size())};
      entries_.push_back(Entry{name, h});
    }
    return slot.entry;
  }

  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    shift_ = 32;
    for (size_t n = slots_.size(); n > 1; n /= 2) --shift_;
    const size_t mask = slots_.size() - 1;
    for (uint32_t e = 0; e < entries_.size(); ++e) {
      size_t i = entries_[e].hash >> shift_;
      while (slots_[i].entry != kNone) i = (i + 1) & mask;
      slots_[i] = Slot{entries_[e].hash, e};
    }
  }

  // Every name ever bound, kept once its scopes close, for the next one.
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;           // entries_ by hash; a power of two of them
  unsigned shift_ = 32;                // a hash's top bits, which choose its first slot
  std::vector<Binding> blocks_;       // block-scope bindings, innermost scope last
  std::vector<uint32_t> scopeStarts_;  // where each open block scope begins in blocks_
};

}  // namespace minicc
