// The core benchmark's clock under Node (bench/bench_core.cpp, linked with --js-library):
// the process's CPU time, user and system, in microseconds.
mergeInto(LibraryManager.library, {
  bench_cpu_us: function () {
    const u = process.cpuUsage();
    return u.user + u.system;
  },
});
