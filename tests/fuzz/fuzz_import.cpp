// libFuzzer entry point; the body is in fuzz_import.h (also replayed over the
// corpus and tests/fuzz/regressions/ by unit.test_fuzz_regressions).
#include "fuzz_import.h"

// OpenSSL's decoders make thousands of small allocations per input, and
// AddressSanitizer's bookkeeping of them was most of this target's time: no
// fill of new blocks, 8 frames of allocation stack, a 32 MB quarantine (still
// enough to catch a use after free within an input). ASAN_OPTIONS overrides.
extern "C" const char *__asan_default_options()
{
    return "max_malloc_fill_size=0:malloc_context_size=8:quarantine_size_mb=32";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return dwb::fuzz::importInput(data, size);
}
