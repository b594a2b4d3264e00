// doctest entry point for the unit suite; the same sources build natively and as WASM under Node.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
