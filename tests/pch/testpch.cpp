// Owner of a precompiled header that the tests reuse (tests/CMakeLists.txt); compiles nothing itself.
