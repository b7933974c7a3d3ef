/* LD_PRELOAD library for tests: a file that cannot be opened for writing,
 * as on a read-only file system, even for root (tests run as root in CI,
 * where chmod does not stop a write).
 *
 *   DWB_READONLY_FILE=ledger.sqlite LD_PRELOAD=.../libdwb_readonly_file.so prog
 *
 * open(), open64(), openat() and openat64() of a path that ends with "/" +
 * the configured name (or is that name) fail with EROFS when asked for
 * writing (O_WRONLY, O_RDWR, O_CREAT or O_TRUNC); reading works. SQLite then
 * opens the database read-only and every write fails with SQLITE_READONLY.
 * Each refusal is said on stderr: "readonly-file: refused PATH". */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int refused(const char *path, int flags)
{
    const char *name = getenv("DWB_READONLY_FILE");
    if (!name || !*name || !path)
        return 0;
    if (!(flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC)))
        return 0;
    const size_t n = strlen(name), p = strlen(path);
    if (p < n || strcmp(path + p - n, name) != 0)
        return 0;
    if (p > n && path[p - n - 1] != '/')
        return 0;
    char line[4200];
    const int len = snprintf(line, sizeof line, "readonly-file: refused %s\n", path);
    if (len > 0)
        (void)!write(2, line, (size_t)len);
    errno = EROFS;
    return 1;
}

static mode_t modeOf(int flags, va_list ap)
{
    return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

typedef int (*OpenFn)(const char *, int, ...);
typedef int (*OpenAtFn)(int, const char *, int, ...);

#define DWB_OPEN(fname)                                              \
    int fname(const char *path, int flags, ...)                      \
    {                                                                \
        static OpenFn real;                                          \
        if (!real)                                                   \
            real = (OpenFn)dlsym(RTLD_NEXT, #fname);                 \
        va_list ap;                                                  \
        va_start(ap, flags);                                         \
        const mode_t mode = modeOf(flags, ap);                       \
        va_end(ap);                                                  \
        if (refused(path, flags))                                    \
            return -1;                                               \
        return real(path, flags, mode);                              \
    }

#define DWB_OPENAT(fname)                                            \
    int fname(int dir, const char *path, int flags, ...)             \
    {                                                                \
        static OpenAtFn real;                                        \
        if (!real)                                                   \
            real = (OpenAtFn)dlsym(RTLD_NEXT, #fname);               \
        va_list ap;                                                  \
        va_start(ap, flags);                                         \
        const mode_t mode = modeOf(flags, ap);                       \
        va_end(ap);                                                  \
        if (refused(path, flags))                                    \
            return -1;                                               \
        return real(dir, path, flags, mode);                         \
    }

DWB_OPEN(open)
DWB_OPEN(open64)
DWB_OPENAT(openat)
DWB_OPENAT(openat64)
