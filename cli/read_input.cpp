// How the CLI reads the files it is given: it looks before it reads. A directory, a
// device or a socket is refused by name without reading a byte; a regular file over
// kMaxImportBytes by its size; a stream (a pipe, standard input as "-") is read only up
// to one byte past the limit. Memory never grows with what the input could have been.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/json_document.hpp"
#include "base/limits.hpp"
#include "cli/commands.hpp"

namespace scorecard::cli {

namespace {

// What a path is, when it is not something the CLI reads.
const char* not_a_file(mode_t mode) {
    if (S_ISDIR(mode)) return "is a directory, not a file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a file";
    if (S_ISSOCK(mode)) return "is a socket, not a file";
    return nullptr;
}

// Reads at most kMaxImportBytes + 1 bytes: one more than the limit proves it is too large.
bool read_capped(int fd, const std::string& name, std::string& out, std::string& error) {
    out.clear();
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = name + ": cannot read: " + std::strerror(errno);
            return false;
        }
        if (n == 0) return true;
        out.append(buf, std::size_t(n));
        if (out.size() > kMaxImportBytes) {
            error = name + ": " + over_size_limit_message(out.size(), true);
            out.clear();
            return false;
        }
    }
}

}  // namespace

bool read_file(const std::string& path, std::string& out, std::string& error) {
    bool stdin_stream = path == kStdinArgument;
    std::string name = input_name(path);
    int fd = stdin_stream ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = name + ": cannot open: " + std::strerror(errno);
        return false;
    }
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0;
    if (!ok) error = name + ": cannot read: " + std::strerror(errno);
    // Standard input is a stream whatever it is connected to; a named path is judged by what it is.
    const char* what = ok && !stdin_stream ? not_a_file(st.st_mode) : nullptr;
    if (what) {
        error = name + ": " + what;
        ok = false;
    } else if (ok && S_ISREG(st.st_mode) && std::size_t(st.st_size) > kMaxImportBytes) {
        error = name + ": " + over_size_limit_message(std::size_t(st.st_size), false);
        ok = false;
    }
    if (ok) ok = read_capped(fd, name, out, error);
    if (!stdin_stream) ::close(fd);
    return ok;
}

}  // namespace scorecard::cli
