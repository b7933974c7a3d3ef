/* LD_PRELOAD library for tests: the reads of one file return its bytes with
 * one byte changed, as a disk or file system that corrupts data would; the
 * file itself and every write stay as they are.
 *
 *   DWB_CORRUPT_READS_OF=/absolute/canonical/path LD_PRELOAD=.../libdwb_corrupt_reads.so prog
 *
 * The byte at file offset 40 (inside the base64 of a PEM key's first line,
 * after "-----BEGIN [ENCRYPTED ]PRIVATE KEY-----") becomes another base64
 * character. Each time it does so, it says it on stderr:
 * "corrupt-reads: changed byte 40 of PATH". integration.test_key_readback
 * uses it to make the read-back of a freshly written key fail. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { kOffset = 40 };

static int isTarget(int fd)
{
    const char *target = getenv("DWB_CORRUPT_READS_OF");
    if (!target || !*target)
        return 0;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char path[PATH_MAX];
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return 0;
    path[n] = '\0';
    return strcmp(path, target) == 0;
}

static void corrupt(int fd, char *buf, ssize_t got, off_t at)
{
    if (got <= 0 || at < 0 || at > kOffset || at + got <= kOffset)
        return;
    char *c = buf + (kOffset - at);
    *c = *c == 'A' ? 'B' : 'A';
    char line[PATH_MAX + 64];
    char link[64];
    char path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    path[n > 0 ? n : 0] = '\0';
    const int len = snprintf(line, sizeof line, "corrupt-reads: changed byte %d of %s\n", kOffset, path);
    if (len > 0)
        (void)!write(2, line, (size_t)len);
}

typedef ssize_t (*ReadFn)(int, void *, size_t);
typedef ssize_t (*ReadChkFn)(int, void *, size_t, size_t);

ssize_t read(int fd, void *buf, size_t count)
{
    static ReadFn real;
    if (!real)
        real = (ReadFn)dlsym(RTLD_NEXT, "read");
    const int target = isTarget(fd);
    const off_t at = target ? lseek(fd, 0, SEEK_CUR) : 0;
    const ssize_t got = real(fd, buf, count);
    if (target)
        corrupt(fd, (char *)buf, got, at);
    return got;
}

ssize_t __read_chk(int fd, void *buf, size_t count, size_t buflen)
{
    static ReadChkFn real;
    if (!real)
        real = (ReadChkFn)dlsym(RTLD_NEXT, "__read_chk");
    const int target = isTarget(fd);
    const off_t at = target ? lseek(fd, 0, SEEK_CUR) : 0;
    const ssize_t got = real(fd, buf, count, buflen);
    if (target)
        corrupt(fd, (char *)buf, got, at);
    return got;
}
