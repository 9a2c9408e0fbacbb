#include "run.hpp"
#include "stdout_buffer.hpp"

#include <iostream>

int main(int argc, char** argv) {
    candor::cli::StdoutBuffer buffer;
    std::ostream out(&buffer);
    return candor::cli::run(argc, argv, out, std::cerr);
}
