#include <doctest/doctest.h>
#include "present/number_format.hpp"
TEST_CASE("placeholder") { CHECK(candor::present::number(1234.5, 1) == "1,234.5"); }
