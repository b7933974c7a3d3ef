// libFuzzer entry point; the body is in fuzz_csr.h (also replayed over the
// corpus and tests/fuzz/regressions/ by unit.test_fuzz_regressions).
#include "fuzz_csr.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return dwb::fuzz::csrInput(data, size);
}
