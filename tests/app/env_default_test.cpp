#include "app/env_default.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

using candor::app::ScopedEnvDefault;

namespace {
const char* env(const char* name) {
    return std::getenv(name);
}
} // namespace

TEST_CASE("an environment default is set for its scope only, and never over the user's value") {
    const char* name = "CANDOR_TEST_ENV_DEFAULT";
    ::unsetenv(name);
    {
        const ScopedEnvDefault d(name, "disable");
        CHECK(d.set_here());
        REQUIRE(env(name) != nullptr);
        CHECK(std::string(env(name)) == "disable");
    }
    CHECK(env(name) == nullptr); // programs started afterwards do not inherit it

    ::setenv(name, "always", 1);
    {
        const ScopedEnvDefault d(name, "disable");
        CHECK_FALSE(d.set_here());
        CHECK(std::string(env(name)) == "always");
    }
    REQUIRE(env(name) != nullptr);
    CHECK(std::string(env(name)) == "always"); // the user's setting is left in place
    ::unsetenv(name);
}
