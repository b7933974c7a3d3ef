// libFuzzer entry point; the body is in fuzz_registry_answer.h (also replayed over the
// corpus and tests/fuzz/regressions/ by unit.test_fuzz_regressions).
#include "fuzz_registry_answer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return dwb::fuzz::registryAnswerInput(data, size);
}
