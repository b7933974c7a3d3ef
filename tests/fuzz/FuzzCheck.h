// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp, libFuzzer) and their
// replay in the normal build (tests/unit/test_fuzz_regressions.cpp): each
// target's body is an inline function in fuzz_<name>.h.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace dwb::fuzz {

// An invariant of a target: when it does not hold, the process stops (libFuzzer
// saves the input as a crash; the replay test fails).
inline void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace dwb::fuzz
