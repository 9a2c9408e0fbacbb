#pragma once
/// \file env_default.hpp
/// An environment variable given a default for the length of a scope.

#include <string>

namespace candor::app {

/// Sets `name` to `value` unless the environment already has it (the user's setting wins),
/// and removes it again when the scope ends, so that programs started later do not inherit
/// it. Used to switch GDK's OpenGL probe off while GTK starts (CandorApp::Initialize).
class ScopedEnvDefault {
  public:
    ScopedEnvDefault(std::string name, const std::string& value);
    ~ScopedEnvDefault();
    ScopedEnvDefault(const ScopedEnvDefault&) = delete;
    ScopedEnvDefault& operator=(const ScopedEnvDefault&) = delete;
    ScopedEnvDefault(ScopedEnvDefault&&) = delete;
    ScopedEnvDefault& operator=(ScopedEnvDefault&&) = delete;

    /// True when this scope set the variable (it was not in the environment before).
    [[nodiscard]] bool set_here() const { return set_here_; }

  private:
    std::string name_;
    bool set_here_ = false;
};

} // namespace candor::app
