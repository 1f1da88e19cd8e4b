// libFuzzer target over minicc's whole pipeline: preprocessor, parser, sema
// and code generation, exactly as the command line runs them (compile()).
//
// Anything the sanitizers report, an uncaught exception, a hang (-timeout) or
// runaway memory (-rss_limit_mb) is a finding. Diagnostics are expected for
// most inputs and are thrown away.
//
// Options: if the first byte is one of 0x00..0x07 it is not source text but a
// set of option bits (see below), and the rest is the source. Real C never
// starts with such a byte, so the seeds (plain C files) compile with the
// default options, and the fuzzer can still find its way to the others by
// mutating the first byte.
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <streambuf>
#include <string>

#include "driver/compile.h"

namespace {

// A stream buffer that swallows everything: diagnostics still get formatted
// (that code is fuzzed too) but are not kept or printed.
class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

constexpr uint8_t kOptionByteLimit = 0x08;  // first bytes below this are options
constexpr uint8_t kDarwin = 0x01;           // --target=x86_64-apple-darwin
constexpr uint8_t kPreprocessOnly = 0x02;   // -E
constexpr uint8_t kStrict = 0x04;           // -Werror, coloured diagnostics, -ferror-limit=0

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  minicc::CompileOptions options;
  if (size > 0 && data[0] < kOptionByteLimit) {
    const uint8_t bits = data[0];
    if (bits & kDarwin) {
      options.target = minicc::Target::DarwinMachO;
      options.preprocessor.target = minicc::Target::DarwinMachO;
    }
    options.preprocessOnly = (bits & kPreprocessOnly) != 0;
    if (bits & kStrict) {
      options.diagnostics.warningsAsErrors = true;
      options.diagnostics.color = true;
      options.diagnostics.errorLimit = 0;  // no limit: every diagnostic path runs
    }
    ++data;
    --size;
  }

  // The file lives in a directory that does not exist, so that a fuzzed
  // #include "x" cannot pick up whatever files happen to be in the fuzzer's
  // working directory (crash files, the corpus) and make runs irreproducible.
  // Built-in headers (<stdio.h>, ...) still resolve.
  std::string source(reinterpret_cast<const char*>(data), size);
  NullBuffer nullBuffer;
  std::ostream diagnostics(&nullBuffer);
  minicc::compile("/nonexistent-minicc-fuzz/input.c", std::move(source), options, diagnostics);
  return 0;
}
