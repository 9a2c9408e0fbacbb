#include "env_default.hpp"

#include <cstdlib>
#include <utility>

namespace candor::app {

ScopedEnvDefault::ScopedEnvDefault(std::string name, const std::string& value)
    : name_(std::move(name)) {
    set_here_ = std::getenv(name_.c_str()) == nullptr &&
                ::setenv(name_.c_str(), value.c_str(), /*overwrite=*/0) == 0;
}

ScopedEnvDefault::~ScopedEnvDefault() {
    if (set_here_) {
        ::unsetenv(name_.c_str());
    }
}

} // namespace candor::app
