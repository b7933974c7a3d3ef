// libFuzzer entry point; the body is in fuzz_csr.h (also replayed over the
// corpus and tests/fuzz/regressions/ by unit.test_fuzz_regressions).
#include "fuzz_csr.h"

// As fuzz_import: OpenSSL's decoders allocate a lot per input, and ASan's
// bookkeeping of those blocks dominated; 8 frames of allocation stack and a
// 32 MB quarantine still catch a use after free within an input.
extern "C" const char *__asan_default_options()
{
    return "max_malloc_fill_size=0:malloc_context_size=8:quarantine_size_mb=32";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return dwb::fuzz::csrInput(data, size);
}
